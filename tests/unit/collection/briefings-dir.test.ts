import { describe, expect, test } from 'vitest';
import { briefingsDir } from '../../../src/lib/collection/briefings-dir.ts';

describe('briefingsDir', () => {
  test('reads briefings from content/briefings by default', () => {
    expect(briefingsDir({})).toBe('content/briefings');
  });

  test('reads briefings from BRIEFINGS_DIR when it is set', () => {
    expect(briefingsDir({ BRIEFINGS_DIR: '/tmp/generated' })).toBe('/tmp/generated');
  });

  test('ignores an empty BRIEFINGS_DIR', () => {
    expect(briefingsDir({ BRIEFINGS_DIR: '' })).toBe('content/briefings');
  });
});
