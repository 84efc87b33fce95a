import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../support/build-site.ts';
import { tempDir } from '../../support/temp-dir.ts';

const briefings = tempDir('new-cli-');
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, ['src/cli/new.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, BRIEFINGS_DIR: briefings },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('npm run new', () => {
  test('writes the scaffold into the briefings folder and says how to check it', () => {
    const result = run(['widget-report', '--source', 'tests/fixtures/sources/trade-report.txt']);
    expect(result.status).toBe(0);
    expect(result.output).toContain('npm run check -- --strict --sources tests/fixtures/sources');
    expect(result.output).toContain('npm run build -- --strict --sources tests/fixtures/sources');
    expect(readFileSync(join(briefings, 'widget-report.mdx'), 'utf8')).toContain('    file: trade-report.txt\n');
  });

  test('never overwrites a briefing', () => {
    const result = run(['widget-report', '--source', 'tests/fixtures/sources/trade-report.txt']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('widget-report.mdx already exists; choose another slug');
  });

  test('refuses a slug that is not an id, a missing source and missing arguments', () => {
    expect(run(['Widget Report', '--source', 'x.txt']).output).toContain(
      'Expected a lower-case slug such as "acme-results", found "Widget Report"',
    );
    expect(run(['other', '--source', 'nowhere.txt']).output).toContain(
      'The source text nowhere.txt cannot be read: no such file or folder',
    );
    expect(run([]).output).toContain('Usage: npm run new -- <slug> --source path/to/text.txt');
  });
});
