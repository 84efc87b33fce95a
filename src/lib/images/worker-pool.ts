import { parentPort, Worker } from 'node:worker_threads';

/** A task handed to the pool: its result, and a way to move it ahead of tasks queued to run later. */
export interface PoolTask<Out> {
  result: Promise<Out>;
  /** Moves a task queued with `later` to the front of the queue; no effect once a worker has it. */
  hurry(): void;
}

export interface WorkerPool<In, Out> {
  /** Queues `input` for the next free worker; with `later`, behind every task queued without it. */
  run(input: In, options?: { later?: boolean }): PoolTask<Out>;
  /** Stops every worker; tasks still queued or running are rejected. */
  close(): Promise<void>;
}

interface Queued<In, Out> {
  id: number;
  input: In;
  resolve(output: Out): void;
  reject(error: Error): void;
}

type Reply<Out> = { id: number; output: Out } | { id: number; error: string };

interface Slot<In, Out> {
  worker: Worker;
  /** Tasks posted to the worker, oldest first; it answers them in order. */
  posted: Queued<In, Out>[];
}

/**
 * How many tasks a worker holds at once. More than one, so a worker goes on drawing while the
 * main thread is busy (rendering a page) and cannot hand it the next task; few, so a task hurried
 * to the front of the queue does not wait long behind them.
 */
const backlog = 3;

/**
 * A pool of at most `size` worker threads running the module at `url` (which answers with
 * `answerTasks`). Workers start only when there is work and are unref'd while idle, so an idle
 * pool never keeps the process alive; a worker that dies fails its tasks and is replaced.
 */
export function createWorkerPool<In, Out>(url: URL, size: number): WorkerPool<In, Out> {
  const now: Queued<In, Out>[] = [];
  const later: Queued<In, Out>[] = [];
  const slots: Slot<In, Out>[] = [];
  let nextId = 0;
  let closed = false;
  const waiting = () => now.length + later.length;

  function topUp(slot: Slot<In, Out>): void {
    while (slot.posted.length < backlog && waiting() > 0) {
      const task = (now.shift() ?? later.shift())!;
      slot.posted.push(task);
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
    if (slot.posted.length > 0) slot.worker.ref();
    else slot.worker.unref();
  }

  function spawn(): void {
    const slot: Slot<In, Out> = { worker: new Worker(url), posted: [] };
    slots.push(slot);
    slot.worker.on('message', (reply: Reply<Out>) => {
      const task = slot.posted.shift();
      if (!task || task.id !== reply.id) return;
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.output);
      topUp(slot);
    });
    const fail = (error: Error) => {
      if (!slots.includes(slot)) return;
      slots.splice(slots.indexOf(slot), 1);
      slot.posted.splice(0).forEach((task) => task.reject(error));
      if (!closed) fill();
    };
    const where = `the worker thread running ${url.pathname}`;
    slot.worker.on('error', (error: Error) => fail(new Error(`${where} failed: ${error.message}`, { cause: error })));
    slot.worker.on('exit', (code) => fail(new Error(`${where} stopped with exit code ${code}`)));
  }

  /** Starts workers up to the pool's size while tasks wait, then hands tasks to the workers. */
  function fill(): void {
    while (slots.length < size && waiting() > backlog * slots.length) spawn();
    for (const slot of slots) topUp(slot);
  }

  return {
    run(input, options = {}) {
      if (closed) throw new Error('The worker pool is closed');
      let queued!: Queued<In, Out>;
      const result = new Promise<Out>((resolve, reject) => {
        queued = { id: nextId++, input, resolve, reject };
      });
      (options.later ? later : now).push(queued);
      fill();
      return {
        result,
        hurry() {
          const at = later.indexOf(queued);
          if (at >= 0) now.push(...later.splice(at, 1));
        },
      };
    },
    async close() {
      closed = true;
      const stopping = slots.splice(0);
      const error = new Error('The worker pool was closed');
      [...now.splice(0), ...later.splice(0), ...stopping.flatMap((s) => s.posted)].forEach((t) => t.reject(error));
      await Promise.all(stopping.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * The worker's side of the pool: answers each task with `handle`'s result, or with the error's
 * message when it throws, and keeps serving. One task per turn of the event loop: native memory
 * (a canvas's pixels) is released by finalizers that run between turns, and a port delivers all
 * queued messages in one turn, so answering them there holds every canvas drawn meanwhile.
 */
export function answerTasks<In, Out>(handle: (input: In) => Out): void {
  const port = parentPort;
  if (!port) throw new Error('answerTasks runs only in a worker thread');
  const queue: { id: number; input: In }[] = [];
  const answerNext = () => {
    const { id, input } = queue.shift()!;
    let reply: Reply<Out>;
    try {
      reply = { id, output: handle(input) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    if (queue.length > 0) setImmediate(answerNext);
  };
  port.on('message', (task: { id: number; input: In }) => {
    if (queue.push(task) === 1) setImmediate(answerNext);
  });
}
