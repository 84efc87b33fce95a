import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { briefingLastModified, pageLastModified } from '../../../src/lib/collection/briefing-dates.ts';
import { readBriefingSource } from '../../support/briefings.ts';
import { tempDir } from '../../support/temp-dir.ts';

describe('briefingLastModified', () => {
  test('gives each briefing its updated date, else its published one, and skips a file without dates', () => {
    const dir = tempDir('briefing-dates-');
    const minimal = readBriefingSource('minimal');
    writeFileSync(join(dir, 'updated.mdx'), minimal);
    writeFileSync(join(dir, 'published.mdx'), minimal.replace('updated: 2024-03-05\n', ''));
    writeFileSync(join(dir, 'broken.mdx'), 'no frontmatter here');
    symlinkSync(join(dir, 'gone.mdx'), join(dir, 'unreadable.mdx'));
    expect(Object.fromEntries(briefingLastModified(dir))).toEqual({
      updated: '2024-03-05',
      published: '2024-03-02',
    });
    expect(briefingLastModified(join(dir, 'missing')).size).toBe(0);
  });
});

describe('pageLastModified', () => {
  const dates = new Map([
    ['spring', '2025-03-01'],
    ['summer', '2025-07-15'],
  ]);

  test("gives a briefing and its sections the briefing's date", () => {
    expect(pageLastModified('/briefings/spring/', dates)).toBe('2025-03-01');
    expect(pageLastModified('/briefings/spring/outlook/', dates)).toBe('2025-03-01');
    expect(pageLastModified('/briefings/autumn/', dates)).toBeUndefined();
  });

  test('gives the home and company pages the latest change of any briefing', () => {
    expect(pageLastModified('/', dates)).toBe('2025-07-15');
    expect(pageLastModified('/companies/acme/', dates)).toBe('2025-07-15');
  });
});
