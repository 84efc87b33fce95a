import { describe, expect, test } from 'vitest';
import { packLines } from '../../../src/lib/chart/pack-lines.ts';

const upTo = (n: number) => (line: string) => line.length <= n;

describe('packLines', () => {
  test('fills each line with as many words as fit before starting the next', () => {
    expect(packLines(['Hang', 'Seng', 'Tech', 'Index'], upTo(9))).toEqual(['Hang Seng', 'Tech', 'Index']);
    expect(packLines(['Hang', 'Seng', 'Tech', 'Index'], upTo(10))).toEqual(['Hang Seng', 'Tech Index']);
  });

  test('gives a word that fits no line a line of its own', () => {
    expect(packLines(['a', 'Internationalisation', 'b'], upTo(5))).toEqual(['a', 'Internationalisation', 'b']);
  });

  test('asks whether the joined line fits, so the rule can be any measure', () => {
    const asked: string[] = [];
    packLines(['one', 'two', 'three'], (line) => {
      asked.push(line);
      return line.length <= 7;
    });
    expect(asked).toEqual(['one two', 'one two three']);
  });

  test('packs no words into no lines', () => {
    expect(packLines([], upTo(5))).toEqual([]);
  });
});
