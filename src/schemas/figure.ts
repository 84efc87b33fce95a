import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from './common.ts';
import { periodSchema } from './period.ts';
import { precisions, type Precision } from './precision.ts';

/**
 * Units a figure can be expressed in. Formatting for each lives in `src/lib/model/format-number.ts`,
 * and which of them can be compared with which in `src/lib/model/comparable.ts`.
 * `year` is a calendar year ("since 2023"); `days` to `years` are durations ("over three years").
 */
export const units = [
  'percent',
  'percentage-points',
  'basis-points',
  'fraction',
  'multiple',
  'year',
  'days',
  'weeks',
  'months',
  'quarters',
  'years',
  'count',
  'currency',
] as const;

/**
 * Words of scale a source writes after an amount or a count: "13.7 billion", "€30.3bn", "10 million",
 * "Rs 3,612 crore" (a lakh is a hundred thousand, a crore ten million).
 */
export const scales = ['thousand', 'lakh', 'million', 'crore', 'billion', 'trillion'] as const;

/** How the source arrived at a number. */
export const bases = ['reported', 'projected', 'estimate'] as const;

/** How exactly a source states a number: the rows of `precisionTable` (`./precision.ts`). */
export { precisions };

/**
 * Formulas a derived figure can be computed by, from its two inputs `of: [a, b]`:
 * `difference` a − b (in the inputs' unit); `ratio` a ÷ b (a multiple); `percentage-change`
 * (a − b) ÷ b × 100, b the base; `percentage-point-gap` a − b for two percentages; `share` a ÷ b × 100,
 * a part of the total b.
 */
export const formulas = ['difference', 'ratio', 'percentage-change', 'percentage-point-gap', 'share'] as const;

/** How a derived figure is computed from two others. */
export const derivationSchema = z.strictObject({
  /** One of `formulas`. */
  formula: z.enum(formulas).meta({
    description: 'How the value is computed: difference, ratio, percentage-change, percentage-point-gap or share.',
  }),
  /** The input figure ids, in the formula's order: [a, b]. */
  of: z
    .tuple([idSchema, idSchema], { error: 'Expected two figure ids, written as [a, b]' })
    .meta({ description: "The input figure ids, in the formula's order: [a, b]." }),
});

/** An ISO 4217 currency code. */
const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code such as "USD"');

/** An earlier value of a figure, kept so the page can show how it was revised and where each value came from. */
export const figureRevisionSchema = z.strictObject({
  /** The value as it stood before the revision, written as the figure's `value` is (same unit and scale). */
  value: z.number().meta({
    description: "The value as it stood before the revision, written as the figure's value is (same unit and scale).",
  }),
  /** For a range, the high end of that earlier value. */
  to: z.number().optional().meta({ description: 'For a range, the high end of that earlier value.' }),
  /** The unit of that value, when written; it must match the figure's unit. */
  unit: z
    .enum(units)
    .optional()
    .meta({ description: "The unit of that value, when written; it must match the figure's unit." }),
  /** How that earlier value was arrived at. */
  basis: z.enum(bases).meta({ description: 'How that earlier value was arrived at.' }),
  /** Exact, or the kind of bound the earlier source gave; the figure's precision when left out. */
  precision: z.enum(precisions).optional().meta({
    description: "Exact, or the kind of bound the earlier source gave; the figure's precision when left out.",
  }),
  /**
   * The date the earlier value was published; may be left out when its source is undated, or when
   * its quote is from the figure's own source, which states both values.
   */
  date: isoDateSchema.optional().meta({
    description:
      "The date the earlier value was published; may be left out when its source is undated, or when its quote is from the figure's own source, which states both values.",
  }),
  /** The id of the source (from `sources`) the earlier value comes from; the figure's source when left out. */
  source: idSchema.optional().meta({
    description: "The id of the source (from sources) the earlier value comes from; the figure's source when left out.",
  }),
  /** A short verbatim phrase from that source that contains the earlier value as written. */
  quote: textSchema
    .max(160, 'Expected a short phrase of at most 160 characters')
    .optional()
    .meta({ description: 'A short verbatim phrase from that source that contains the earlier value as written.' }),
  /** Optional context, e.g. "consensus before results". */
  note: textSchema.optional().meta({ description: 'Optional context, e.g. "consensus before results".' }),
});

