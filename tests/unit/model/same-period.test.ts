import { describe, expect, test } from 'vitest';
import { samePeriod } from '../../../src/lib/model/same-period.ts';
import type { Entity } from '../../../src/schemas/entity.ts';
import type { Figure } from '../../../src/schemas/figure.ts';

const entities = new Map<string, Entity>([
  ['alibaba', { id: 'alibaba', name: 'Alibaba', kind: 'company', fiscalYearEnd: 'March' } as Entity],
  ['tencent', { id: 'tencent', name: 'Tencent', kind: 'company' } as Entity],
]);
const at = (entity: string, period: Figure['period']) => ({ entity, period });

describe('samePeriod', () => {
  test("matches dated periods by the days they cover, each in its entity's fiscal year", () => {
    const alibabaQ3 = at('alibaba', { kind: 'quarter', year: 2025, quarter: 3, fiscal: true });
    // Alibaba's fiscal year ends in March: its Q3 of fiscal 2025 is October to December 2024.
    expect(
      samePeriod(alibabaQ3, at('tencent', { kind: 'quarter', year: 2024, quarter: 4, fiscal: false }), entities),
    ).toBe(true);
    expect(
      samePeriod(alibabaQ3, at('tencent', { kind: 'quarter', year: 2025, quarter: 3, fiscal: false }), entities),
    ).toBe(false);
  });

  test('matches periods given in words by their words, case aside', () => {
    expect(samePeriod(at('alibaba', 'This year'), at('tencent', 'this year'), entities)).toBe(true);
    expect(samePeriod(at('alibaba', 'This year'), at('tencent', 'Last year'), entities)).toBe(false);
  });
});
