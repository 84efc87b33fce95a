import { z } from 'zod';
import { idSchema, textSchema } from './common.ts';

/**
 * Relations a `compare` claim can assert between two figures. `within`: every value the figure
 * allows lies inside the other's range ("growth of 3% is within the 2% to 4% guidance").
 */
export const relations = ['above', 'below', 'at-least', 'at-most', 'equal', 'within'] as const;

const claimBase = {
  /** Stable id, used in error messages and as the claim's anchor. */
  id: idSchema,
  /** The claim in words, as the page states it. */
  statement: textSchema,
};

/** One figure stands in a relation to another: "Example Corp's cloud grew faster than its rival's". */
export const compareClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('compare'),
  /** The figure the claim is about. */
  figure: idSchema,
  /** How it relates to the other figure. */
  is: z.enum(relations),
  /** The figure it is compared with. */
  than: idSchema,
});

/** Several figures in order, highest first: "first, then second, then third". */
export const rankingClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('ranking'),
  /** Figure ids from highest to lowest; at least two. */
  order: z.array(idSchema).min(2, 'Expected at least two figures to rank'),
});

/**
 * A figure beats other entities on the same metric, where the source may give no number for them:
 * "the rally outpaced three named peers", with no numbers for them. Entities without a figure for the metric
 * are shown as "below, not stated", never with a made-up value.
 */
export const leadsClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('leads'),
  /** The leading figure; its metric is the one compared. */
  figure: idSchema,
  /** Entity ids that the figure's entity is ahead of. */
  over: z.array(idSchema).min(1, 'Expected at least one entity'),
});

/**
 * An entity beats others on a measure for which the source gives no number at all: "its model
 * outperformed two rivals in benchmark tests". Nothing is drawn or invented for it; should figures
 * on the metric be added later, the claim is checked against them.
 */
export const outranksClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('outranks'),
  /** The entity that comes out ahead. */
  entity: idSchema,
  /** What it is ahead on, as a figure metric id (`benchmark-score`). */
  metric: idSchema,
  /** Entity ids that it is ahead of. */
  over: z.array(idSchema).min(1, 'Expected at least one entity'),
});

/** Which way a trend runs: `rising` (each figure above the one before), `falling` (each below). */
export const trendDirections = ['rising', 'falling'] as const;

/**
 * A run over time: "growth sped up for a third quarter in a row" (growth rates `rising`), "revenue
 * rose every year since 2021", "margins fell for a second quarter" (`falling`).
 */
export const trendClaimSchema = z.strictObject({
  ...claimBase,
  kind: z.literal('trend'),
  /** Figures on one entity and metric, oldest first, one per period; each is compared with the one before. */
  figures: z.array(idSchema).min(2, 'Expected at least two figures to make a trend'),
  /** `rising` or `falling`. */
  direction: z.enum(trendDirections),
  /**
   * How many rises (or falls) in a row the statement asserts, when it counts them ("a third quarter
   * in a row": three); checked against the number of figures.
   */
  inARow: z.int().min(1, 'Expected at least one').optional(),
});

/**
 * A reported figure against an estimate or consensus for the same entity, metric and period:
 * `beat` when it came out above, `miss` when below ("revenue beat the 120.5 billion yuan expected").
 */
export const beatClaimSchema = z.strictObject({
  ...claimBase,
  /** `beat` (above the estimate) or `miss` (below it). */
  kind: z.enum(['beat', 'miss']),
  /** The reported figure. */
  figure: idSchema,
  /** The estimate it is measured against (basis `estimate` or `projected`). */
  estimate: idSchema,
});

/** A comparison the source makes, checked against the figures on every build. */
export const claimSchema = z.discriminatedUnion('kind', [
  compareClaimSchema,
  rankingClaimSchema,
  leadsClaimSchema,
  outranksClaimSchema,
  trendClaimSchema,
  beatClaimSchema,
]);

export type ClaimInput = z.input<typeof claimSchema>;
export type Claim = z.output<typeof claimSchema>;
export type CompareClaim = z.output<typeof compareClaimSchema>;
export type RankingClaim = z.output<typeof rankingClaimSchema>;
export type LeadsClaim = z.output<typeof leadsClaimSchema>;
export type OutranksClaim = z.output<typeof outranksClaimSchema>;
export type TrendClaim = z.output<typeof trendClaimSchema>;
export type BeatClaim = z.output<typeof beatClaimSchema>;
export type Relation = (typeof relations)[number];
