import { createPubSub } from 'graphql-yoga';
import { systemClock, type Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';

// Open dashboards learn here that the data changed (docs/live-updates.md). Writers publish after
// their commit: the import in this process (importBundle), and the watcher (data-watcher.ts) for
// commits of other processes. Bursts are merged, so one import gives one event.

export const DATA_CHANGE_SOURCES = ['IMPORT', 'FOLLOW_UP', 'OTHER_PROCESS'] as const;
export type DataChangeSource = (typeof DATA_CHANGE_SOURCES)[number];

export interface DataChange {
  /** ISO instant of the change (the hub's clock, when the burst is sent). */
  at: string;
  source: DataChangeSource;
  /** The tables (or import files) that changed, sorted; empty when unknown. */
  tables: string[];
}

/** The announcement waits at most this long for the figures of open dashboards to be computed. */
export const WARM_MS = 1_500;
/** Writes closer together than this make one event … */
export const DEBOUNCE_MS = 100;
/** … but a long burst still sends one event at least this often. */
export const MAX_DELAY_MS = 1_000;

interface Pending {
  tables: Set<string>;
  first: number;
  timer: ReturnType<typeof setTimeout>;
}

class DataChangeHub {
  readonly pubsub = createPubSub<{ dataChanged: [DataChange] }>();
  clock: Clock = systemClock;
  /** Runs after a change and before it is announced (the KPI warmer); bounded by WARM_MS. */
  beforePublish?: () => Promise<unknown>;
  private readonly pending = new Map<DataChangeSource, Pending>();

  publish(source: DataChangeSource, tables: Iterable<string>): void {
    const now = this.clock.now().getTime();
    const pending = this.pending.get(source);
    if (pending) {
      clearTimeout(pending.timer);
      for (const t of tables) pending.tables.add(t);
      pending.timer = this.schedule(source, Math.min(DEBOUNCE_MS, Math.max(0, pending.first + MAX_DELAY_MS - now)));
    } else {
      this.pending.set(source, { tables: new Set(tables), first: now, timer: this.schedule(source, DEBOUNCE_MS) });
    }
  }

  private schedule(source: DataChangeSource, delay: number): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => void this.flush(source), delay);
    // A pending event never keeps a CLI or a test process alive.
    timer.unref?.();
    return timer;
  }

  private async flush(source: DataChangeSource): Promise<void> {
    const pending = this.pending.get(source);
    if (!pending) return;
    this.pending.delete(source);
    if (this.beforePublish) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, WARM_MS)));
      await Promise.race([this.beforePublish().catch((error) => console.error('warming after a data change:', error)), late]);
      clearTimeout(timer);
    }
    this.pubsub.publish('dataChanged', { at: this.clock.now().toISOString(), source, tables: [...pending.tables].sort() });
  }
}

// One hub per database connection: every app (yoga instance) on that connection shares it, and
// tests on different databases never see each other's events.
const hubs = new WeakMap<object, DataChangeHub>();

function hubOf(db: Db): DataChangeHub {
  let hub = hubs.get(db.sqlite);
  if (!hub) {
    hub = new DataChangeHub();
    hubs.set(db.sqlite, hub);
  }
  return hub;
}

/** The clock that stamps the events of this database (the server's clock; default: the system clock). */
export function setDataChangeClock(db: Db, clock: Clock): void {
  hubOf(db).clock = clock;
}

/** Computes the figures open dashboards show before a change is announced (http-server.ts). */
export function setDataChangeWarmer(db: Db, warm: (() => Promise<unknown>) | undefined): void {
  hubOf(db).beforePublish = warm;
}

/**
 * Announces a committed data change to the open dashboards. Call it after the transaction, never
 * inside it (a rolled-back write must not refresh anything).
 */
export function publishDataChange(db: Db, change: { source: DataChangeSource; tables?: Iterable<string> }): void {
  hubOf(db).publish(change.source, change.tables ?? []);
}

/** The events of this database from now on; ends when the subscriber returns (disconnects). */
export function subscribeToDataChanges(db: Db): AsyncIterable<DataChange> {
  return hubOf(db).pubsub.subscribe('dataChanged');
}
