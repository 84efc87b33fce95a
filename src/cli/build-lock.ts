import { createHash } from 'node:crypto';
import { connect, createServer, type Server } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds a build lock: told to a waiting build, so that it can say so. */
export interface LockHolder {
  pid: number;
  /** ISO time the holder took the lock. */
  started: string;
}

export interface BuildLock {
  /** Lets the lock go; safe to call more than once. */
  release: () => Promise<void>;
}

export interface AcquireOptions {
  /** Called once when another build holds the lock and this one starts waiting. */
  onWait?: (holder: LockHolder) => void;
  /** How often to try again while waiting, in milliseconds. */
  pollMs?: number;
  /** Give up after this many milliseconds of waiting. */
  timeoutMs?: number;
}

/**
 * Where the lock of an output folder lives: a socket address the kernel gives to one process at a
 * time and takes back the moment that process ends, however it ends (a crash, a kill, a restart),
 * so no lock outlives its build and nothing on disk can go stale. On Linux it is an abstract unix
 * socket named after the folder's path; elsewhere, a localhost port derived from that path.
 */
export function lockAddress(outDir: string, platform: NodeJS.Platform = process.platform): string | number {
  const hash = createHash('sha256').update(outDir).digest();
  return platform === 'linux'
    ? `\0investor-briefings-build:${hash.toString('hex')}`
    : 49152 + (hash.readUInt16BE(0) % 16384);
}

const describeAddress = (address: string | number) =>
  typeof address === 'number' ? `port ${address} on 127.0.0.1` : `the socket @${address.slice(1, 40)}…`;

/** Listens on the address, telling whoever connects who holds it; undefined when another process does. */
function listen(address: string | number, holder: LockHolder): Promise<Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.end(JSON.stringify(holder)));
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error),
    );
    const where = typeof address === 'number' ? { port: address, host: '127.0.0.1' } : { path: address };
    server.listen({ ...where, exclusive: true }, () => {
      // The lock alone never keeps the process running.
      server.unref();
      resolve(server);
    });
  });
}

/** The holder a lock's socket tells of, or undefined when it tells nothing a build would say. */
export function readLockHolder(address: string | number, timeoutMs = 1_000): Promise<LockHolder | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(typeof address === 'number' ? { port: address, host: '127.0.0.1' } : { path: address });
    const done = (holder?: LockHolder) => {
      socket.destroy();
      resolve(holder);
    };
    socket.setTimeout(timeoutMs, () => done());
    socket.on('error', () => done());
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => {
      try {
        const holder = JSON.parse(text) as Partial<LockHolder>;
        done(
          typeof holder.pid === 'number' && typeof holder.started === 'string'
            ? { pid: holder.pid, started: holder.started }
            : undefined,
        );
      } catch {
        done();
      }
    });
  });
}

/**
 * Takes the build lock of an output folder, waiting while another build holds it. Of two builds
 * started at once exactly one gets it, and a build that dies lets it go with its process.
 */
export async function acquireBuildLock(outDir: string, options: AcquireOptions = {}): Promise<BuildLock> {
  const { onWait, pollMs = 250, timeoutMs = 30 * 60_000 } = options;
  const address = lockAddress(outDir);
  const deadline = Date.now() + timeoutMs;
  const self: LockHolder = { pid: process.pid, started: new Date().toISOString() };
  let told = false;
  for (;;) {
    const server = await listen(address, self);
    if (server) {
      let released: Promise<void> | undefined;
      return {
        release: () => (released ??= new Promise((done) => server.close(() => done()))),
      };
    }
    const holder = await readLockHolder(address);
    if (holder && !told) {
      told = true;
      onWait?.(holder);
    }
    if (Date.now() > deadline)
      throw new Error(
        holder
          ? `Another build (process ${holder.pid}, started ${holder.started}) has been building ${outDir} for too long; stop it and build again.`
          : `Another program holds ${describeAddress(address)}, which builds of ${outDir} lock on; stop it and build again.`,
      );
    await sleep(pollMs);
  }
}
