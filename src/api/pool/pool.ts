/**
 * API requests answered by worker processes, each with its own read-only connection to the
 * store's SQLite file (WAL lets readers run beside the writer). better-sqlite3 is synchronous:
 * on the main thread one slow query (full text over most documents, a claimant tally that
 * pairs every launch with its interception) held every other request behind it. Here the main
 * thread only parses HTTP, answers from the cache and routes; a slow query occupies one worker.
 *
 * Each request has a time limit from the moment it is queued; past it the request is answered
 * 503 (problem+json, Retry-After) and the worker running it is killed and replaced. Processes,
 * not worker threads: better-sqlite3 cannot interrupt a query, and a worker thread inside
 * SQLite ignores terminate() until the query returns (process.exit() waits for it too), so a
 * runaway query would have held a thread, and the server's shutdown, for as long as it ran.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PoolRequest, PoolResponse, ToWorker, FromWorker, WorkerData } from './protocol.js';

export type { PoolRequest, PoolResponse } from './protocol.js';

export interface PoolOptions {
  /** The SQLite file the workers open read-only. */
  dbPath: string;
  /** Worker processes (at least 1). */
  size: number;
  /** A request not answered this long after it was queued is refused with 503. */
  timeLimitMs: number;
  dashboardDir?: string;
  /** The module each worker runs (default ./worker.ts); tests give one with extra routes. */
  module?: URL;
}

/** Why the pool did not answer: the limit passed, or the pool is closing. */
export class PoolRefusal extends Error {
  constructor(readonly reason: 'time limit' | 'closed' | 'worker failed', message: string) {
    super(message);
  }
}

/**
 * Which queue a request waits in. Slow ones (full text, tallies, incidents) never take the
 * last free worker: however many arrive, a list or the summary finds a worker within one
 * fast request's time, not behind a queue of slow ones.
 */
export type Lane = 'fast' | 'slow';

