import type { Figure } from '../../schemas/figure.ts';

/** The parts of a figure that say what its number is and how it is written. */
export type FigureValue = Pick<Figure, 'value' | 'unit' | 'precision'> &
  Partial<Pick<Figure, 'to' | 'scale' | 'currency' | 'per' | 'counts' | 'decimals' | 'quote'>>;
