import { z } from 'zod';
import { idSchema, nameSchema, textSchema } from './common.ts';
import { monthNames } from './period.ts';

/** The kinds of thing a figure or claim can describe; `product` covers things such as an AI model. */
export const entityKinds = ['company', 'index', 'segment', 'product'] as const;

/** An exchange ticker: "BABA", "9988", "9988.HK". */
export const tickerSchema = z
  .string()
  .regex(/^[A-Z0-9]{1,6}(?:[.:][A-Z]{1,4})?$/, 'Expected an exchange ticker such as "BABA" or "9988.HK"');

/** Where a company's shares trade, as a source names it. */
export const listingSchema = z.strictObject({
  /** The exchange, as its readers know it: "New York Stock Exchange", "Hong Kong". */
  exchange: textSchema
    .max(60, 'Expected an exchange name of at most 60 characters')
    .meta({ description: 'The exchange, as its readers know it: "New York Stock Exchange", "Hong Kong".' }),
  /** The ticker the shares trade under there: "BABA", "9988". */
  ticker: tickerSchema.meta({ description: 'The ticker the shares trade under there: "BABA", "9988".' }),
});

/** A company, market index, business segment or product that figures and claims are about. */
export const entitySchema = z.strictObject({
  /** Referenced by figures (`entity`), claims and charts. */
  id: idSchema.meta({ description: 'Referenced by figures (entity), claims and charts.' }),
  /** Display name, e.g. "Hang Seng Tech Index". */
  name: nameSchema.meta({ description: 'Display name, e.g. "Hang Seng Tech Index".' }),
  /**
   * Other names it goes by, when a briefing names it differently from others ("Alibaba Group" for
   * Alibaba): across briefings an entity keeps one name, and any other name must be listed here.
   */
  aliases: z.array(nameSchema).optional().meta({
    description:
      'Other names it goes by, when a briefing names it differently from others ("Alibaba Group" for Alibaba): across briefings an entity keeps one name, and any other name must be listed here.',
  }),
  /** What sort of entity this is. */
  kind: z.enum(entityKinds).meta({ description: 'What sort of entity this is.' }),
  /** For a segment: the id of the company it belongs to. */
  parent: idSchema.optional().meta({ description: 'For a segment: the id of the company it belongs to.' }),
  /**
   * The month its fiscal year ends in, for periods marked `fiscal` (Alibaba's: March). Fiscal years
   * are named by the calendar year they end in; a segment without one uses its parent's.
   */
  fiscalYearEnd: z.enum(monthNames).optional().meta({
    description:
      "The month its fiscal year ends in, for periods marked fiscal (Alibaba's: March). Fiscal years are named by the calendar year they end in; a segment without one uses its parent's.",
  }),
  /**
   * Where its shares trade, when a source names the exchange and ticker: shown beside its name in
   * the headers of its company page and of the briefings about it.
   */
  listings: z.array(listingSchema).min(1, 'Expected at least one listing, or no listings field').optional().meta({
    description:
      'Where its shares trade, when a source names the exchange and ticker: shown beside its name in the headers of its company page and of the briefings about it.',
  }),
});

export type Listing = z.output<typeof listingSchema>;
export type EntityInput = z.input<typeof entitySchema>;
export type Entity = z.output<typeof entitySchema>;
export type EntityKind = (typeof entityKinds)[number];
