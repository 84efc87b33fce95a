import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeTempDirs, tempDir } from '../../support/temp-dir.ts';

const helper = resolve(import.meta.dirname, '../../support/temp-dir.ts');

describe('tempDir', () => {
  test('gives a new folder that is gone once the process that made it exits, even on a failure', () => {
    const script = `import { tempDir } from ${JSON.stringify(helper)}; const d = tempDir('temp-dir-test-'); console.log(d); process.exitCode = 1;`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const dir = run.stdout.trim();
    expect(dir).toMatch(/temp-dir-test-/);
    expect(run.status).toBe(1);
    expect(existsSync(dir)).toBe(false);
  });

  test('removeTempDirs removes every folder made so far, and later ones are still made', () => {
    const first = [tempDir('temp-dir-test-'), tempDir('temp-dir-test-')];
    removeTempDirs();
    expect(first.map(existsSync)).toEqual([false, false]);
    expect(existsSync(tempDir('temp-dir-test-'))).toBe(true);
  });
});
