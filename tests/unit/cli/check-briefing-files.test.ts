import { describe, expect, test, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summariseBriefing, checkBriefingFiles } from '../../../src/cli/check-briefing-files.ts';
import { loadBriefing, readBriefingSource } from '../../support/briefings.ts';
import { fileFromRoot, findBriefingFiles } from '../../../src/lib/collection/briefing-files.ts';
import { editOnce, readPublicationSource } from '../../support/publication.ts';

const minimal = loadBriefing('minimal');

describe('summariseBriefing', () => {
  test('counts figures, claims, charts and sections in plural', () => {
    expect(summariseBriefing(minimal)).toBe('5 figures, 3 claims hold, 2 charts, 2 sections');
  });

  test('uses the singular for one of each', () => {
    const one = {
      ...minimal,
      figures: minimal.figures.slice(0, 1),
      claims: minimal.claims.slice(0, 1),
      charts: minimal.charts.slice(0, 1),
      sections: minimal.sections.slice(0, 1),
    };
    expect(summariseBriefing(one)).toBe('1 figure, 1 claim holds, 1 chart, 1 section');
  });

  test('says 0 in plural for a briefing without claims or charts', () => {
    expect(summariseBriefing({ ...minimal, claims: [], charts: [] })).toBe(
      '5 figures, 0 claims hold, 0 charts, 2 sections',
    );
  });
});

const minimalText = readBriefingSource('minimal');
/** The minimalText briefing with one figure cited nowhere: valid, with one warning. */
const uncited = minimalText.replace(' The company opened <Fig id="new-factories" /> new\nfactories last year.', '');
/** The minimalText briefing with two type errors. */
const broken = minimalText
  .replace('    value: 25\n', '    value: "25"\n')
  .replace('    value: 8\n', '    value: "8"\n');

