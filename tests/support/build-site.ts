import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs the project's safe build (`src/cli/build.ts`) into `outDir`, optionally from another
 * briefings folder, with more arguments or with more environment variables.
 */
export function buildSite(
  outDir: string,
  options: { briefingsDir?: string; args?: string[]; env?: Record<string, string> } = {},
): BuildResult {
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--outDir', outDir, ...(options.args ?? [])], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...(options.briefingsDir ? { BRIEFINGS_DIR: options.briefingsDir } : {}),
      ...options.env,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
