import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkBriefingFiles } from '../../src/lib/collection/check-briefing-files.ts';
import { briefingFiles, readBriefingSource } from '../support/briefings.ts';
import { editFigure } from '../support/edit-figure.ts';

const work = mkdtempSync(join(tmpdir(), 'readme-example-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The lines of the README's example `npm run check` output. */
function readmeExample(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```\n(\s*✗ content\/briefings\/[\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no example check output');
  return block[1]!
    .split('\n')
    .map((line) => line.replace(/^ {3}/, ''))
    .filter((line) => line.trim() !== '');
}

describe('README.md', () => {
  test('shows exactly what npm run check prints when Alibaba cloud growth is changed to 6 and its quote is not', async () => {
    const file = join(work, briefingFiles.real);
    mkdirSync(join(work, 'content/briefings'), { recursive: true });
    writeFileSync(file, editFigure(readBriefingSource('real'), 'alibaba-cloud-growth', '6', { quote: false }));
    const report = await checkBriefingFiles([file], work);
    expect(readmeExample()).toEqual(report.lines);
  });
});
