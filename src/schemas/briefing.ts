import { z } from 'zod';
import { chartSchema } from './chart.ts';
import { claimSchema } from './claim.ts';
import { idSchema, isoDateSchema, nameSchema, textSchema } from './common.ts';
import { entitySchema } from './entity.ts';
import { figureSchema } from './figure.ts';
import { sectionSchema } from './section.ts';
import { sourceSchema } from './source.ts';

/** Who or what the briefing is about. */
export const subjectSchema = z.strictObject({
  /** The company's name as the page shows it. */
  company: nameSchema,
  /** The entity id (from `entities`) of the company. */
  entity: idSchema,
  /** Exchange tickers, when the briefing's sources give them: "BABA", "9988.HK". */
  tickers: z
    .array(
      z.string().regex(/^[A-Z0-9]{1,6}(?:[.:][A-Z]{1,4})?$/, 'Expected an exchange ticker such as "BABA" or "9988.HK"'),
    )
    .default([]),
});

/** A briefing's frontmatter: the prose lives in the MDX body, every number lives here. */
export const briefingSchema = z.strictObject({
  /** Page title and heading. */
  title: nameSchema,
  /** One paragraph that says what the briefing finds. */
  summary: textSchema,
  /** The company the briefing covers. */
  subject: subjectSchema,
  /** What the briefing's information is current to, in words. */
  asOf: textSchema,
  /** The date the briefing was first published on this site (not its sources' date). */
  published: isoDateSchema,
  /**
   * The date of the briefing's latest edit since publication, when it has been edited; on or after
   * `published`, and on or after any figure revision dated after publication.
   */
  updated: isoDateSchema.optional(),
  /** Shown at the foot of the page (and beside shared sections). */
  disclaimer: textSchema,
  /** Documents the figures come from. */
  sources: z.array(sourceSchema).min(1, 'Expected at least one source'),
  /** Companies, indices and segments that figures describe. */
  entities: z.array(entitySchema).min(1, 'Expected at least one entity'),
  /** Every number the briefing uses. */
  figures: z.array(figureSchema).min(1, 'Expected at least one figure'),
  /** Figure ids shown in the key-figures strip, in order. */
  keyFigures: z.array(idSchema).default([]),
  /** Comparisons the source makes, each checked against the figures. */
  claims: z.array(claimSchema).default([]),
  /** Comparison charts. */
  charts: z.array(chartSchema).default([]),
  /** The sections of the body, in order. */
  sections: z.array(sectionSchema).min(1, 'Expected at least one section'),
});

export type BriefingInput = z.input<typeof briefingSchema>;
export type Briefing = z.output<typeof briefingSchema>;
export type Subject = z.output<typeof subjectSchema>;
