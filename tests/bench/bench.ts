// Benchmarks: `npm run bench`. Prints figures; never a pass/fail test of speed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/build-site.ts';
import { generateBriefings } from './generate-briefings.ts';

function time(label: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}${result.stderr}`);
  console.log(`${label.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s`);
  return seconds;
}

const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
try {
  console.log('npm run check');
  time('  sample (1 briefing)', ['src/cli/check.ts']);
  const dir200 = join(work, 'check-200');
  generateBriefings(dir200, 200);
  time('  200 generated briefings', ['src/cli/check.ts', dir200]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
