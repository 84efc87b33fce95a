import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ImageJob } from './draw-image.ts';
import { createWorkerPool, type PoolTask, type WorkerPool } from './worker-pool.ts';

/**
 * The worker's module. Run from source (tests, the dev server) it sits beside this file; in a
 * build this file is bundled into a chunk far from the source, so it is found from the project
 * root, the folder the build runs in (as the image cache's default folder is).
 */
export function drawWorkerUrl(moduleUrl: string = import.meta.url, root: string = process.cwd()): URL {
  return moduleUrl.endsWith('.ts')
    ? new URL('./draw-worker.ts', moduleUrl)
    : pathToFileURL(join(root, 'src/lib/images/draw-worker.ts'));
}

let pool: WorkerPool<ImageJob, Uint8Array> | undefined;

/**
 * Draws a job on one of a pool of worker threads, one per core, started on first use; with
 * `later`, behind the images already asked for.
 */
export function drawInWorker(job: ImageJob, options: { later?: boolean } = {}): PoolTask<Buffer> {
  pool ??= createWorkerPool<ImageJob, Uint8Array>(drawWorkerUrl(), availableParallelism());
  const task = pool.run(job, options);
  // Posted bytes arrive as a plain Uint8Array; a Buffer view of them copies nothing.
  return { ...task, result: task.result.then((png) => Buffer.from(png.buffer, png.byteOffset, png.byteLength)) };
}
