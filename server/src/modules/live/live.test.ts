import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReferenceData } from '@duaal/seeds';
import { createClock } from '../../clock.js';
import { openDatabase, type Db } from '../../db/client.js';
import { startHttpServer, type RunningServer } from '../../http-server.js';
import { TEST_SECRET } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { appendAuditLog } from '../auth/audit.js';
import { ensureDemoUsers } from '../auth/demo-users.js';
import { signToken } from '../auth/tokens.js';
import { importFolder } from '../imports/index.js';
import { publishDataChange, subscribeToDataChanges, type DataChange } from './data-changes.js';
import { POLL_MS } from './data-watcher.js';

// Issue "Live", part 5: an open dashboard is told when the data changed. Through the real
// listener (port 0) and real Server-Sent Events, as the dashboard subscribes.

const EXAMPLE = fileURLToPath(new URL('../../../../examples/import', import.meta.url));
const SUBSCRIPTION = 'subscription { dataChanged { at source tables } }';
// A fixed instant, so `at` is the server clock's and not the test machine's.
const NOW = new Date('2026-11-29T13:32:00.000Z');
// Files of examples/import: each has rows, so each is reported as changed by an in-process import.
const EXAMPLE_FILES = [
  'agreements',
  'appeals',
  'enrolments',
  'enterprises',
  'establishments',
  'follow_up_actions',
  'mentor_trainings',
  'mentors',
  'recognition_mentors',
  'recognition_status_events',
  'recognitions',
  'training_providers',
];

interface Stream {
  status: number;
  /** Every SSE `next` payload received so far. */
  events: { data?: { dataChanged: DataChange }; errors?: { message: string; extensions?: { code?: string } }[] }[];
  /** Resolves when at least `n` events arrived; rejects after `ms`. */
  waitFor(n: number, ms?: number): Promise<void>;
  close(): void;
}

