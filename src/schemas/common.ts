import { z } from 'zod';

/** The longest id: ids name folders and files of the built site, whose names the disk limits. */
export const maxIdLength = 80;

/** A stable identifier: lower-case words joined by hyphens, as used in URLs and references. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case id such as "cloud-growth"')
  .max(maxIdLength, `Expected an id of at most ${maxIdLength} characters`);

/** A calendar date written as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date('Expected a date written as YYYY-MM-DD');

/** Text that must say something: surrounding space is trimmed and an empty string is rejected. */
export const textSchema = z.string().trim().min(1, 'Expected non-empty text');

/** Scripts whose letters look alike: a word mixing them is how look-alike names are made. */
const lookAlikeScripts = { Latin: /\p{Script=Latin}/u, Cyrillic: /\p{Script=Cyrillic}/u, Greek: /\p{Script=Greek}/u };

/** The look-alike scripts mixed within one word of a text ("Cyrillic and Latin"), if any. */
export function mixedScripts(text: string): string | undefined {
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const scripts = Object.entries(lookAlikeScripts).flatMap(([name, re]) => (re.test(word) ? [name] : []));
    if (scripts.length > 1) return scripts.join(' and ');
  }
  return undefined;
}

/**
 * A name a reader tells companies and briefings apart by: text whose every word is written in one
 * script, so "Аlibaba" with a Cyrillic "А" cannot pass for "Alibaba".
 */
export const nameSchema = textSchema.superRefine((text, context) => {
  const scripts = mixedScripts(text);
  if (scripts)
    context.addIssue({
      code: 'custom',
      input: text,
      message: `Expected each word in one script, not ${scripts} letters mixed as in look-alike names`,
    });
});
