import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../src/lib/errors/content-issue.ts';
import { checkAcrossBriefings } from '../../src/lib/validate/across-briefings.ts';
import { briefingSet, editOnce } from '../support/publication.ts';

const rally = 'content/briefings/alibaba-ai-rally.mdx';
const december = 'content/briefings/alibaba-dec-2024-quarter.mdx';
const read = (file: string) => readFileSync(file, 'utf8');

function check(decemberText: string): string[] {
  const set = briefingSet({ [rally]: read(rally), [december]: decemberText });
  return checkAcrossBriefings(set).map(({ file, issue }) => formatContentIssue(file, issue));
}

describe('the real briefings, checked across each other', () => {
  test('agree on every number they share, the revised cloud growth included', () => {
    expect(check(read(december))).toEqual([]);
  });

  test("name both files when the December quarter's cloud growth is changed in one of them", () => {
    const changed = editOnce(
      editOnce(
        read(december),
        '    metric: cloud-growth\n    value: 13\n',
        '    metric: cloud-growth\n    value: 14\n',
      ),
      'quote: Cloud Intelligence Group grew 13%',
      'quote: Cloud Intelligence Group grew 14%',
    );
    const [error, ...rest] = check(changed);
    expect(rest).toEqual([]);
    expect(error).toMatch(
      /^content\/briefings\/alibaba-dec-2024-quarter\.mdx:\d+ figures\[\d+\]\.value: expected 13% as content\/briefings\/alibaba-ai-rally\.mdx:\d+ figures\[2\]\.value gives Alibaba cloud growth \(reported\) for the quarter to 31 December 2024 \(Q3 of fiscal 2025\), found 14%/,
    );
  });
});
