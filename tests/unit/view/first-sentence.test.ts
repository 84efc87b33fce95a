import { describe, expect, test } from 'vitest';
import { firstSentence } from '../../../src/lib/view/first-sentence.ts';

describe('firstSentence', () => {
  test('takes the first sentence, keeping dotted names and abbreviations whole', () => {
    expect(firstSentence('Shares beat JD.com and Example Inc. this year. Sales grew.')).toBe(
      'Shares beat JD.com and Example Inc. this year.',
    );
  });

  test('returns a one-sentence text as it is, trimmed, and nothing for empty text', () => {
    expect(firstSentence('  Only one sentence here  ')).toBe('Only one sentence here');
    expect(firstSentence('')).toBe('');
  });
});
