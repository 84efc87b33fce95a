import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { contentError } from '../errors/content-issue.ts';
import { describeReadFailure } from '../errors/describe-read-failure.ts';
import {
  validateBriefingSource,
  type BriefingValidation,
  type ValidateOptions,
} from '../validate/validate-briefing-source.ts';

/** A briefing file's validation, with its path and the text it was made from. */
export interface BriefingFile extends BriefingValidation {
  /** The path from the project root, with forward slashes, as Astro stores entry file paths. */
  file: string;
  text: string;
}

/** A file's path from the project root, with forward slashes, as Astro stores entry file paths. */
export function fileFromRoot(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * Reads and validates one briefing file. A file that cannot be read fails with an error naming
 * it, like any other error in it. `earlier` is returned as it is when the text has not changed.
 */
export async function validateBriefingFile(
  path: string,
  root: string,
  earlier?: BriefingFile,
  options: ValidateOptions = {},
): Promise<BriefingFile> {
  const file = fileFromRoot(root, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const issue = contentError([], `cannot be read: ${describeReadFailure(error)}`);
    return { file, text: '', data: undefined, body: '', errors: [issue], warnings: [], lineOf: () => undefined };
  }
  if (earlier?.file === file && earlier.text === text) return earlier;
  return { file, text, ...validateBriefingSource(text, options) };
}