/** One number from a source, with everything a reader needs to trust it. */
export const figureSchema = z
  .strictObject({
    /** Referenced from prose (`<Fig id>`), claims and charts. */
    id: idSchema.meta({ description: 'Referenced from prose (<Fig id>), claims and charts.' }),
    /** Short display label, e.g. "Example Corp cloud growth". */
    label: textSchema.meta({ description: 'Short display label, e.g. "Example Corp cloud growth".' }),
    /**
     * The name of what is measured, as a heading over every period and entity's figure on it,
     * when the label does not read as one: "Time since bullish options volume was as high" for a
     * label "Bullish options volume at its highest in". Without the entity's name or the period.
     */
    metricName: textSchema.max(80, 'Expected a short name of at most 80 characters').optional().meta({
      description:
        'The name of what is measured, as a heading over every period and entity\'s figure on it, when the label does not read as one: "Time since bullish options volume was as high" for a label "Bullish options volume at its highest in". Without the entity\'s name or the period.',
    }),
    /** The entity the number describes (an id from `entities`). */
    entity: idSchema.meta({ description: 'The entity the number describes (an id from entities).' }),
    /** What is measured, as an id; figures with the same metric are directly comparable. */
    metric: idSchema.meta({
      description: 'What is measured, as an id; figures with the same metric are directly comparable.',
    }),
    /**
     * The number as the source writes it, without its scale: 13.7 for "$13.7 billion". Negative
     * for a fall ("down 12%" is -12). For a range, its low end; for a bound, the bound. Left out for
     * a derived figure: the build computes it, and a value typed in is an error.
     */
    value: z.number().optional().meta({
      description:
        'The number as the source writes it, without its scale: 13.7 for "$13.7 billion". Negative for a fall ("down 12%" is -12). For a range, its low end; for a bound, the bound. Left out for a derived figure: the build computes it, and a value typed in is an error.',
    }),
    /** For a range ("2% to 4%", "between 277 and 280 billion yuan"), its high end; `value` is the low end. */
    to: z.number().optional().meta({
      description: 'For a range ("2% to 4%", "between 277 and 280 billion yuan"), its high end; value is the low end.',
    }),
    /** The unit of `value`. */
    unit: z.enum(units).meta({ description: 'The unit of value.' }),
    /** The scale word the source writes after an amount or count: 13.7 with `billion` is 13.7e9. */
    scale: z
      .enum(scales)
      .optional()
      .meta({ description: 'The scale word the source writes after an amount or count: 13.7 with billion is 13.7e9.' }),
    /** ISO 4217 code; required when `unit` is `currency`, and only then. */
    currency: currencySchema
      .optional()
      .meta({ description: 'ISO 4217 code; required when unit is currency, and only then.' }),
    /** For a value per something ("$1.76 a share", a share price): what it is per, e.g. `share`. */
    per: textSchema
      .optional()
      .meta({ description: 'For a value per something ("$1.76 a share", a share price): what it is per, e.g. share.' }),
    /** For a count, what is counted, in the plural: "downloads" in "10 million downloads". */
    counts: textSchema
      .optional()
      .meta({ description: 'For a count, what is counted, in the plural: "downloads" in "10 million downloads".' }),
    /**
     * Decimal places to show; by default those of the number as the quote writes it ("$4.40" shows
     * two, "$13.7 billion" one). A derived figure is rounded to them (one by default).
     */
    decimals: z.int().min(0).max(6).optional().meta({
      description:
        'Decimal places to show; by default those of the number as the quote writes it ("$4.40" shows two, "$13.7 billion" one). A derived figure is rounded to them (one by default).',
    }),
    /**
     * The period the number covers: dated (`{ kind: quarter, year: 2026, quarter: 2, fiscal: true }`)
     * so figures can be put in order, or in words for one the source does not date ("The current rally").
     */
    period: periodSchema.meta({
      description:
        'The period the number covers: dated ({ kind: quarter, year: 2026, quarter: 2, fiscal: true }) so figures can be put in order, or in words for one the source does not date ("The current rally").',
    }),
    /** Whether the number is reported, projected or an estimate. */
    basis: z.enum(bases).meta({ description: 'Whether the number is reported, projected or an estimate.' }),
    /** Exact, or the kind of approximation or bound the source gives. */
    precision: z
      .enum(precisions)
      .default('exact')
      .meta({ description: 'Exact, or the kind of approximation or bound the source gives.' }),
    /** The id of the source (from `sources`) the number comes from. */
    source: idSchema.meta({ description: 'The id of the source (from sources) the number comes from.' }),
    /**
     * A short verbatim phrase from the source that contains the number as written. A derived figure
     * has one only where the source states the number too; it must then agree with the computed value.
     */
    quote: textSchema.max(160, 'Expected a short phrase of at most 160 characters').optional().meta({
      description:
        'A short verbatim phrase from the source that contains the number as written. A derived figure has one only where the source states the number too; it must then agree with the computed value.',
    }),
    /** For a figure computed from two others rather than quoted: its formula and inputs. */
    derived: derivationSchema
      .optional()
      .meta({ description: 'For a figure computed from two others rather than quoted: its formula and inputs.' }),
    /** Earlier values, oldest first; the current value is the latest. */
    history: z
      .array(figureRevisionSchema)
      .default([])
      .meta({ description: 'Earlier values, oldest first; the current value is the latest.' }),
    /** Date of the current value, required when the figure has a history. */
    asOf: isoDateSchema
      .optional()
      .meta({ description: 'Date of the current value, required when the figure has a history.' }),
    /**
     * Written by `npm run new` on each figure it guessed from the source text; a briefing with a
     * stub fails the check until an editor has completed the figure and deleted this line.
     */
    stub: z.literal(true).optional().meta({
      description:
        'Written by npm run new on each figure it guessed from the source text; a briefing with a stub fails the check until an editor has completed the figure and deleted this line.',
    }),
  })
  .superRefine((figure, ctx) => {
    // A quoted figure needs its number and its evidence; a derived one has them computed and checked.
    if (!figure.derived && figure.value === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Expected a number', input: undefined });
    if (!figure.derived && figure.quote === undefined)
      ctx.addIssue({ code: 'custom', path: ['quote'], message: 'Expected text', input: undefined });
    const issue = (path: PropertyKey[], message: string, input: unknown) =>
      ctx.addIssue({ code: 'custom', path, message, input });
    if (figure.stub)
      issue(
        ['stub'],
        'Expected a completed figure without "stub: true" (check the guessed label, entity, metric, unit, precision, period and basis against the quote, then delete that line)',
        true,
      );
    if (figure.unit === 'currency' && !figure.currency)
      issue(['currency'], 'Expected a currency code because unit is "currency"', undefined);
    if (figure.unit !== 'currency' && figure.currency)
      issue(['currency'], `Expected no currency because unit is "${figure.unit}"`, figure.currency);
    if (figure.scale && figure.unit !== 'currency' && figure.unit !== 'count')
      issue(
        ['scale'],
        `Expected no scale because unit is "${figure.unit}" (a scale goes with currency or count)`,
        figure.scale,
      );
    if (figure.counts && figure.unit !== 'count')
      issue(['counts'], `Expected no counts because unit is "${figure.unit}"`, figure.counts);
    if (figure.to !== undefined) {
      if (figure.value !== undefined && figure.to < figure.value)
        issue(['to'], `Expected the range's high end to be at least its low end (value: ${figure.value})`, figure.to);
      if (!['exact', 'about'].includes(figure.precision))
        issue(['precision'], 'Expected "exact" or "about" for a range (its ends are the bounds)', figure.precision);
    }
    figure.history.forEach((revision, i) => {
      if (revision.to !== undefined && revision.to < revision.value)
        issue(
          ['history', i, 'to'],
          `Expected the range's high end to be at least its low end (value: ${revision.value})`,
          revision.to,
        );
    });
  });

export type FigureInput = z.input<typeof figureSchema>;
/** A figure as its schema reads it: a derived figure has no value until its inputs are checked. */
export type ParsedFigure = z.output<typeof figureSchema>;
/** A checked figure: every one has its value, a derived one's computed (`applyDerivedFigures`). */
export type Figure = ParsedFigure & { value: number };
export type Derivation = z.output<typeof derivationSchema>;
export type Formula = (typeof formulas)[number];
export type FigureRevision = z.output<typeof figureRevisionSchema>;
export type Unit = (typeof units)[number];
export type Scale = (typeof scales)[number];
export type Basis = (typeof bases)[number];
export type { Precision };
