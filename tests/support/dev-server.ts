import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from './build-site.ts';

export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * Starts `astro dev` on a free port over a briefings folder and waits until it answers: with a
 * page, or with `answered`, with any response at all (a server started on a broken briefing
 * answers every route with its error).
 */
export async function startDevServer(briefingsDir: string, { answered = false } = {}): Promise<DevServer> {
  const port = await freePort();
  // Vitest's own variables (NODE_ENV=test, VITEST*) would change how Astro's dev server runs.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: projectRoot, env: { ...env, BRIEFINGS_DIR: briefingsDir, ASTRO_TELEMETRY_DISABLED: '1' }, detached: true },
  );
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    try {
      const response = await fetch(url);
      if (response.ok || answered) break;
      throw new Error('not ready');
    } catch {
      if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or the time runs out. */
export async function waitFor<T>(check: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
