import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * The Node options `npm run build` gives the build (package.json's `build` script, such as a larger
 * young generation), so tests and the benchmark build as an author's `npm run build` does.
 */
export const buildNodeOptions: string[] = (() => {
  const script: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts.build;
  const words = script.trim().split(/\s+/);
  const entry = words.indexOf('src/cli/build.ts');
  // Run without a shell: quoting or variables would reach Node as they are written.
  if (words[0] !== 'node' || entry < 0 || /["'$%`\\]/.test(script))
    throw new Error(`package.json's build script is not "node [options] src/cli/build.ts": ${script}`);
  return words.slice(1, entry);
})();

export interface BuildResult {
  status: number | null;
  output: string;
}

export interface BuildOptions {
  briefingsDir?: string;
  args?: string[];
  /** Extra environment variables, such as SITE_URL. */
  env?: Record<string, string>;
}

/** The arguments to Node that build into `outDir` as `npm run build` does, with `extra` build options. */
export const buildArgs = (outDir: string, extra: string[] = []) => [
  ...buildNodeOptions,
  'src/cli/build.ts',
  '--outDir',
  outDir,
  ...extra,
];

function buildCommand(outDir: string, options: BuildOptions) {
  return {
    args: buildArgs(outDir, options.args),
    options: {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...(options.briefingsDir ? { BRIEFINGS_DIR: options.briefingsDir } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
    },
  };
}

/** Runs the project's safe build (`src/cli/build.ts`) into `outDir`, optionally from another briefings folder. */
export function buildSite(outDir: string, options: BuildOptions = {}): BuildResult {
  const command = buildCommand(outDir, options);
  const result = spawnSync(process.execPath, command.args, { ...command.options, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Starts the safe build without waiting for it, so that two builds can run at once. */
export function startBuild(outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const command = buildCommand(outDir, options);
  const child = spawn(process.execPath, command.args, command.options);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, output })));
}
