import { afterEach, describe, expect, test } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../../src/lib/images/worker-pool.ts';

const echoWorker = new URL('../../fixtures/workers/echo-worker.ts', import.meta.url);
let pool: WorkerPool<string, string> | undefined;
const open = (size: number) => (pool = createWorkerPool<string, string>(echoWorker, size));

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('createWorkerPool', () => {
  test('runs every task on a worker thread and answers each with its own result', async () => {
    const p = open(2);
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((input) => p.run(input).result);
    await expect(Promise.all(tasks)).resolves.toEqual(['echo a', 'echo b', 'echo c', 'echo d', 'echo e']);
  });

  test('answers a task asked for now before queued tasks no worker holds yet', async () => {
    const p = open(1);
    const finished: string[] = [];
    const run = (input: string, later: boolean) =>
      p.run(input, { later }).result.then((output) => finished.push(output));
    const queued = ['l1', 'l2', 'l3', 'l4', 'l5'].map((input) => run(input, true));
    await Promise.all([...queued, run('now', false)]);
    // The worker holds three tasks at a time; the urgent one comes next, before the rest.
    expect(finished).toEqual(['echo l1', 'echo l2', 'echo l3', 'echo now', 'echo l4', 'echo l5']);
  });

  test('hurrying a task queued for later moves it ahead of the others', async () => {
    const p = open(1);
    const finished: string[] = [];
    const tasks = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'].map((input) => p.run(input, { later: true }));
    tasks.forEach((t) => t.result.then((output) => finished.push(output)));
    tasks[5]!.hurry();
    tasks[0]!.hurry(); // already held by the worker: nothing changes
    await Promise.all(tasks.map((t) => t.result));
    expect(finished).toEqual(['echo l1', 'echo l2', 'echo l3', 'echo l6', 'echo l4', 'echo l5']);
  });

  test('rejects a task whose handler throws with its message, and goes on serving', async () => {
    const p = open(1);
    await expect(p.run('throw').result).rejects.toThrow('asked to throw');
    await expect(p.run('after').result).resolves.toBe('echo after');
  });

  test('fails the tasks of a worker that exits, naming the worker and exit code, and replaces it', async () => {
    const p = open(1);
    await expect(p.run('exit').result).rejects.toThrow(
      /the worker thread running .*echo-worker\.ts stopped with exit code 3/,
    );
    await expect(p.run('again').result).resolves.toBe('echo again');
  });

  test('rejects tasks still waiting when closed, and refuses new ones', async () => {
    const p = open(1);
    const waiting = Promise.allSettled(['a', 'b', 'c', 'd', 'e'].map((input) => p.run(input).result));
    await p.close();
    await expect(waiting).resolves.toContainEqual({
      status: 'rejected',
      reason: new Error('The worker pool was closed'),
    });
    expect(() => p.run('late')).toThrow('The worker pool is closed');
  });
});
