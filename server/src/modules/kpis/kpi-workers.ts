import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KPIS_BY_ID } from './catalog.js';
import type { KpiResult } from './engine/types.js';
import { QueryTimeoutError, type KpiBudget, type KpiJob, type KpiJobReply, type KpiWorkerData } from './kpi-jobs.js';
import { KpiInputError } from './kpis.service.js';

/*
 * KPI evaluation off the main thread (Hardening, item 3). better-sqlite3 is synchronous and SQLite
 * cannot be interrupted from JavaScript, so a long KPI statement on the server's connection held
 * every other request. Here each KPI is computed by one of a few worker threads on a read-only
 * connection to the same file (WAL), while the main thread keeps answering. Every request has a
 * time budget: when it runs out, the request's waiting jobs are refused and a worker still
 * computing one of them is terminated (the only way to stop a running statement) and replaced;
 * the request gets QueryTimeoutError (GraphQL code QUERY_TIMEOUT). The oldest few requests take
 * turns (round robin), so a request of 100 KPI fields does not queue the next user's single field
 * behind it, and under overload the oldest requests still finish.
 */

export { QueryTimeoutError, type KpiBudget, type KpiJob, type KpiJobReply, type KpiWorkerData } from './kpi-jobs.js';

export interface KpiWorkerPoolOptions {
  /** The SQLite file (not ':memory:'). */
  file: string;
  /** Worker threads (default 2; the server starts 1 on this 2-core machine, see env.ts). */
  size?: number;
  /** Worker entry module (tests give one of their own). */
  workerUrl?: URL;
  warmToday?: string;
}

interface Pending {
  job: KpiJob;
  budget: KpiBudget;
  timer: NodeJS.Timeout;
  resolve: (result: KpiResult) => void;
  reject: (error: Error) => void;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  running?: Pending;
  ready: Promise<void>;
  started: boolean;
}

/** Requests served in turns at a time (the others wait, oldest first). */
const ACTIVE_REQUESTS = 4;
/** How many recent jobs warm() computes at most, and how far back they may have been asked for. */
const RECENT_JOBS = 300;
const RECENT_MS = 15 * 60_000;

// Workers load the TypeScript sources through tsx's ESM hooks, as the main process does.
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');

export class KpiWorkerPool {
  private readonly slots: Slot[] = [];
  /** Waiting jobs per request, in turn order. */
  private readonly queues = new Map<KpiBudget, Pending[]>();
  private nextId = 1;
  private turn = 0;
  private closed = false;
  /** The KPI jobs open dashboards asked for lately, most recent last (for warm()). */
  private readonly recent = new Map<string, { job: Omit<KpiJob, 'id'>; at: number }>();
  private broken?: Error;

  constructor(private readonly options: KpiWorkerPoolOptions) {
    for (let i = 0; i < (options.size ?? 2); i++) this.slots.push(this.spawn(true));
  }

  /** Resolves when every worker has opened its connection (and warmed its cache). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready));
  }

  /** Jobs being computed right now. */
  get running(): number {
    return this.slots.filter((slot) => slot.running).length;
  }

  compute(verb: KpiJob['verb'], job: Omit<KpiJob, 'id' | 'verb'>, budget: KpiBudget): Promise<KpiResult> {
    this.remember({ ...job, verb });
    return this.run(verb, job, budget);
  }

  private remember(job: Omit<KpiJob, 'id'>): void {
    const key = JSON.stringify(job);
    this.recent.delete(key);
    this.recent.set(key, { job, at: performance.now() });
    if (this.recent.size > RECENT_JOBS) this.recent.delete(this.recent.keys().next().value as string);
  }

  /**
   * Computes again, most recent first, the KPI jobs asked for in the last RECENT_MS: after a data
   * change their results were dropped from the workers' caches (only those the change touched), so
   * the dashboards that show them find them ready when they hear of the change. Stops at `budgetMs`.
   */
  async warm(budgetMs: number): Promise<number> {
    const since = performance.now() - RECENT_MS;
    const jobs = [...this.recent.values()].filter((r) => r.at >= since).reverse();
    const budget: KpiBudget = { deadline: performance.now() + budgetMs, budgetMs };
    const done = await Promise.allSettled(jobs.map(({ job }) => this.run(job.verb, job, budget)));
    return done.filter((d) => d.status === 'fulfilled').length;
  }

