import { z } from 'zod';

/** A stable identifier: lower-case words joined by hyphens, as used in URLs and references. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case id such as "cloud-growth"');

/** A calendar date written as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date('Expected a date written as YYYY-MM-DD');

/** Text that must say something: surrounding space is trimmed and an empty string is rejected. */
export const textSchema = z.string().trim().min(1, 'Expected non-empty text');
