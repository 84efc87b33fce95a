import { describe, expect, test } from 'vitest';
import { fileNameIssues } from '../../../src/lib/collection/check-file-names.ts';

const folder = 'content/briefings';
const report = (files: string[], within: string | undefined = folder) =>
  Object.fromEntries(
    [...fileNameIssues(files, within)].map(([file, issues]) => [file, issues.map((i) => `${i.line} ${i.message}`)]),
  );

describe('fileNameIssues', () => {
  test('accepts plain slugs directly in the briefings folder', () => {
    expect(report([`${folder}/alibaba-ai-rally.mdx`, `${folder}/q3-2025.mdx`])).toEqual({});
  });

  test('refuses a briefing in a subfolder, whose address the site cannot make', () => {
    expect(report([`${folder}/2025/alibaba.mdx`])).toEqual({
      [`${folder}/2025/alibaba.mdx`]: [
        "1 expected the briefing directly in content/briefings/, found it in the subfolder 2025/: a briefing's address is its file name alone",
      ],
    });
  });

  test('refuses capitals, spaces and look-alike letters, naming the odd character', () => {
    expect(report([`${folder}/Alibaba.mdx`, `${folder}/ali baba.mdx`, `${folder}/\u0430libaba.mdx`])).toEqual({
      [`${folder}/Alibaba.mdx`]: [
        '1 expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx, found "Alibaba.mdx": the page\'s address is made from the name',
      ],
      [`${folder}/ali baba.mdx`]: [
        '1 expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx, found "ali baba.mdx": the page\'s address is made from the name',
      ],
      [`${folder}/\u0430libaba.mdx`]: [
        `1 expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx, found "\u0430libaba.mdx" with the character "\u0430" (U+0430), which looks like another: the page's address is made from the name`,
      ],
    });
  });

  test('refuses a name too long for the folders the site makes of it', () => {
    const name = `${'a'.repeat(81)}.mdx`;
    expect(report([`${folder}/${name}`])[`${folder}/${name}`]).toEqual([
      '1 expected a file name of at most 80 characters before .mdx, found one of 81',
    ]);
  });

  test('refuses two names that differ only in letter case, naming the other in each', () => {
    const issues = report([`${folder}/alibaba.mdx`, `${folder}/ALIBABA.mdx`]);
    expect(issues[`${folder}/alibaba.mdx`]).toEqual([
      `1 expected one briefing per name whatever its letter case, found "${folder}/ALIBABA.mdx" with the same name`,
    ]);
    expect(issues[`${folder}/ALIBABA.mdx`]).toContain(
      `1 expected one briefing per name whatever its letter case, found "${folder}/alibaba.mdx" with the same name`,
    );
  });

  test('without a folder, checks names only', () => {
    expect(report(['elsewhere/nested/ok.mdx'], undefined)).toEqual({});
  });
});
