import { describe, expect, test } from 'vitest';
import { checkFileText, codePoint, lineAt } from '../../../src/lib/validate/file-safety.ts';

const messages = (text: string) => checkFileText(text).map((i) => `${i.line} ${i.message}`);

describe('checkFileText', () => {
  test('accepts text with tabs, line ends of both kinds and any visible script', () => {
    expect(messages('---\r\ntitle: Alibaba 阿里巴巴\tÜber\n---\nΑθήνα, Москва, ４２%\n')).toEqual([]);
  });

  test('refuses control characters by code point, each on its line', () => {
    expect(messages('a\0b\nc\x07\nd\x7f\x9b')).toEqual([
      '1 expected text without control characters, found U+0000 (NUL)',
      '2 expected text without control characters, found U+0007',
      '3 expected text without control characters, found U+007F',
      '3 expected text without control characters, found U+009B',
    ]);
  });

  test('refuses invisible format characters, naming the common ones', () => {
    expect(messages('Ali\u200Bbaba\nx\u202Ey\nsoft\u00ADhyphen')).toEqual([
      '1 expected visible characters only, found the invisible character U+200B (zero-width space): it makes text look the same as other text that differs',
      '2 expected visible characters only, found the invisible character U+202E (right-to-left override): it makes text look the same as other text that differs',
      '3 expected visible characters only, found the invisible character U+00AD (soft hyphen): it makes text look the same as other text that differs',
    ]);
  });

  test('refuses the replacement character that bytes not in UTF-8 are read as', () => {
    expect(messages(Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x63]).toString('utf8'))).toEqual([
      '2 expected UTF-8 text, found bytes that are not UTF-8 (read as U+FFFD): save the file as UTF-8',
    ]);
  });

  test('reports a character once a line, and leaves a byte-order mark at the start to the frontmatter split', () => {
    expect(messages('\uFEFFa\0\0\0')).toEqual(['1 expected text without control characters, found U+0000 (NUL)']);
    expect(messages('a\uFEFF')).toEqual([
      '1 expected visible characters only, found the invisible character U+FEFF (byte-order mark): it makes text look the same as other text that differs',
    ]);
  });
});

describe('codePoint and lineAt', () => {
  test('name a character and place an index', () => {
    expect(codePoint('\u200B')).toBe('U+200B');
    expect(codePoint('😀')).toBe('U+1F600');
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
