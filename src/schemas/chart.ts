import { z } from 'zod';
import { idSchema, textSchema } from './common.ts';

/** Chart kinds the chart-config builder knows how to draw. */
export const chartKinds = ['bar'] as const;

/** One bar: a figure, or an entity the source ranks without giving its number. */
export const chartItemSchema = z.union(
  [
    z.strictObject({
      /** A figure id. */
      figure: idSchema,
    }),
    z.strictObject({
      /** An entity id with no figure on the chart's metric; a claim must place it. */
      entity: idSchema,
    }),
  ],
  { error: 'Expected an item written as { figure: <figure id> } or { entity: <entity id> }' },
);

/** A comparison chart, drawn from figures and shown with a caption, source line and data table. */
export const chartSchema = z.strictObject({
  /** Stable id; the chart's anchor and the reference in `<Chart id>`. */
  id: idSchema,
  /** How to draw it. */
  kind: z.enum(chartKinds),
  /** Heading shown above the chart. */
  title: textSchema,
  /** What the chart shows, in a sentence; also the canvas's accessible description. */
  caption: textSchema,
  /** The bars, in the order drawn; all figures must share a unit. */
  items: z
    .array(chartItemSchema)
    .min(2, 'Expected at least two items to compare')
    // The page reserves each chart's height by its number of bars (styles: .chart-canvas[data-rows]).
    .max(8, 'Expected at most eight items, so the chart fits a phone screen'),
  /** The figure (or entity) id to emphasise. */
  highlight: idSchema,
  /** Optional extra words for the source line, e.g. a note on projections. */
  sourceNote: textSchema.optional(),
});

export type ChartInput = z.input<typeof chartSchema>;
export type Chart = z.output<typeof chartSchema>;
export type ChartItem = z.output<typeof chartItemSchema>;
