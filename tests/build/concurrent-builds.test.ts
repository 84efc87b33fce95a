import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startBuild } from '../support/build-site.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('two builds started at once', () => {
  test('each stages on its own; the second waits for the first, says so, and both succeed', async () => {
    const work = tempDir('briefing-concurrent-');
    const outDir = join(work, 'dist');
    // Left by an interrupted build from before staging folders had their own names.
    mkdirSync(join(work, 'dist.staging'));
    writeFileSync(join(work, 'dist.staging', 'half-written.html'), '<p>');
    const results = await Promise.all([startBuild(outDir), startBuild(outDir)]);
    for (const result of results) {
      expect(result.output).not.toMatch(/Cannot find module|Build failed/);
      expect(result.status).toBe(0);
      // How long the pages and images took, and the search index, with how many pages it holds.
      expect(result.output).toMatch(
        /Built the site into .+dist\/ \(pages and images \d+\.\d s, search index of \d+ pages \d+\.\d s\)\./,
      );
    }
    const waited = results.filter((r) =>
      /Another build \(process \d+, started .+\) is building .+; waiting for it to finish/.test(r.output),
    );
    expect(waited).toHaveLength(1);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['dist']);
  });
});
