import { describe, expect, test } from 'vitest';
import { matchQuote } from '../../../src/lib/model/quote-match.ts';
import { reportPhrases } from '../../fixtures/report-phrases.ts';

const label = ({ text, figure }: (typeof reportPhrases)[number]) =>
  `${figure.value}${figure.to === undefined ? '' : ` to ${figure.to}`} ${figure.unit}${figure.currency ? ` ${figure.currency}` : ''}${figure.scale ? ` ${figure.scale}` : ''} in "${text}"`;

describe('the number language, on phrases in the shapes real reports write', () => {
  test('holds many phrases', () => {
    expect(reportPhrases.length).toBeGreaterThanOrEqual(190);
  });

  test.each(reportPhrases.map((p) => [label(p), p] as const))('finds %s', (_label, { text, figure }) => {
    expect(matchQuote({ ...figure, quote: text })).toMatchObject({ found: true });
  });

  test.each(
    reportPhrases
      .filter((p) => p.figure.value !== 0 && p.figure.to !== -p.figure.value)
      .map((p) => [label(p), p] as const),
  )('refuses the sign turned round: %s', (_label, { text, figure }) => {
    const turned =
      figure.to === undefined
        ? { ...figure, value: -figure.value }
        : { ...figure, value: -figure.to, to: -figure.value };
    expect(matchQuote({ ...turned, quote: text })).toMatchObject({ found: false });
  });
});
