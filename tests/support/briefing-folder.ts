import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes briefing files (name → MDX text) into a new folder and returns it. */
export function writeBriefings(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
