import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

// Removed when a process that made them exits; test files also remove theirs when done (below).
process.once('exit', () => removeTempDirs());

/** A new empty folder in the system's temporary folder, removed when the tests of this file are done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/**
 * Removes every folder `tempDir` made so far. Run after each test file (`tests/support/setup.ts`):
 * vitest stops its workers without running their exit handlers.
 */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
