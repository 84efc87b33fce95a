import { parseMdxBody } from '../../../src/lib/validate/body-references.ts';
import { describe, expect, test } from 'vitest';
import { checkProseNumbers, numbersInWords } from '../../../src/lib/validate/check-shown-text.ts';
import { loadBriefing } from '../../support/briefings.ts';

const figures = loadBriefing('minimal').figures;
const messages = (body: string, names: string[] = []) =>
  checkProseNumbers(parseMdxBody(body).tree!, figures, names).map((i) => `${i.line}: ${i.message}`);

describe('checkProseNumbers', () => {
  test('accepts figures, list markers, names marked with <Name> and entity names', () => {
    const body = ['1. First <Fig id="example-share-gain" />', '2. Then <Name>Widget 3000</Name> and Sample 2'].join(
      '\n',
    );
    expect(messages(body, ['Sample 2'])).toEqual([]);
  });

  test('reports a bare number on its own line within a paragraph, in code too', () => {
    expect(messages('A first line\nthen 42% and `7`')).toEqual([
      '2: expected every number in the prose to come from a figure, found the bare number "42%" (add it as a figure and write <Fig id="..." />, or mark a name with <Name>...</Name>)',
      '2: expected every number in the prose to come from a figure, found the bare number "7" (add it as a figure and write <Fig id="..." />, or mark a name with <Name>...</Name>)',
    ]);
  });

  test('suggests the figure whose value the number is, in bold or not', () => {
    expect(messages('Up **25%**.')).toEqual([
      '1: expected every number in the prose to come from a figure, found the bare number "25%", the value of figure "index-share-gain" (write <Fig id="index-share-gain" />)',
    ]);
  });
});

describe('numbersInWords', () => {
  const inWords = (body: string) => numbersInWords(parseMdxBody(body).tree!);

  test('lists numbers the prose writes in words, from two up and as fractions, with their lines', () => {
    expect(inWords('Sales rose for four quarters,\nlosing a third of the gain over three years.')).toEqual([
      { line: 1, text: 'four' },
      { line: 2, text: 'a third' },
      { line: 2, text: 'three' },
    ]);
  });

  test('leaves out digits, "one", and the words inside figures and names', () => {
    expect(
      inWords('One of the few firms grew 12%, with <Fig id="example-share-gain" /> and <Name>Three Gorges</Name>.'),
    ).toEqual([]);
  });
});
