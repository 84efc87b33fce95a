import { z } from 'zod';
import { idSchema, textSchema } from './common.ts';

/**
 * Relations a `compare` claim can assert between two figures. `within`: every value the figure
 * allows lies inside the other's range ("growth of 3% is within the 2% to 4% guidance").
 */
export const relations = ['above', 'below', 'at-least', 'at-most', 'equal', 'within'] as const;

const claimBase = {
  /** Stable id, used in error messages and as the claim's anchor. */
  id: idSchema.meta({ description: "Stable id, used in error messages and as the claim's anchor." }),
  /** The claim in words, as the page states it. */
  statement: textSchema.meta({ description: 'The claim in words, as the page states it.' }),
};

/** One figure stands in a relation to another: "Example Corp's cloud grew faster than its rival's". */
export const compareClaimSchema = z.strictObject({
  ...claimBase,
  /** One figure stands in a relation to another. */
  kind: z.literal('compare').meta({ description: 'One figure stands in a relation to another.' }),
  /** The figure the claim is about. */
  figure: idSchema.meta({ description: 'The figure the claim is about.' }),
  /** How it relates to the other figure. */
  is: z.enum(relations).meta({ description: 'How it relates to the other figure.' }),
  /** The figure it is compared with. */
  than: idSchema.meta({ description: 'The figure it is compared with.' }),
});

/** Several figures in order, highest first: "first, then second, then third". */
export const rankingClaimSchema = z.strictObject({
  ...claimBase,
  /** Several figures in order, highest first. */
  kind: z.literal('ranking').meta({ description: 'Several figures in order, highest first.' }),
  /** Figure ids from highest to lowest; at least two. */
  order: z
    .array(idSchema)
    .min(2, 'Expected at least two figures to rank')
    .meta({ description: 'Figure ids from highest to lowest; at least two.' }),
});

/**
 * A figure beats other entities on the same metric, where the source may give no number for them:
 * "the rally outpaced three named peers", with no numbers for them. Entities without a figure for the metric
 * are shown as "below, not stated", never with a made-up value.
 */
export const leadsClaimSchema = z.strictObject({
  ...claimBase,
  /** A figure ahead of entities the source gives no number for. */
  kind: z.literal('leads').meta({ description: 'A figure ahead of entities the source gives no number for.' }),
  /** The leading figure; its metric is the one compared. */
  figure: idSchema.meta({ description: 'The leading figure; its metric is the one compared.' }),
  /** Entity ids that the figure's entity is ahead of. */
  over: z
    .array(idSchema)
    .min(1, 'Expected at least one entity')
    .meta({ description: "Entity ids that the figure's entity is ahead of." }),
});

/**
 * An entity beats others on a measure for which the source gives no number at all: "its model
 * outperformed two rivals in benchmark tests". Nothing is drawn or invented for it; should figures
 * on the metric be added later, the claim is checked against them.
 */
export const outranksClaimSchema = z.strictObject({
  ...claimBase,
  /** An entity ahead of others on a measure the source gives no number for. */
  kind: z
    .literal('outranks')
    .meta({ description: 'An entity ahead of others on a measure the source gives no number for.' }),
  /** The entity that comes out ahead. */
  entity: idSchema.meta({ description: 'The entity that comes out ahead.' }),
  /** What it is ahead on, as a figure metric id (`benchmark-score`). */
  metric: idSchema.meta({ description: 'What it is ahead on, as a figure metric id (benchmark-score).' }),
  /** Entity ids that it is ahead of. */
  over: z
    .array(idSchema)
    .min(1, 'Expected at least one entity')
    .meta({ description: 'Entity ids that it is ahead of.' }),
});

/** Which way a trend runs: `rising` (each figure above the one before), `falling` (each below). */
export const trendDirections = ['rising', 'falling'] as const;

/**
 * A run over time: "growth sped up for a third quarter in a row" (growth rates `rising`), "revenue
 * rose every year since 2021", "margins fell for a second quarter" (`falling`).
 */
export const trendClaimSchema = z.strictObject({
  ...claimBase,
  /** A series that rises or falls period after period. */
  kind: z.literal('trend').meta({ description: 'A series that rises or falls period after period.' }),
  /** Figures on one entity and metric, oldest first, one per period; each is compared with the one before. */
  figures: z.array(idSchema).min(2, 'Expected at least two figures to make a trend').meta({
    description:
      'Figures on one entity and metric, oldest first, one per period; each is compared with the one before.',
  }),
  /** `rising` or `falling`. */
  direction: z.enum(trendDirections).meta({ description: 'rising or falling.' }),
  /**
   * How many rises (or falls) in a row the statement asserts, when it counts them ("a third quarter
   * in a row": three); checked against the number of figures.
   */
  inARow: z.int().min(1, 'Expected at least one').optional().meta({
    description:
      'How many rises (or falls) in a row the statement asserts, when it counts them ("a third quarter in a row": three); checked against the number of figures.',
  }),
});

/**
 * A reported figure against an estimate or consensus for the same entity, metric and period:
 * `beat` when it came out above, `miss` when below ("revenue beat the 120.5 billion yuan expected").
 */
export const beatClaimSchema = z.strictObject({
  ...claimBase,
  /** `beat` (above the estimate) or `miss` (below it). */
  kind: z.enum(['beat', 'miss']).meta({ description: 'beat (above the estimate) or miss (below it).' }),
  /** The reported figure. */
  figure: idSchema.meta({ description: 'The reported figure.' }),
  /** The estimate it is measured against (basis `estimate` or `projected`). */
  estimate: idSchema.meta({ description: 'The estimate it is measured against (basis estimate or projected).' }),
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
