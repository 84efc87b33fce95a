import { z } from 'zod';
import { isoDateSchema, textSchema } from './common.ts';

/** English month names, as an entity's fiscal-year end is written. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A year as written in a period: four digits. */
const yearSchema = z.int().min(1900, 'Expected a four-digit year').max(2199, 'Expected a four-digit year');

/**
 * Whether `year` is the entity's fiscal year (named by the calendar year it ends in, so Alibaba's
 * fiscal 2026 runs from April 2025 to March 2026) rather than the calendar year.
 */
const fiscalSchema = z.boolean().default(false);

/** A quarter: `{ kind: quarter, year: 2026, quarter: 2, fiscal: true }`. */
export const quarterPeriodSchema = z.strictObject({
  /** A quarter of a calendar or fiscal year. */
  kind: z.literal('quarter').meta({ description: 'A quarter of a calendar or fiscal year.' }),
  /** The calendar year, or with `fiscal` the fiscal year. */
  year: yearSchema.meta({ description: 'The calendar year, or with fiscal the fiscal year.' }),
  /** One to four, counted from the start of the (fiscal) year. */
  quarter: z
    .int()
    .min(1, 'Expected a quarter from 1 to 4')
    .max(4, 'Expected a quarter from 1 to 4')
    .meta({ description: 'One to four, counted from the start of the (fiscal) year.' }),
  /** True for the entity's fiscal quarter. */
  fiscal: fiscalSchema.meta({ description: "True for the entity's fiscal quarter." }),
});

/** A half-year: `{ kind: half, year: 2025, half: 1 }`. */
export const halfPeriodSchema = z.strictObject({
  /** A half of a calendar or fiscal year. */
  kind: z.literal('half').meta({ description: 'A half of a calendar or fiscal year.' }),
  /** The calendar year, or with `fiscal` the fiscal year. */
  year: yearSchema.meta({ description: 'The calendar year, or with fiscal the fiscal year.' }),
  /** One or two. */
  half: z
    .int()
    .min(1, 'Expected a half of 1 or 2')
    .max(2, 'Expected a half of 1 or 2')
    .meta({ description: 'One or two.' }),
  /** True for the entity's fiscal half. */
  fiscal: fiscalSchema.meta({ description: "True for the entity's fiscal half." }),
});

/** A whole year: `{ kind: year, year: 2024 }`, or a fiscal year with `fiscal: true`. */
export const yearPeriodSchema = z.strictObject({
  /** A whole calendar or fiscal year. */
  kind: z.literal('year').meta({ description: 'A whole calendar or fiscal year.' }),
  /** The calendar year, or with `fiscal` the fiscal year. */
  year: yearSchema.meta({ description: 'The calendar year, or with fiscal the fiscal year.' }),
  /** True for the entity's fiscal year. */
  fiscal: fiscalSchema.meta({ description: "True for the entity's fiscal year." }),
});

/** A calendar month: `{ kind: month, year: 2025, month: 9 }`. */
export const monthPeriodSchema = z.strictObject({
  /** A calendar month. */
  kind: z.literal('month').meta({ description: 'A calendar month.' }),
  /** The calendar year. */
  year: yearSchema.meta({ description: 'The calendar year.' }),
  /** One (January) to twelve (December). */
  month: z
    .int()
    .min(1, 'Expected a month from 1 to 12')
    .max(12, 'Expected a month from 1 to 12')
    .meta({ description: 'One (January) to twelve (December).' }),
});

/** A single day, such as a closing price's: `{ kind: date, date: 2025-09-30 }`. */
export const datePeriodSchema = z.strictObject({
  /** A single day. */
  kind: z.literal('date').meta({ description: 'A single day.' }),
  /** The day. */
  date: isoDateSchema.meta({ description: 'The day.' }),
});

/** From one day to another, or "since" a day when `to` is left out: `{ kind: span, from: 2025-01-01 }`. */
export const spanPeriodSchema = z.strictObject({
  /** From one day to another, or since a day. */
  kind: z.literal('span').meta({ description: 'From one day to another, or since a day.' }),
  /** The first day. */
  from: isoDateSchema.meta({ description: 'The first day.' }),
  /** The last day; left out for "since `from`", open-ended. */
  to: isoDateSchema.optional().meta({ description: 'The last day; left out for "since from", open-ended.' }),
});

/** The (fiscal) year to date, up to and including `to`: `{ kind: year-to-date, to: 2025-09-30 }`. */
export const yearToDatePeriodSchema = z.strictObject({
  /** The (fiscal) year to date. */
  kind: z.literal('year-to-date').meta({ description: 'The (fiscal) year to date.' }),
  /** The last day covered. */
  to: isoDateSchema.meta({ description: 'The last day covered.' }),
  /** True when counted from the start of the entity's fiscal year. */
  fiscal: fiscalSchema.meta({ description: "True when counted from the start of the entity's fiscal year." }),
});

/** A period that can be placed on a calendar, so figures over time can be put in order. */
export const datedPeriodSchema = z.discriminatedUnion('kind', [
  quarterPeriodSchema,
  halfPeriodSchema,
  yearPeriodSchema,
  monthPeriodSchema,
  datePeriodSchema,
  spanPeriodSchema,
  yearToDatePeriodSchema,
]);

/** What a duration is counted in. */
export const durationUnits = ['days', 'weeks', 'months', 'quarters', 'years'] as const;

/**
 * A length of time the source gives without placing it on the calendar, such as a pledge "over
 * three years": `{ kind: duration, length: 3, unit: years, from: the pledge earlier in 2025 }`.
 * Amounts over spans of different lengths are not compared.
 */
export const durationPeriodSchema = z.strictObject({
  /** A length of time without dates. */
  kind: z.literal('duration').meta({ description: 'A length of time without dates.' }),
  /** How many units it lasts: 3 for "over three years". */
  length: z
    .number()
    .positive('Expected a length above 0')
    .meta({ description: 'How many units it lasts: 3 for "over three years".' }),
  /** What the length counts. */
  unit: z.enum(durationUnits).meta({ description: 'What the length counts: days, weeks, months, quarters or years.' }),
  /** When it starts, in words, where the source says: "the pledge earlier in 2025". */
  from: textSchema
    .optional()
    .meta({ description: 'When it starts, in words, where the source says: "the pledge earlier in 2025".' }),
});

/**
 * What a figure covers: a dated period (an object with a `kind`), a duration without dates, or
 * words for a period the source does not date ("The current rally", "Five-year average"), which
 * cannot be put in order.
 */
export const periodSchema = z.union([textSchema, datedPeriodSchema, durationPeriodSchema]);

export type PeriodInput = z.input<typeof periodSchema>;
export type Period = z.output<typeof periodSchema>;
export type DatedPeriod = z.output<typeof datedPeriodSchema>;
export type DurationPeriod = z.output<typeof durationPeriodSchema>;
export type DurationUnit = (typeof durationUnits)[number];
export type MonthName = (typeof monthNames)[number];