interface Task {
  id: number;
  lane: Lane;
  request: PoolRequest;
  resolve: (r: PoolResponse) => void;
  reject: (e: PoolRefusal) => void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot { worker: ChildProcess; ready: boolean; task?: Task }

const ENTRY = new URL('./entry.mjs', import.meta.url);
const WORKER = new URL('./worker.ts', import.meta.url);

export class RequestPool {
  private readonly slots = new Set<Slot>();
  private readonly queues: Record<Lane, Task[]> = { fast: [], slow: [] };
  private nextId = 1;
  private closed = false;
  /** Workers replaced after a time limit or a crash, and requests answered (for tests and logs). */
  replaced = 0;
  answered = 0;
  /** Workers that stopped before they were ready, in a row: past a few, none are started again. */
  private failedStarts = 0;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < Math.max(1, opts.size); i++) this.spawn();
  }

  /** Resolves once every worker has opened the store (a broken path fails here, not per request). */
  async ready(): Promise<void> {
    await Promise.all([...this.slots].map((s) => this.whenReady(s)));
  }

  private whenReady(s: Slot): Promise<void> {
    if (s.ready) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onMessage = (m: FromWorker) => { if (m.type === 'ready') { off(); resolve(); } };
      const onExit = (code: number | null) => { off(); reject(new Error(`a worker stopped while opening the store (exit ${code})`)); };
      const onError = (err: Error) => { off(); reject(err); };
      const off = () => { s.worker.off('message', onMessage); s.worker.off('exit', onExit); s.worker.off('error', onError); };
      s.worker.on('message', onMessage).on('exit', onExit).on('error', onError);
    });
  }

  private spawn(): void {
    const data: WorkerData = { module: (this.opts.module ?? WORKER).href, dbPath: this.opts.dbPath, dashboardDir: this.opts.dashboardDir };
    // No inherited node flags (a profiler's, a test runner's): the entry registers TypeScript itself.
    const worker = fork(fileURLToPath(ENTRY), [JSON.stringify(data)], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') { slot.ready = true; this.failedStarts = 0; this.drain(); return; }
      const task = slot.task;
      if (!task || task.id !== m.id) return;
      slot.task = undefined;
      clearTimeout(task.timer);
      this.answered++;
      task.resolve(m.response);
      this.drain();
    });
    worker.on('error', (err) => { console.error(`Sitrep: an API worker failed: ${err.message}`); });
    // A worker must not keep the server's process alive (it is stopped by close()).
    worker.unref();
    worker.channel?.unref();
    worker.on('exit', () => {
      if (!this.slots.delete(slot)) return;
      // An unexpected exit (a crash, not terminate() from here): its request fails, a new worker takes its place.
      const task = slot.task;
      if (task) { clearTimeout(task.timer); task.reject(new PoolRefusal('worker failed', 'the worker answering this request stopped')); }
      if (!slot.ready && ++this.failedStarts >= 3) {
        console.error('Sitrep: API workers cannot open the store; answering on the main thread');
        return;
      }
      if (!this.closed) { this.replaced++; this.spawn(); }
    });
  }

  /** Answers `request` on a worker, or rejects with a PoolRefusal. */
  run(request: PoolRequest, lane: Lane = 'fast'): Promise<PoolResponse> {
    if (this.closed) return Promise.reject(new PoolRefusal('closed', 'the server is stopping'));
    return new Promise((resolve, reject) => {
      const task: Task = { id: this.nextId++, lane, request, resolve, reject, timer: undefined as unknown as NodeJS.Timeout };
      task.timer = setTimeout(() => this.expire(task), this.opts.timeLimitMs);
      this.queues[lane].push(task);
      this.drain();
    });
  }

  private expire(task: Task): void {
    const queue = this.queues[task.lane];
    const queued = queue.indexOf(task);
    if (queued >= 0) queue.splice(queued, 1);
    const slot = task.slot;
    if (slot && slot.task === task) {
      // The query cannot be stopped inside SQLite; the process running it can.
      this.slots.delete(slot);
      slot.worker.kill('SIGKILL');
      this.replaced++;
      if (!this.closed) this.spawn();
    }
    task.reject(new PoolRefusal('time limit', `the query ran past the server's limit of ${this.opts.timeLimitMs} ms`));
  }

  /** The next task for a free worker: fast first; slow only while another worker stays free for fast ones. */
  private next(): Task | undefined {
    if (this.queues.fast.length) return this.queues.fast.shift();
    let ready = 0;
    let slow = 0;
    for (const s of this.slots) {
      if (s.ready) ready++;
      if (s.task?.lane === 'slow') slow++;
    }
    return slow < Math.max(1, ready - 1) ? this.queues.slow.shift() : undefined;
  }

  private drain(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.next();
      if (!task) return;
      task.slot = slot;
      slot.task = task;
      slot.worker.send({ type: 'request', id: task.id, request: task.request } satisfies ToWorker);
    }
  }

  /** Refuses what is queued, stops every worker and waits for them to exit. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const task of [...this.queues.fast.splice(0), ...this.queues.slow.splice(0)]) {
      clearTimeout(task.timer);
      task.reject(new PoolRefusal('closed', 'the server is stopping'));
    }
    const slots = [...this.slots];
    this.slots.clear();
    for (const s of slots) {
      if (s.task) { clearTimeout(s.task.timer); s.task.reject(new PoolRefusal('closed', 'the server is stopping')); }
    }
    await Promise.all(slots.map((s) => stop(s.worker)));
  }

  /** True once a worker can take requests; until then (and if none can start) the caller answers itself. */
  get available(): boolean {
    for (const s of this.slots) if (s.ready) return true;
    return false;
  }

  /** Live worker processes (tests check that close leaves none). */
  get size(): number {
    return this.slots.size;
  }

  get pids(): number[] {
    return [...this.slots].map((s) => s.worker.pid).filter((p): p is number => p !== undefined);
  }
}

/** Kills a worker (SIGKILL: one inside a long query answers nothing else) and waits for its exit. */
function stop(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once('exit', () => resolve());
    worker.kill('SIGKILL');
  });
}
