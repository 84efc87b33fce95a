import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../src/lib/downloads/to-csv.ts';

describe('toCsv', () => {
  test('writes a header row and one row per record, in the given column order, with CRLF line ends', () => {
    const rows = [
      { id: 'a', value: 1 },
      { id: 'b', value: 2.5 },
    ];
    expect(toCsv(rows, ['value', 'id'])).toBe('value,id\r\n1,a\r\n2.5,b\r\n');
  });

  test('quotes cells holding commas, quotes or line breaks, doubling the quotes', () => {
    const rows = [{ text: 'more than 40%, reported' }, { text: 'the "index"' }, { text: 'two\nlines' }];
    expect(toCsv(rows, ['text'])).toBe('text\r\n"more than 40%, reported"\r\n"the ""index"""\r\n"two\nlines"\r\n');
  });

  test('leaves null and undefined cells empty', () => {
    const rows: { a: string | null; b?: string }[] = [{ a: null, b: undefined }];
    expect(toCsv(rows, ['a', 'b'])).toBe('a,b\r\n,\r\n');
  });

  test('writes nested values as JSON in their cell', () => {
    const rows = [{ history: [{ value: 9.7, basis: 'projected' }] }];
    expect(toCsv(rows, ['history'])).toBe('history\r\n"[{""value"":9.7,""basis"":""projected""}]"\r\n');
  });

  test('writes only the header for no rows', () => {
    expect(toCsv([] as { id: string }[], ['id'])).toBe('id\r\n');
  });
});
