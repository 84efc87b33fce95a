import { describe, expect, test } from 'vitest';
import { csvFile, tableCsv, toCsv } from '../../../src/lib/downloads/to-csv.ts';

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

  test('writes text a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    const rows = [
      { label: '=HYPERLINK("http://attacker.example/x","Click for details")' },
      { label: '+1+2' },
      { label: '-2+3' },
      { label: '@SUM(A1:A9)' },
      { label: '\t=1+1' },
      { label: '\r=1+1' },
    ];
    expect(toCsv(rows, ['label'])).toBe(
      [
        'label',
        '"\'=HYPERLINK(""http://attacker.example/x"",""Click for details"")"',
        "'+1+2",
        "'-2+3",
        "'@SUM(A1:A9)",
        "'\t=1+1",
        '"\'\r=1+1"',
        '',
      ].join('\r\n'),
    );
  });

  test('keeps negative numbers numbers, whether a number or a plain number written as text', () => {
    const rows = [
      { value: -12.5, display: '-12.5%' },
      { value: -3, display: '-3' },
      { value: 0, display: 'more than 40%' },
    ];
    expect(toCsv(rows, ['value', 'display'])).toBe('value,display\r\n-12.5,-12.5%\r\n-3,-3\r\n0,more than 40%\r\n');
  });
});

describe('csvFile', () => {
  test('starts with a UTF-8 byte-order mark, so spreadsheets read "CN¥" and "−" as written', () => {
    const file = csvFile([{ value: 'CN¥280.2 billion', change: '−12%' }], ['value', 'change']);
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(file, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.slice(1)).toBe('value,change\r\nCN¥280.2 billion,−12%\r\n');
  });
});

describe('tableCsv', () => {
  test("writes a chart's table with a byte-order mark, each row credited with the source", () => {
    const table = {
      columns: ['Company or index', 'Value'],
      rows: [{ cells: ['Alibaba', 'more than 25%'] }, { cells: ['Hang Seng Tech Index', '25%'] }],
    };
    expect(tableCsv(table, 'News report (undated).')).toBe(
      '\uFEFFCompany or index,Value,Source\r\nAlibaba,more than 25%,News report (undated).\r\nHang Seng Tech Index,25%,News report (undated).\r\n',
    );
  });
});
