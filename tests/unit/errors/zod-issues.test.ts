import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { issuesFromZod } from '../../../src/lib/errors/zod-issues.ts';
import { chartItemSchema } from '../../../src/schemas/chart.ts';
import { claimSchema } from '../../../src/schemas/claim.ts';
import { figureSchema } from '../../../src/schemas/figure.ts';
import { sectionSchema } from '../../../src/schemas/section.ts';
import { sourceDateSchema } from '../../../src/schemas/source.ts';
import { exampleFigure } from '../../support/example-figure.ts';

const figure = exampleFigure;

/** The content issues for a value that fails a schema, as [path, message] pairs. */
function issues(schema: z.ZodType, value: unknown, basePath: PropertyKey[] = []) {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected the value to fail the schema');
  return issuesFromZod(result.error.issues, basePath).map((issue) => [issue.path, issue.message, issue.severity]);
}

describe('issuesFromZod', () => {
  test('names the expected type in words and describes what was found (invalid_type)', () => {
    expect(issues(figureSchema, { ...figure, value: '12.5' })).toEqual([
      [['value'], 'expected a number, found the text "12.5"', 'error'],
    ]);
  });

  test('says a missing field is missing', () => {
    const { label: _l, ...rest } = figure;
    expect(issues(figureSchema, rest)).toEqual([
      [['label'], 'expected text, found nothing (the field is missing)', 'error'],
    ]);
  });

  test('lists the allowed values of an enum (invalid_value)', () => {
    expect(issues(figureSchema, { ...figure, basis: 'forecast' })).toEqual([
      [['basis'], 'expected one of "reported", "projected", "estimate", found the text "forecast"', 'error'],
    ]);
  });

  test('reports each unknown field at its own path (unrecognized_keys)', () => {
    expect(issues(figureSchema, { ...figure, vlaue: 1, note: 'x' })).toEqual([
      [['vlaue'], 'expected only the documented fields, found unknown field "vlaue"', 'error'],
      [['note'], 'expected only the documented fields, found unknown field "note"', 'error'],
    ]);
  });

  test("lower-cases a schema's own message and adds what was found", () => {
    expect(issues(figureSchema, { ...figure, id: 'Sales' })).toEqual([
      [['id'], 'expected a lower-case id such as "cloud-growth", found the text "Sales"', 'error'],
    ]);
  });

  test('prefixes every path with the base path', () => {
    expect(issues(figureSchema, { ...figure, value: null }, ['figures', 2])).toEqual([
      [['figures', 2, 'value'], 'expected a number, found null', 'error'],
    ]);
  });

  describe('for unions', () => {
    test('reports the branch that got furthest into the value', () => {
      expect(issues(sourceDateSchema, { undated: true })).toEqual([
        [['note'], 'expected text, found nothing (the field is missing)', 'error'],
      ]);
    });

    test('lists what each branch accepts when none got past the value itself', () => {
      expect(issues(sourceDateSchema, 2024)).toEqual([
        [[], 'expected text or an object (fields on indented lines), found the number 2024', 'error'],
      ]);
      expect(issues(sectionSchema, { id: 'a', title: 'A', level: 4 })).toEqual([
        [['level'], 'expected 2 or 3, found the number 4', 'error'],
      ]);
    });

    test("uses the union's own message when its branches fail in different ways", () => {
      expect(issues(chartItemSchema, { figur: 'x' })).toEqual([
        [
          [],
          'expected an item written as { figure: <figure id> } or { entity: <entity id> }, found an object',
          'error',
        ],
      ]);
    });

    test('names a discriminator once in the path and lists its values', () => {
      expect(issues(claimSchema, { id: 'c', statement: 's', kind: 'rank' })).toEqual([
        [
          ['kind'],
          'expected kind to be one of "compare", "ranking", "leads", "outranks", "trend", "beat", "miss", found the text "rank"',
          'error',
        ],
      ]);
    });

    test('says a missing discriminator is missing', () => {
      expect(issues(claimSchema, { id: 'c', statement: 's' })).toEqual([
        [
          ['kind'],
          'expected kind to be one of "compare", "ranking", "leads", "outranks", "trend", "beat", "miss", found nothing (the field is missing)',
          'error',
        ],
      ]);
    });

    test('reports a problem inside the matching branch of a discriminated union', () => {
      expect(issues(claimSchema, { id: 'c', statement: 's', kind: 'ranking', order: ['a'] })).toEqual([
        [['order'], 'expected at least two figures to rank, found a list of 1 item', 'error'],
      ]);
    });
  });
});
