import type { Scale } from '../../schemas/figure.ts';

const factors: Record<Scale, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** What a scale word multiplies by: `billion` is 1e9; no scale is 1. */
export function scaleFactor(scale: Scale | undefined): number {
  return scale ? factors[scale] : 1;
}
