import type { Scale } from '../../schemas/figure.ts';

// A lakh is a hundred thousand and a crore ten million, as Indian reports write amounts ("Rs 3,612 crore").
const factors: Record<Scale, number> = {
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
};

/** What a scale word multiplies by: `billion` is 1e9; no scale is 1. */
export function scaleFactor(scale: Scale | undefined): number {
  return scale ? factors[scale] : 1;
}
