import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from './common.ts';
import { periodSchema } from './period.ts';

/** Units a figure can be expressed in. Formatting for each lives in `src/lib/model/format-number.ts`. */
export const units = ['percent', 'percentage-points', 'multiple', 'year', 'months', 'count', 'currency'] as const;

/** How the source arrived at a number. */
export const bases = ['reported', 'projected', 'estimate'] as const;

/**
 * How exactly the source states a number: `exact`, or a bound when it only says
 * "more than" / "at least" / "less than" / "at most", or `about` for a rounded figure.
 */
export const precisions = ['exact', 'more-than', 'at-least', 'less-than', 'at-most', 'about'] as const;

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
  formula: z.enum(formulas),
  /** The input figure ids, in the formula's order: [a, b]. */
  of: z.tuple([idSchema, idSchema], { error: 'Expected two figure ids, written as [a, b]' }),
  /** Decimal places the computed value is rounded to and shown with. */
  decimals: z.int().min(0).max(4).default(1),
});

/** An earlier value of a figure, kept so the page can show how it was revised. */
export const figureRevisionSchema = z.strictObject({
  /** The value as it stood before the revision. */
  value: z.number(),
  /** The unit of that value, when written; it must match the figure's unit. */
  unit: z.enum(units).optional(),
  /** How that earlier value was arrived at. */
  basis: z.enum(bases),
  /** The date the earlier value was published or recorded. */
  date: isoDateSchema,
  /** Optional context, e.g. "consensus before results". */
  note: textSchema.optional(),
});

/** One number from a source, with everything a reader needs to trust it. */
export const figureSchema = z
  .strictObject({
    /** Referenced from prose (`<Fig id>`), claims and charts. */
    id: idSchema,
    /** Short display label, e.g. "Example Corp cloud growth". */
    label: textSchema,
    /** The entity the number describes (an id from `entities`). */
    entity: idSchema,
    /** What is measured, as an id; figures with the same metric are directly comparable. */
    metric: idSchema,
    /**
     * The number itself, in `unit`. For a bound, the bound. Left out for a derived figure: the build
     * computes it, and a value typed in is an error.
     */
    value: z.number().optional(),
    /** The unit of `value`. */
    unit: z.enum(units),
    /** ISO 4217 code; required when `unit` is `currency`. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code such as "USD"')
      .optional(),
    /**
     * The period the number covers: dated (`{ kind: quarter, year: 2026, quarter: 2, fiscal: true }`)
     * so figures can be put in order, or in words for one the source does not date ("The current rally").
     */
    period: periodSchema,
    /** Whether the number is reported, projected or an estimate. */
    basis: z.enum(bases),
    /** Exact, or the kind of bound the source gives. */
    precision: z.enum(precisions).default('exact'),
    /** The id of the source (from `sources`) the number comes from. */
    source: idSchema,
    /**
     * A short verbatim phrase from the source that contains the number as written. A derived figure
     * has one only where the source states the number too; it must then agree with the computed value.
     */
    quote: textSchema.max(160, 'Expected a short phrase of at most 160 characters').optional(),
    /** For a figure computed from two others rather than quoted: its formula and inputs. */
    derived: derivationSchema.optional(),
    /** Earlier values, oldest first; the current value is the latest. */
    history: z.array(figureRevisionSchema).default([]),
    /** Date of the current value, required when the figure has a history. */
    asOf: isoDateSchema.optional(),
  })
  .superRefine((figure, ctx) => {
    // A quoted figure needs its number and its evidence; a derived one has them computed and checked.
    if (!figure.derived && figure.value === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Expected a number', input: undefined });
    if (!figure.derived && figure.quote === undefined)
      ctx.addIssue({ code: 'custom', path: ['quote'], message: 'Expected text', input: undefined });
    if (figure.unit === 'currency' && !figure.currency) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'Expected a currency code because unit is "currency"',
        input: undefined,
      });
    }
  })
  // Every figure has a value once validated: a derived figure's is computed before anything reads it
  // (`src/lib/validate/apply-derived-figures.ts`).
  .transform((figure) => figure as typeof figure & { value: number });

export type FigureInput = z.input<typeof figureSchema>;
export type Figure = z.output<typeof figureSchema>;
export type Derivation = z.output<typeof derivationSchema>;
export type Formula = (typeof formulas)[number];
export type FigureRevision = z.output<typeof figureRevisionSchema>;
export type Unit = (typeof units)[number];
export type Basis = (typeof bases)[number];
export type Precision = (typeof precisions)[number];
