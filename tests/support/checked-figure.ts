import { figureSchema, type Figure } from '../../src/schemas/figure.ts';

/** A figure read by its schema, with the value a checked figure has; a derived figure has none yet, so it throws. */
export function checkedFigure(input: unknown): Figure {
  const figure = figureSchema.parse(input);
  if (figure.value === undefined) throw new Error(`figure "${figure.id}" has no value until it is derived`);
  return { ...figure, value: figure.value };
}
