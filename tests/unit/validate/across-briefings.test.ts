import { describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../../src/lib/errors/content-issue.ts';
import { checkAcrossBriefings } from '../../../src/lib/validate/across-briefings.ts';
import { briefingSet, editOnce, publicationFiles, readPublicationSource } from '../../support/publication.ts';

const spring = readPublicationSource('spring');
const summer = readPublicationSource('summer');
const springFile = publicationFiles.spring;
const summerFile = publicationFiles.summer;

/** The errors the checks across briefings print for the two briefings, spring's text and summer's. */
function check(springText: string, summerText: string): string[] {
  const set = briefingSet({ [springFile]: springText, [summerFile]: summerText });
  return checkAcrossBriefings(set).map(({ file, issue }) => formatContentIssue(file, issue));
}

/** Summer's restatement of Example Corp's growth in the quarter to March, as a new value. */
const summerMarch = (value: string, extra = '') =>
  editOnce(
    editOnce(summer, '    value: 12\n', `    value: ${value}\n${extra}`),
    'after 12% in the quarter before',
    `after ${value.replace(/^-/, '')}% in the quarter before`,
  );

describe('checkAcrossBriefings', () => {
  test('accepts briefings that agree on their shared figures and entities', () => {
    expect(check(spring, summer)).toEqual([]);
  });

  test('names both files, their lines and both values when one number has two values', () => {
    expect(check(spring, summerMarch('13'))).toEqual([
      `${summerFile}:40 figures[1].value: expected 12% as ${springFile}:28 figures[0].value gives Example Corp sales growth (reported) for the quarter to 31 March 2024 (Q4 of fiscal 2024), found 13%; if the value was revised, record the earlier one in this figure's history`,
    ]);
  });

  test('reports the disagreement in the later briefing whichever file is listed first', () => {
    const set = briefingSet({ [summerFile]: summerMarch('13'), [springFile]: spring });
    expect(checkAcrossBriefings(set).map((i) => [i.file, i.issue.line])).toEqual([[summerFile, 40]]);
  });

  test('accepts a later value whose figure records the earlier one in its history, as a revision', () => {
    const revised = summerMarch(
      '12.4',
      '    asOf: 2024-08-09\n    history:\n      - { value: 12, basis: reported, date: 2024-05-09 }\n',
    );
    expect(check(spring, revised)).toEqual([]);
  });

  test('honours rounding: a value written to more places agrees with the same value rounded', () => {
    expect(check(spring, summerMarch('12.3'))).toEqual([]);
    expect(check(spring, summerMarch('12.6'))).toEqual([
      `${summerFile}:40 figures[1].value: expected 12% as ${springFile}:28 figures[0].value gives Example Corp sales growth (reported) for the quarter to 31 March 2024 (Q4 of fiscal 2024), found 12.6%; if the value was revised, record the earlier one in this figure's history`,
    ]);
  });

  test('honours bounds: an exact value agrees with a bound it lies within, and not with one it breaks', () => {
    const bound = (words: string, precision: string) =>
      editOnce(
        editOnce(summer, 'after 12% in the quarter before', `after ${words} 13% in the quarter before`),
        '    value: 12\n',
        `    value: 13\n    precision: ${precision}\n`,
      );
    expect(check(spring, bound('less than', 'less-than'))).toEqual([]);
    expect(check(spring, bound('more than', 'more-than'))).toEqual([
      `${summerFile}:40 figures[1].value: expected 12% as ${springFile}:28 figures[0].value gives Example Corp sales growth (reported) for the quarter to 31 March 2024 (Q4 of fiscal 2024), found more than 13%; if the value was revised, record the earlier one in this figure's history`,
    ]);
  });

  test('compares earlier values recorded in a history with other briefings too', () => {
    const other = editOnce(summer, '{ value: 10, basis: projected', '{ value: 9, basis: projected');
    expect(check(spring, other)).toEqual([
      `${summerFile}:35 figures[0].history[0].value: expected 10% as ${springFile}:38 figures[1].value gives Example Corp sales growth (projected) for the quarter to 30 June 2024 (Q1 of fiscal 2025), found 9%; if the value was revised, record the earlier one in this figure's history`,
    ]);
  });

  test('treats a value in another unit as a disagreement', () => {
    const points = editOnce(
      summerMarch('12'),
      '    unit: percent\n    period: { kind: quarter, year: 2024, quarter: 4',
      '    unit: percentage-points\n    period: { kind: quarter, year: 2024, quarter: 4',
    );
    expect(check(spring, points)).toEqual([
      `${summerFile}:40 figures[1].value: expected 12% as ${springFile}:28 figures[0].value gives Example Corp sales growth (reported) for the quarter to 31 March 2024 (Q4 of fiscal 2024), found 12 percentage points; if the value was revised, record the earlier one in this figure's history`,
    ]);
  });

  test('leaves alone periods given only in words, which cannot be matched across briefings', () => {
    const words = editOnce(
      summerMarch('13'),
      '    period: { kind: quarter, year: 2024, quarter: 4, fiscal: true }\n    basis: reported\n    source: summer-report',
      '    period: The quarter before\n    basis: reported\n    source: summer-report',
    );
    expect(check(spring, words)).toEqual([]);
  });

  test('matches periods by the days they cover, fiscal or calendar', () => {
    const calendar = editOnce(
      summerMarch('13'),
      '{ kind: quarter, year: 2024, quarter: 4, fiscal: true }',
      '{ kind: quarter, year: 2024, quarter: 1 }',
    );
    expect(check(spring, calendar)).toEqual([
      `${summerFile}:40 figures[1].value: expected 12% as ${springFile}:28 figures[0].value gives Example Corp sales growth (reported) for the quarter to 31 March 2024 (Q4 of fiscal 2024), found 13%; if the value was revised, record the earlier one in this figure's history`,
    ]);
  });

  test('reports an entity named differently in a later briefing, naming the first', () => {
    const renamed = editOnce(summer, 'name: Example Corp, kind', 'name: Example Corporation, kind');
    expect(check(spring, renamed)).toEqual([
      `${summerFile}:19 entities[0].name: expected "Example Corp" as ${springFile}:19 entities[0].name names entity "example-corp" (or a name listed in its aliases), found "Example Corporation"`,
    ]);
  });

  test("accepts another name listed among the entity's aliases, in either briefing", () => {
    const aliased = editOnce(
      summer,
      'name: Example Corp, kind',
      'name: Example Corporation, aliases: [Example Corporation], kind',
    );
    expect(check(spring, aliased)).toEqual([]);
    const renamed = editOnce(summer, 'name: Example Corp, kind', 'name: Example Corporation, kind');
    const listed = editOnce(
      spring,
      'name: Example Corp, kind',
      'name: Example Corp, aliases: [Example Corporation], kind',
    );
    expect(check(listed, renamed)).toEqual([]);
  });

  test('reports one name given to two entity ids', () => {
    const other = editOnce(
      editOnce(summer, '{ id: sample-inc, name: Sample Inc', '{ id: sample, name: Sample Inc'),
      'entity: sample-inc',
      'entity: sample',
    );
    expect(check(spring, other)).toEqual([
      `${summerFile}:20 entities[1].id: expected "sample-inc" as ${springFile}:20 entities[1].id gives the entity named "Sample Inc", found "sample"`,
    ]);
  });

  test('reports an entity of another kind or fiscal-year end', () => {
    const other = editOnce(
      editOnce(summer, 'name: Sample Inc, kind: company', 'name: Sample Inc, kind: index'),
      'kind: company, fiscalYearEnd: March',
      'kind: company, fiscalYearEnd: June',
    );
    expect(check(spring, other)).toEqual([
      `${summerFile}:19 entities[0].fiscalYearEnd: expected "March" as ${springFile}:19 entities[0].fiscalYearEnd gives entity "example-corp", found "June"`,
      `${summerFile}:20 entities[1].kind: expected "company" as ${springFile}:20 entities[1].kind gives entity "sample-inc", found "index"`,
    ]);
  });
});