const root = mkdtempSync(join(tmpdir(), 'check-briefing-files-'));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('briefings/b-valid.mdx', minimalText);
write('briefings/nested/a-broken.mdx', broken);
write('briefings/c-uncited.mdx', uncited);
write('briefings/notes.md', '# not a briefing');
write('briefings/draft.mdx.bak', minimalText);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkBriefingFiles', () => {
  test('refuses, by name, what the build cannot make a page of: a subfolder, a name differing only in case', async () => {
    write('named/acme.mdx', minimalText);
    write('named/Acme.mdx', minimalText);
    write('named/2025/acme-q3.mdx', minimalText);
    const dir = join(root, 'named');
    const report = await checkBriefingFiles(await findBriefingFiles(dir, root), {
      root,
      folder: fileFromRoot(root, dir),
    });
    expect(report.lines.filter((line) => line.startsWith('  '))).toEqual([
      "  named/2025/acme-q3.mdx:1 expected the briefing directly in named/, found it in the subfolder 2025/: a briefing's address is its file name alone",
      '  named/Acme.mdx:1 expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx, found "Acme.mdx": the page\'s address is made from the name',
      '  named/Acme.mdx:1 expected one briefing per name whatever its letter case, found "named/acme.mdx" with the same name',
      '  named/acme.mdx:1 expected one briefing per name whatever its letter case, found "named/Acme.mdx" with the same name',
    ]);
    expect(report.errors).toBe(4);
  });

  test('summarises a valid briefing on one line, with paths relative to the root', async () => {
    const report = await checkBriefingFiles([join(root, 'briefings/b-valid.mdx')], { root });
    expect(report).toEqual({
      files: 1,
      errors: 0,
      warnings: 0,
      failed: false,
      lines: ['✓ briefings/b-valid.mdx: 5 figures, 3 claims hold, 2 charts, 2 sections'],
    });
  });

  test('lists the numbers the prose writes in words, with their lines in the file, without failing', async () => {
    const file = join(root, 'in-words.mdx');
    writeFileSync(
      file,
      readBriefingSource('minimal').replace('new\nfactories last year.', 'new\nfactories in three years.'),
    );
    const report = await checkBriefingFiles([file], { root });
    expect(report.failed).toBe(false);
    expect(report.lines.slice(-2)).toEqual([
      'Numbers written in words, which no figure checks (compare them with the source):',
      expect.stringMatching(/^ {2}in-words\.mdx:\d+ "three"$/),
    ]);
  });

  test('fails on a warning only under strict, still listing it as a warning', async () => {
    const file = join(root, 'uncited.mdx');
    writeFileSync(
      file,
      readBriefingSource('minimal').replace(
        ' The company opened <Fig id="new-factories" /> new\nfactories last year.',
        '',
      ),
    );
    const lenient = await checkBriefingFiles([file], { root });
    const strict = await checkBriefingFiles([file], { root, strict: true });
    expect([lenient.failed, lenient.errors, lenient.warnings]).toEqual([false, 0, 1]);
    expect([strict.failed, strict.errors, strict.warnings]).toEqual([true, 0, 1]);
    expect(strict.lines.at(-2)).toBe('Warnings:');
  });

  test('reports every error of a broken briefing, each on its own line under the file', async () => {
    const report = await checkBriefingFiles([join(root, 'briefings/nested/a-broken.mdx')], { root });
    expect(report.errors).toBe(2);
    expect(report.lines).toEqual([
      '✗ briefings/nested/a-broken.mdx: 2 errors',
      '  briefings/nested/a-broken.mdx:42 figures[1].value: expected a number, found the text "25"',
      '  briefings/nested/a-broken.mdx:62 figures[3].value: expected a number, found the text "8"',
    ]);
  });

  test('says "1 error" for a single error', async () => {
    write('single.mdx', minimalText.replace('    value: 25\n', '    value: "25"\n'));
    const report = await checkBriefingFiles([join(root, 'single.mdx')], { root });
    expect(report.lines[0]).toBe('✗ single.mdx: 1 error');
  });

  test('counts every file and lists warnings after all the summaries', async () => {
    const files = await findBriefingFiles(join(root, 'briefings'), root);
    const report = await checkBriefingFiles(files, { root });
    expect(report).toMatchObject({ files: 3, errors: 2, warnings: 1 });
    expect(report.lines.at(-2)).toBe('Warnings:');
    expect(report.lines.at(-1)).toMatch(/^ {2}briefings\/c-uncited\.mdx:\d+ .*new-factories/);
    expect(report.lines.filter((line) => /^[✓✗]/.test(line))).toEqual([
      '✓ briefings/b-valid.mdx: 5 figures, 3 claims hold, 2 charts, 2 sections',
      '✓ briefings/c-uncited.mdx: 5 figures, 3 claims hold, 2 charts, 2 sections',
      '✗ briefings/nested/a-broken.mdx: 2 errors',
    ]);
  });

  test('checks the files against each other, failing the later one with both files, lines and values', async () => {
    write('across/spring.mdx', readPublicationSource('spring'));
    write(
      'across/summer.mdx',
      editOnce(
        editOnce(readPublicationSource('summer'), '    value: 12\n', '    value: 13\n'),
        'after 12%',
        'after 13%',
      ),
    );
    const report = await checkBriefingFiles(await findBriefingFiles(join(root, 'across'), root), { root });
    expect(report).toMatchObject({ files: 2, errors: 1 });
    expect(report.lines).toEqual([
      '✓ across/spring.mdx: 4 figures, 1 claim holds, 1 chart, 2 sections',
      '✗ across/summer.mdx: 1 error',
      "  across/summer.mdx:40 figures[1].value: expected 12% as across/spring.mdx:28 figures[0].value gives Example Corp sales growth (reported) for the quarter to 31 March 2024 (Q4 of fiscal 2024), found 13%; if the value was revised, record the earlier one in this figure's history",
    ]);
  });

  test('reports a file that cannot be read as an error of that file', async () => {
    symlinkSync(join(root, 'nowhere.mdx'), join(root, 'dangling.mdx'));
    const report = await checkBriefingFiles([join(root, 'dangling.mdx')], { root });
    expect(report).toMatchObject({ files: 1, errors: 1, warnings: 0 });
    expect(report.lines).toEqual(['✗ dangling.mdx: 1 error', '  dangling.mdx cannot be read: no such file or folder']);
  });
});