/** Opens the subscription as the dashboard does: POST /graphql, Accept: text/event-stream. */
async function subscribe(url: string, token?: string): Promise<Stream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: SUBSCRIPTION }),
    signal: abort.signal,
  });
  const events: Stream['events'] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
          if (lines.some((l) => l === 'event: next') && data) {
            events.push(JSON.parse(data));
            waiters.splice(0).forEach((w) => w());
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    status: response.status,
    events,
    async waitFor(n, ms = 3_000) {
      const deadline = Date.now() + ms;
      while (events.length < n) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${n} event(s), got ${JSON.stringify(events)}`);
        await new Promise<void>((done) => {
          waiters.push(done);
          setTimeout(done, left);
        });
      }
    },
    close: () => abort.abort(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: Db;
let running: RunningServer;
let token: string;
let streams: Stream[];

beforeEach(async () => {
  db = createTestDb();
  loadReferenceData(db);
  await ensureDemoUsers(db);
  const userId = (db.sqlite.prepare("select id from users where email = 'beleid@duaal.test'").get() as { id: number }).id;
  token = await signToken(userId, TEST_SECRET, new Date());
  running = await startHttpServer({ db, port: 0, host: '127.0.0.1', authSecret: TEST_SECRET, suppressionThreshold: 5, clock: createClock('2026-11-29', () => NOW) });
  streams = [];
});

afterEach(async () => {
  streams.forEach((s) => s.close());
  await running.stop();
});

/** A subscriber signed in as the policymaker, or anonymous (null). */
async function open(as: 'signed-in' | 'anonymous' = 'signed-in'): Promise<Stream> {
  const stream = await subscribe(running.url, as === 'signed-in' ? token : undefined);
  streams.push(stream);
  // Let the server register the subscriber before the test writes.
  await sleep(50);
  return stream;
}

describe('subscription dataChanged', () => {
  it('sends one event after an import in the server process, naming the files that changed', async () => {
    const stream = await open();
    expect(stream.status).toBe(200);
    const result = importFolder(db, EXAMPLE);
    expect(result.ok).toBe(true);
    await stream.waitFor(1);
    // One import is one event, even though it writes 12 files; wait past the debounce for a second.
    await sleep(500);
    expect(stream.events).toEqual([{ data: { dataChanged: { at: NOW.toISOString(), source: 'IMPORT', tables: EXAMPLE_FILES } } }]);
  });

  it('sends nothing when an import changes nothing (the same folder again)', async () => {
    importFolder(db, EXAMPLE);
    await sleep(400); // the first import's event is sent before anyone listens
    const stream = await open();
    expect(importFolder(db, EXAMPLE)).toMatchObject({ ok: true });
    await sleep(500);
    expect(stream.events).toEqual([]);
  });

  it('sends one event when another connection to the database file commits data (the CLI import)', async () => {
    const stream = await open();
    const other = openDatabase(db.sqlite.name);
    try {
      expect(importFolder(other, EXAMPLE).ok).toBe(true);
    } finally {
      other.sqlite.close();
    }
    // Poll (250 ms) + debounce (100 ms) after the commit; allow slack for a busy machine.
    await stream.waitFor(1, 3_000);
    await sleep(POLL_MS * 2);
    expect(stream.events).toHaveLength(1);
    const change = stream.events[0]!.data!.dataChanged;
    expect(change.source).toBe('OTHER_PROCESS');
    expect(change.at).toBe(NOW.toISOString());
    // The watcher names tables (not files): among them the ones the example fills …
    expect(change.tables).toEqual(expect.arrayContaining(['recognitions', 'recognition_status_events', 'agreements', 'mentor_personal_data']));
    // … and never the audit log or the users, which are not dashboard data.
    expect(change.tables).not.toContain('audit_log');
    expect(change.tables).not.toContain('users');
  });

  it('sends nothing for writes to the audit log only (logins, here and in another process)', async () => {
    const stream = await open();
    // A login through the API: it writes one audit row on the server's connection.
    const login = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "bouw@duaal.test", password: "duaal-demo") { token } }' }),
    });
    expect(((await login.json()) as { data?: { login: { token: string } } }).data?.login.token).toBeTruthy();
    // `npm run token` in another process: one audit row committed by another connection.
    const other = openDatabase(db.sqlite.name);
    appendAuditLog(other, { userId: null, action: 'token_issued', entity: 'users', detail: 'cli' }, NOW);
    // Three polls see the new data_version; none may publish.
    await sleep(POLL_MS * 3);
    expect(stream.events).toEqual([]);
    // The stream is alive: the next real change is its first event.
    importFolder(other, EXAMPLE);
    other.sqlite.close();
    await stream.waitFor(1);
    expect(stream.events.map((e) => e.data?.dataChanged.source)).toEqual(['OTHER_PROCESS']);
  });

  it('refuses an anonymous subscriber', async () => {
    const stream = await open('anonymous');
    expect(stream.status).toBe(401);
    await stream.waitFor(1);
    expect(stream.events[0]).toMatchObject({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(stream.events[0]!.data ?? null).toBeNull();
    // It gets nothing afterwards either.
    importFolder(db, EXAMPLE);
    await sleep(500);
    expect(stream.events).toHaveLength(1);
  });
});

describe('publishDataChange', () => {
  it('merges a burst of writes into one event with the union of the tables', async () => {
    const iterator = subscribeToDataChanges(db)[Symbol.asyncIterator]();
    const first = iterator.next();
    publishDataChange(db, { source: 'IMPORT', tables: ['recognitions'] });
    publishDataChange(db, { source: 'IMPORT', tables: ['agreements', 'recognitions'] });
    const event = await first;
    expect(event.value).toMatchObject({ source: 'IMPORT', tables: ['agreements', 'recognitions'] });
    // Nothing else is queued: the next event is one published after the burst.
    const second = iterator.next();
    publishDataChange(db, { source: 'IMPORT', tables: ['mentors'] });
    expect((await second).value).toMatchObject({ tables: ['mentors'] });
    await iterator.return?.();
  });
});
