import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@duaal/server';
import { databaseDigest } from '@duaal/server/imports';
import { createTestDb } from '@duaal/server/testing';
import { loadDemoData } from '../demo.js';
import { loadReferenceData } from '../reference/index.js';
import { generateHistory } from './index.js';

// The same (seed, scale, end date) gives the same database; another seed or end date another one.
// The history ends on the end date: nothing happens after it, and the running school year holds
// what is going on that day (running agreements, mentors due, applications not yet decided).

const END_DATE = '2026-11-29';
const SCALE = 0.05;

interface Demo {
  db: Db;
  digest: string;
  summary: string;
}

async function demo(seed: number, today: string): Promise<Demo> {
  const db = createTestDb();
  loadReferenceData(db);
  const summary = await loadDemoData(db, { seed, scale: SCALE, today });
  return { db, digest: JSON.stringify(databaseDigest(db)), summary };
}

const opened: Demo[] = [];
let main: Demo;

beforeAll(async () => {
  main = await demo(7, END_DATE);
  opened.push(main);
}, 120_000);

afterAll(() => {
  for (const d of opened) d.db.sqlite.close();
});

const one = <T>(sql: string, ...params: unknown[]) => main.db.sqlite.prepare(sql).get(...params) as T;

describe('demo history generator', () => {
  it('is deterministic for (seed, scale, end date) and depends on the seed and on the end date', async () => {
    const again = await demo(7, END_DATE);
    const otherSeed = await demo(8, END_DATE);
    // Six weeks earlier: fewer events in the running year, other statuses.
    const otherEnd = await demo(7, '2026-10-15');
    opened.push(again, otherSeed, otherEnd);
    expect(main.summary).toMatch(/^demo data \(seed 7, scale 0.05, up to 2026-11-29\): \d+ applications/);
    expect(again.digest).toBe(main.digest);
    expect(otherSeed.digest).not.toBe(main.digest);
    expect(otherEnd.digest).not.toBe(main.digest);
  }, 240_000);

  it('writes no event after the end date', () => {
    const latest = one<{ d: string }>(
      `select max(d) as d from (select max(occurred_on) as d from recognition_status_events union all select max(submitted_on) from recognitions
       union all select max(start_on) from agreements union all select max(actual_end_on) from agreements
       union all select max(added_on) from recognition_mentors union all select max(removed_on) from recognition_mentors
       union all select max(performed_on) from follow_up_actions union all select max(filed_on) from appeals
       union all select max(decided_on) from appeals union all select max(completed_on) from mentor_trainings
       union all select max(follow_up_stopped_on) from mentor_trainings)`,
    );
    expect(latest.d <= END_DATE).toBe(true);
    // The running school year 2026-2027 is filled up to the end date: something happened in it.
    expect(latest.d >= '2026-11-01').toBe(true);
  });

  it('has agreements running and mentors due in the running school year 2026-2027', () => {
    // DOMAIN.md §4: running on the end date = not cancelled, started, not yet ended.
    const running = one<{ n: number }>(
      `select count(*) as n from agreements where status = 'RUNNING' and start_on <= ? and coalesce(actual_end_on, planned_end_on) >= ?`,
      END_DATE,
      END_DATE,
    );
    const startedThisYear = one<{ n: number }>(`select count(*) as n from agreements where start_on >= '2026-09-01'`);
    expect(running.n).toBeGreaterThan(0);
    expect(startedThisYear.n).toBeGreaterThan(0);
    // Status on the end date: a RUNNING agreement has not passed its planned end, a finished one has.
    const inconsistent = one<{ n: number }>(
      `select count(*) as n from agreements where (status = 'RUNNING' and planned_end_on < ?) or (status in ('COMPLETED', 'ARCHIVED') and planned_end_on > ?)`,
      END_DATE,
      END_DATE,
    );
    expect(inconsistent.n).toBe(0);

    // Mentors due in 2026-2027: deadlines still ahead are PENDING (or already completed), deadlines
    // passed without the training are NOT_COMPLETED; nobody is PENDING past the deadline.
    const due = (where: string) =>
      one<{ n: number }>(`select count(*) as n from mentor_trainings where deadline between '2026-09-01' and '2027-08-31' and ${where}`, END_DATE).n;
    expect(due(`status = 'PENDING' and deadline >= ?`)).toBeGreaterThan(0);
    expect(due(`status = 'NOT_COMPLETED' and deadline < ?`)).toBeGreaterThan(0);
    expect(one<{ n: number }>(`select count(*) as n from mentor_trainings where status = 'PENDING' and deadline < ?`, END_DATE).n).toBe(0);
    expect(one<{ n: number }>(`select count(*) as n from mentor_trainings where status = 'NOT_COMPLETED' and deadline >= ?`, END_DATE).n).toBe(0);
  });

  it('leaves recent applications undecided, within the 14 and 60 days of DOMAIN.md §3', () => {
    const undecided = main.db.sqlite
      .prepare(`select status, count(*) as n, min(submitted_on) as first from recognitions where status in ('SUBMITTED', 'IN_REVIEW', 'ON_HOLD', 'INCOMPLETE') group by status`)
      .all() as { status: string; n: number; first: string }[];
    const of = (status: string) => undecided.find((u) => u.status === status);
    // 14 days up to and including 29 November start on 16 November; 60 days on 1 October.
    for (const status of ['SUBMITTED', 'IN_REVIEW', 'ON_HOLD']) {
      expect(of(status)?.n ?? 0, status).toBeGreaterThan(0);
      expect(of(status)!.first >= '2026-11-16', status).toBe(true);
    }
    expect(of('INCOMPLETE')?.n ?? 0).toBeGreaterThan(0);
    expect(of('INCOMPLETE')!.first >= '2026-10-01').toBe(true);
  });

  it('has recognitions expiring in the coming months, some of them with a renewal filed', () => {
    // Approved and not yet expired on the end date, validity ending within six months.
    const expiring = main.db.sqlite
      .prepare(
        `select r.id, exists (select 1 from recognitions n where n.previous_recognition_id = r.id and n.kind = 'RENEWAL') as renewed
         from recognitions r where r.status = 'APPROVED' and r.valid_to between ? and date(?, '+6 months')`,
      )
      .all(END_DATE, END_DATE) as { id: number; renewed: number }[];
    expect(expiring.filter((r) => r.renewed).length).toBeGreaterThan(0);
    expect(expiring.filter((r) => !r.renewed).length).toBeGreaterThan(0);
  });

  it('does nothing on a database that already holds recognitions', async () => {
    const before = databaseDigest(main.db);
    expect(await loadDemoData(main.db, { seed: 9, scale: SCALE, today: END_DATE })).toMatch(/skipped/);
    expect(databaseDigest(main.db)).toEqual(before);
  });

  it('refuses an end date before the end of the report year 2022-2023, naming the field', () => {
    const db = createTestDb();
    loadReferenceData(db);
    expect(() => generateHistory(db, { seed: 7, scale: SCALE, endDate: '2023-06-30' })).toThrow(/endDate 2023-06-30 lies before 2023-09-01/);
    expect(() => generateHistory(db, { seed: 7, scale: SCALE, endDate: '2026-02-30' })).toThrow(/endDate "2026-02-30" is not a date/);
    db.sqlite.close();
  });
});
