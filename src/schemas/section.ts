import { z } from 'zod';
import { idSchema, textSchema } from './common.ts';

/** A section of the briefing's prose; its id is pinned here so links survive a reworded title. */
export const sectionSchema = z.strictObject({
  /** The heading's id and the `<Section id>` in the MDX body. */
  id: idSchema.meta({ description: "The heading's id and the <Section id> in the MDX body." }),
  /** The heading text. */
  title: textSchema.meta({ description: 'The heading text.' }),
  /** Heading level: 2 for a section, 3 for a subsection. */
  level: z
    .union([z.literal(2), z.literal(3)])
    .default(2)
    .meta({ description: 'Heading level: 2 for a section, 3 for a subsection.' }),
  /** Former ids that still lead to this section. */
  aliases: z.array(idSchema).default([]).meta({ description: 'Former ids that still lead to this section.' }),
});

export type SectionInput = z.input<typeof sectionSchema>;
export type Section = z.output<typeof sectionSchema>;
