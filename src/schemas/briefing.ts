import { z } from 'zod';
import { chartSchema } from './chart.ts';
import { claimSchema } from './claim.ts';
import { idSchema, isoDateSchema, nameSchema, textSchema } from './common.ts';
import { entitySchema, tickerSchema } from './entity.ts';
import { figureSchema, type Figure } from './figure.ts';
import { sectionSchema } from './section.ts';
import { sourceSchema } from './source.ts';

/** Who or what the briefing is about. */
export const subjectSchema = z.strictObject({
  /** The company's name as the page shows it. */
  company: nameSchema.meta({ description: "The company's name as the page shows it." }),
  /** The entity id (from `entities`) of the company. */
  entity: idSchema.meta({ description: 'The entity id (from entities) of the company.' }),
  /** Exchange tickers, when the briefing's sources give them: "BABA", "9988.HK". */
  tickers: z
    .array(tickerSchema)
    .default([])
    .meta({ description: 'Exchange tickers, when the briefing\'s sources give them: "BABA", "9988.HK".' }),
});

/** A briefing's frontmatter: the prose lives in the MDX body, every number lives here. */
export const briefingSchema = z.strictObject({
  /** Page title and heading. */
  title: nameSchema.meta({ description: 'Page title and heading.' }),
  /** One paragraph that says what the briefing finds. */
  summary: textSchema.meta({ description: 'One paragraph that says what the briefing finds.' }),
  /** The company the briefing covers. */
  subject: subjectSchema.meta({ description: 'The company the briefing covers.' }),
  /**
   * Who wrote the briefing, when it names its writers: shown as its byline and given as the author
   * in its structured data and feeds. Without it the site itself is the author.
   */
  authors: z
    .array(nameSchema)
    .min(1, 'Expected at least one name, or no authors field')
    .optional()
    .describe(
      'Who wrote the briefing, when it names its writers: shown as its byline and given as the author in its structured data and feeds. Without it the site itself is the author.',
    ),
  /** What the briefing is based on, in words: its sources and how current they are. */
  asOf: textSchema.meta({
    description:
      'What the briefing is based on, in words, shown after "Based on:": its sources and how current they are.',
  }),
  /** The date the briefing was first published on this site (not its sources' date). */
  published: isoDateSchema.meta({
    description: "The date the briefing was first published on this site (not its sources' date).",
  }),
  /**
   * The date of the briefing's latest edit since publication, when it has been edited; after
   * `published` (the page then says "Updated"), and on or after any figure revision dated after
   * publication.
   */
  updated: isoDateSchema.optional().meta({
    description:
      'The date of the briefing\'s latest edit since publication, when it has been edited; after published (the page then says "Updated"), and on or after any figure revision dated after publication.',
  }),
  /** Shown at the foot of the page (and beside shared sections). */
  disclaimer: textSchema.meta({ description: 'Shown at the foot of the page (and beside shared sections).' }),
  /** Documents the figures come from. */
  sources: z
    .array(sourceSchema)
    .min(1, 'Expected at least one source')
    .meta({ description: 'Documents the figures come from.' }),
  /** Companies, indices and segments that figures describe. */
  entities: z
    .array(entitySchema)
    .min(1, 'Expected at least one entity')
    .meta({ description: 'Companies, indices and segments that figures describe.' }),
  /** Every number the briefing uses. */
  figures: z
    .array(figureSchema)
    .min(1, 'Expected at least one figure')
    .meta({ description: 'Every number the briefing uses.' }),
  /** Figure ids shown in the key-figures strip, in order. */
  keyFigures: z
    .array(idSchema)
    .default([])
    .meta({ description: 'Figure ids shown in the key-figures strip, in order.' }),
  /** Comparisons the source makes, each checked against the figures. */
  claims: z
    .array(claimSchema)
    .default([])
    .meta({ description: 'Comparisons the source makes, each checked against the figures.' }),
  /** Comparison charts. */
  charts: z.array(chartSchema).default([]).meta({ description: 'Comparison charts.' }),
  /** The sections of the body, in order. */
  sections: z
    .array(sectionSchema)
    .min(1, 'Expected at least one section')
    .meta({ description: 'The sections of the body, in order.' }),
});

export type BriefingInput = z.input<typeof briefingSchema>;
/**
 * A briefing the checks have passed, as the content collection stores it: the same schema, each
 * figure holding its value (a derived one's computed before it was stored). A figure without one
 * is an error here, not a value a type merely claims.
 */
export const checkedBriefingSchema = briefingSchema.transform((briefing, ctx): Briefing => {
  const figures = briefing.figures.flatMap((figure, i) => {
    if (figure.value !== undefined) return [{ ...figure, value: figure.value }];
    ctx.addIssue({
      code: 'custom',
      path: ['figures', i, 'value'],
      message: 'Expected a computed value',
      input: undefined,
    });
    return [];
  });
  return { ...briefing, figures };
});

/** A briefing as its schema reads it, before derived figures are computed. */
export type ParsedBriefing = z.output<typeof briefingSchema>;
/** A checked briefing: every figure has its value. */
export type Briefing = Omit<ParsedBriefing, 'figures'> & { figures: Figure[] };
export type Subject = z.output<typeof subjectSchema>;
