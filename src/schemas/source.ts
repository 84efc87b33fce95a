import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from './common.ts';

/** When a source was published: a date, or an explicit statement that the text carries none. */
export const sourceDateSchema = z.union([
  isoDateSchema,
  z.strictObject({
    /** Marks the source as carrying no publication date. */
    undated: z.literal(true).meta({ description: 'Marks the source as carrying no publication date.' }),
    /** What the text itself dates (events, results) so a reader can place it in time. */
    note: textSchema.meta({
      description: 'What the text itself dates (events, results) so a reader can place it in time.',
    }),
  }),
]);

/** A document the briefing's figures and claims are drawn from. */
export const sourceSchema = z.strictObject({
  /** Referenced by figures as `source`. */
  id: idSchema.meta({ description: 'Referenced by figures as source.' }),
  /** Title of the document, or a description when it has none. */
  title: textSchema.meta({ description: 'Title of the document, or a description when it has none.' }),
  /** Who wrote it, when the text names its author or authors. */
  author: textSchema.optional().meta({ description: 'Who wrote it, when the text names its author or authors.' }),
  /** Who published it; omit when the text does not say, and the page reads "publisher not stated". */
  publisher: textSchema.optional().meta({
    description: 'Who published it; omit when the text does not say, and the page reads "publisher not stated".',
  }),
  /** Publication date, or `{ undated: true, note }`. */
  date: sourceDateSchema.meta({ description: 'Publication date, or { undated: true, note }.' }),
  /** Where to read it, when it is public: an https: or http: address. */
  url: z
    .url({ protocol: /^https?$/, error: 'Expected an https: or http: address' })
    // The protocol rule is not expressible as a JSON Schema format; editors get it as a pattern.
    .meta({ pattern: '^https?://' })
    .optional()
    .meta({ description: 'Where to read it, when it is public: an https: or http: address.' }),
  /**
   * The file name of the source's text in the sources folder (`--sources DIR`), e.g.
   * `results-q3.txt`; every quote from this source is then checked against it. The text itself is
   * never copied into the site.
   */
  file: z
    .string()
    .regex(/^\w[\w.-]*\.(?:txt|md)$/, 'Expected a .txt or .md file name such as "results-q3.txt", with no folders')
    .optional()
    .meta({
      description:
        "The file name of the source's text in the sources folder (--sources DIR), e.g. results-q3.txt; every quote from this source is then checked against it. The text itself is never copied into the site.",
    }),
  /**
   * Numbers of the source text the briefing leaves out on purpose, as the text writes them
   * ("8%", "120.5 billion", "2019"), so the coverage check does not list them.
   */
  leavesOut: z.array(textSchema).optional().meta({
    description:
      'Numbers of the source text the briefing leaves out on purpose, as the text writes them ("8%", "120.5 billion", "2019"), so the coverage check does not list them.',
  }),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
export type SourceDate = z.output<typeof sourceDateSchema>;