  private run(verb: KpiJob['verb'], job: Omit<KpiJob, 'id' | 'verb'>, budget: KpiBudget): Promise<KpiResult> {
    if (this.closed) return Promise.reject(new Error('KPI worker pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        job: { ...job, id: this.nextId++, verb },
        budget,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(pending), Math.max(0, budget.deadline - performance.now())),
      };
      const queue = this.queues.get(budget) ?? [];
      if (queue.length === 0) this.queues.set(budget, queue);
      queue.push(pending);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const queue of this.queues.values()) for (const p of queue) this.settle(p, new Error('KPI worker pool is closed'));
    this.queues.clear();
    for (const slot of this.slots) if (slot.running) this.settle(slot.running, new Error('KPI worker pool is closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(first: boolean): Slot {
    const entry = (this.options.workerUrl ?? new URL('./kpi-worker.ts', import.meta.url)).href;
    const data: KpiWorkerData = { file: this.options.file, warmToday: first ? this.options.warmToday : undefined };
    const worker = new Worker(`import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, {
      eval: true,
      workerData: data,
    });
    let done = () => {};
    const slot: Slot = { worker, ready: new Promise<void>((resolve) => (done = resolve)), started: false };
    worker.on('message', (reply: KpiJobReply) => {
      if (!('ready' in reply)) return this.onReply(worker, reply);
      slot.started = true;
      done();
    });
    worker.on('error', (error) => this.onExit(worker, error));
    worker.on('exit', (code) => {
      done();
      this.onExit(worker, new Error(`KPI worker stopped (exit code ${code})`));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.running) continue;
      const pending = this.takeNext();
      if (!pending) return;
      slot.running = pending;
      pending.slot = slot;
      slot.worker.postMessage(pending.job);
    }
  }

  /**
   * The next job: requests take turns (round robin), but only the ACTIVE_REQUESTS oldest of them
   * (earliest deadline), so that under overload the oldest requests finish instead of every
   * request progressing a little and all of them running out of budget.
   */
  private takeNext(): Pending | undefined {
    const active = [...this.queues.keys()].sort((a, b) => a.deadline - b.deadline).slice(0, ACTIVE_REQUESTS);
    if (active.length === 0) return undefined;
    const budget = active[this.turn++ % active.length] as KpiBudget;
    const queue = this.queues.get(budget) as Pending[];
    const pending = queue.shift();
    if (queue.length === 0) this.queues.delete(budget);
    return pending;
  }

  private onReply(worker: Worker, reply: Exclude<KpiJobReply, { ready: true }>): void {
    const slot = this.slots.find((s) => s.worker === worker);
    const pending = slot?.running;
    if (!slot || !pending || pending.job.id !== reply.id) return;
    slot.running = undefined;
    if (reply.ok) {
      const kpi = KPIS_BY_ID.get(reply.kpiId as never);
      if (kpi) this.settle(pending, undefined, { ...reply.result, kpi });
      else this.settle(pending, new Error(`KPI worker answered an unknown KPI ${reply.kpiId}`));
    } else {
      this.settle(pending, reply.argument !== undefined ? new KpiInputError(reply.argument, reply.message) : new Error(reply.message));
    }
    this.dispatch();
  }

  /** The budget ran out: refuse the job if it waits, stop its worker if it runs. */
  private expire(pending: Pending): void {
    const queue = this.queues.get(pending.budget);
    const at = queue?.indexOf(pending) ?? -1;
    if (queue && at >= 0) {
      queue.splice(at, 1);
      if (queue.length === 0) this.queues.delete(pending.budget);
    }
    const slot = pending.slot;
    this.settle(pending, new QueryTimeoutError(pending.budget.budgetMs));
    if (slot?.running === pending) this.replace(slot);
  }

  private replace(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    slot.running = undefined;
    this.slots[at] = this.spawn(false);
    void slot.worker.terminate();
    this.dispatch();
  }

  /**
   * A worker that dies on its own (crash, out of memory) fails its job and is replaced. One that
   * dies before it was ready (cannot load or open the file) is not: its slot is given up, and
   * without any slot left every job fails with that error instead of waiting for its budget.
   */
  private onExit(worker: Worker, error: Error): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot || this.closed) return;
    if (slot.running) this.settle(slot.running, error);
    if (slot.started) return this.replace(slot);
    console.error('a KPI worker could not start:', error);
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (this.slots.length > 0) return;
    this.broken = error;
    for (const queue of this.queues.values()) for (const p of queue) this.settle(p, error);
    this.queues.clear();
  }

  private settle(pending: Pending, error?: Error, result?: KpiResult): void {
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(result as KpiResult);
  }
}
