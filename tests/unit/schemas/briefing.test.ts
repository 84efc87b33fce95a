import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { briefingSchema, subjectSchema } from '../../../src/schemas/briefing.ts';
import { splitFrontmatter } from '../../../src/lib/validate/frontmatter.ts';
import { readBriefingSource } from '../../support/briefings.ts';

const data = () => parse(splitFrontmatter(readBriefingSource('minimal')).frontmatter!) as Record<string, unknown>;

describe('subjectSchema', () => {
  test('accepts a subject and fills in no tickers', () => {
    expect(subjectSchema.parse({ company: 'Example Corp', entity: 'example-corp' })).toEqual({
      company: 'Example Corp',
      entity: 'example-corp',
      tickers: [],
    });
  });

  test('rejects tickers written as one text', () => {
    expect(() => subjectSchema.parse({ company: 'Example Corp', entity: 'example-corp', tickers: 'EXC' })).toThrow(
      'expected array, received string',
    );
  });
});

describe('briefingSchema', () => {
  test('accepts the minimal fixture', () => {
    const briefing = briefingSchema.parse(data());
    expect(briefing.title).toBe("Example Corp's widget rally");
    expect(briefing.figures).toHaveLength(5);
  });

  test('fills in empty key figures, claims and charts', () => {
    const { keyFigures: _k, claims: _c, charts: _h, ...rest } = data();
    expect(briefingSchema.parse(rest)).toMatchObject({ keyFigures: [], claims: [], charts: [] });
  });

  test.each([
    ['sources', 'Expected at least one source'],
    ['entities', 'Expected at least one entity'],
    ['figures', 'Expected at least one figure'],
    ['sections', 'Expected at least one section'],
  ])('rejects an empty %s list', (list, message) => {
    expect(() => briefingSchema.parse({ ...data(), [list]: [] })).toThrow(message);
  });

  test('rejects a briefing without a disclaimer', () => {
    const { disclaimer: _d, ...rest } = data();
    expect(() => briefingSchema.parse(rest)).toThrow('expected string, received undefined');
  });

  test('rejects an unknown top-level field', () => {
    expect(() => briefingSchema.parse({ ...data(), author: 'Someone' })).toThrow('Unrecognized key: \\"author\\"');
  });

  test('rejects an updated date that is not YYYY-MM-DD', () => {
    expect(() => briefingSchema.parse({ ...data(), updated: '05/03/2024' })).toThrow(
      'Expected a date written as YYYY-MM-DD',
    );
  });
});
