import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = (path: string) => JSON.stringify(resolve(import.meta.dirname, '../../src', path));

// Dates, periods and their ranges as the page, feeds and sitemap write them, computed in a child
// process whose clock runs in the given zone.
const script = `
import { formatDate } from ${src('lib/view/format-date.ts')};
import { describePeriod, periodAxisLabel, periodRange } from ${src('lib/model/periods.ts')};
const quarter = { kind: 'quarter', year: 2025, quarter: 3, fiscal: true };
console.log(JSON.stringify([
  formatDate('2025-01-01'),
  formatDate('2024-12-31'),
  describePeriod(quarter, 'March'),
  periodAxisLabel(quarter, 'March'),
  periodRange(quarter, 'March'),
  periodRange({ kind: 'month', year: 2024, month: 2 }),
]));
`;

function inZone(tz: string): unknown {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('dates and periods', () => {
  test.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'])(
    'read the same in the %s time zone',
    (tz) => {
      expect(inZone(tz)).toEqual([
        '1 January 2025',
        '31 December 2024',
        'the quarter to 31 December 2024 (Q3 of fiscal 2025)',
        'Oct–Dec 2024',
        { start: '2024-10-01', end: '2024-12-31' },
        { start: '2024-02-01', end: '2024-02-29' },
      ]);
    },
  );
});
