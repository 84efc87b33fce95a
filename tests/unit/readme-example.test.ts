import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkBriefingFiles } from '../../src/cli/check-briefing-files.ts';
import { briefingFiles, readBriefingSource } from '../support/briefings.ts';
import { editFigure } from '../support/edit-figure.ts';
import { editOnce, readPublicationSource } from '../support/publication.ts';

const work = mkdtempSync(join(tmpdir(), 'readme-example-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The lines of a doc's `n`th example of `npm run check` output (counted from 0). */
function readmeExample(n = 0, doc = 'README.md'): string[] {
  const readme = readFileSync(doc, 'utf8');
  const block = [...readme.matchAll(/```\n(\s*✗ content\/briefings\/[\s\S]*?)```/g)][n];
  if (!block) throw new Error(`${doc} has no example check output number ${n}`);
  return block[1]!
    .split('\n')
    .map((line) => line.replace(/^ {3}/, ''))
    .filter((line) => line.trim() !== '');
}

describe('the docs', () => {
  test('shows exactly what npm run check prints when Alibaba cloud growth is changed to 6 and its quote is not', async () => {
    const file = join(work, briefingFiles.real);
    mkdirSync(join(work, 'content/briefings'), { recursive: true });
    writeFileSync(file, editFigure(readBriefingSource('real'), 'alibaba-cloud-growth', '6', { quote: false }));
    const report = await checkBriefingFiles([file], { root: work });
    expect(readmeExample()).toEqual(report.lines);
  });

  test('shows exactly what npm run check prints for one number with two values in two briefings', async () => {
    const dir = join(work, 'content/briefings');
    mkdirSync(dir, { recursive: true });
    const spring = join(dir, 'widgets-spring.mdx');
    const summer = join(dir, 'widgets-summer.mdx');
    writeFileSync(spring, readPublicationSource('spring'));
    writeFileSync(
      summer,
      editOnce(
        editOnce(readPublicationSource('summer'), '    value: 12\n', '    value: 13\n'),
        'after 12%',
        'after 13%',
      ),
    );
    const report = await checkBriefingFiles([spring, summer], { root: work });
    expect(readmeExample(0, '.github/docs/writing.md')).toEqual(report.lines.slice(1));
  });
});
