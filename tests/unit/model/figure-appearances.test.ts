import { describe, expect, test } from 'vitest';
import { figureAppearances } from '../../../src/lib/model/figure-appearances.ts';
import { briefingSet, readPublicationSource } from '../../support/publication.ts';

const [summer] = briefingSet({ 'summer.mdx': readPublicationSource('summer') });
const [spring] = briefingSet({ 'spring.mdx': readPublicationSource('spring') });

describe('figureAppearances', () => {
  test('lists each current value, then the earlier values its history records', () => {
    const appearances = figureAppearances(summer!.briefing);
    expect(appearances.map((a) => [a.path, a.value.value, a.basis])).toEqual([
      [['figures', 0, 'value'], 11, 'reported'],
      [['figures', 0, 'history', 0, 'value'], 10, 'projected'],
      [['figures', 1, 'value'], 12, 'reported'],
      [['figures', 2, 'value'], 9, 'reported'],
    ]);
  });

  test('keys a number by entity, metric, the days its period covers and basis', () => {
    const [current, earlier] = figureAppearances(summer!.briefing);
    expect(current!.key).toBe('example-corp\u0000sales-growth\u00002024-04-01/2024-06-30\u0000reported');
    expect(earlier!.key).toBe('example-corp\u0000sales-growth\u00002024-04-01/2024-06-30\u0000projected');
  });

  test('gives no key to a period in words, which cannot be matched', () => {
    const index = figureAppearances(spring!.briefing).find((a) => a.figure.id === 'index-gain')!;
    expect(index.key).toBeUndefined();
  });
});
