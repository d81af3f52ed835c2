import { beforeEach, describe, expect, it } from 'vitest';
import { createFactories } from '../testing/factories.js';
import { createTestDb } from '../testing/test-db.js';
import { CHANGE_MARK_RULES, changeMarkTriggers, UNMARKED_TABLES } from './change-marks.js';
import type { Db } from './client.js';

let db: Db;
let f: ReturnType<typeof createFactories>;
beforeEach(() => {
  db = createTestDb();
  f = createFactories(db);
});

const marks = () =>
  Object.fromEntries(
    (db.sqlite.prepare('select table_name, school_year, version from data_change_marks').all() as { table_name: string; school_year: string; version: number }[]).map(
      (r) => [`${r.table_name}|${r.school_year}`, r.version],
    ),
  );
/** The marks a write adds: `table|year` → how many rows it marked. */
function marksOf(write: () => void): Record<string, number> {
  const before = marks();
  write();
  const after = marks();
  return Object.fromEntries(Object.entries(after).filter(([k, v]) => v !== before[k]).map(([k, v]) => [k, v - (before[k] ?? 0)]));
}

describe('change marks', () => {
  it('has a rule for every table of the database but users, the audit log and the marks themselves', () => {
    const tables = db.sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
      .pluck()
      .all() as string[];
    // A new table without a rule fails here: the cache would not see its changes.
    expect(tables.filter((t) => !(t in CHANGE_MARK_RULES) && !(UNMARKED_TABLES as readonly string[]).includes(t))).toEqual([]);
  });

  it('are the triggers of the migration, statement for statement', () => {
    const stored = db.sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and name like '%_mark_%'").all() as { name: string; sql: string }[];
    const expected = Object.entries(CHANGE_MARK_RULES).flatMap(([table, rule]) => changeMarkTriggers(table, rule));
    expect(stored.map((t) => t.sql).sort()).toEqual(expected.sort());
  });

  it('mark the school year of the earliest date of a dated row, 31 August in the year before', () => {
    const p = f.partnership({ code: 'BOUW', jointCommittees: ['124'] });
    const es = f.establishment({ enterpriseId: f.enterprise({ jointCommittees: ['124'] }), province: 'ANTWERPEN' });
    const training = f.training();
    const recognition = (submittedOn: string) => f.recognition({ establishmentId: es, trainingId: training, handlingPartnershipId: p, jointCommitteeCode: '124', submittedOn });
    // The recognition and its SUBMITTED event (the event takes the recognition's dates too).
    expect(marksOf(() => recognition('2019-08-31'))).toEqual({ 'recognitions|2018': 1, 'recognition_status_events|2018': 1 });
    const r = recognition('2019-09-01');
    // A decision in 2026 on an application of 2019: the row before the write still counts in 2019-2020.
    expect(marksOf(() => db.sqlite.prepare("update recognitions set status = 'APPROVED', decided_on = '2026-10-01' where id = ?").run(r))).toEqual({ 'recognitions|2019': 1 });
    // Unchanged when nothing was written.
    expect(marksOf(() => db.sqlite.prepare('update recognitions set status = status where id = -1').run())).toEqual({});
  });

  it('mark a new dimension row as new, a changed or deleted one as every year', () => {
    const e = marksOf(() => f.enterprise({ name: 'Nieuw BV' }));
    expect(e).toEqual({ 'enterprises|new': 1 });
    expect(marksOf(() => db.sqlite.prepare("update enterprises set name = 'Ander BV'").run())).toEqual({ 'enterprises|*': 1 });
    expect(marksOf(() => f.mentor())).toEqual({ 'mentors|new': 1 });
  });

  it('mark enrolments by their school year, follow-up actions by their date', () => {
    const training = f.training();
    const provider = f.provider({ province: 'LIMBURG' });
    expect(marksOf(() => f.enrolment({ trainingId: training, providerId: provider, schoolYear: '2024-2025', learners: 3 }))).toEqual({ 'enrolments|2024': 1 });
    expect(marksOf(() => db.sqlite.prepare("update enrolments set school_year = '2022-2023'").run())).toEqual({ 'enrolments|2022': 1 });
    const p = f.partnership({ code: 'HORECA', jointCommittees: ['302'] });
    const es = f.establishment({ enterpriseId: f.enterprise({ jointCommittees: ['302'] }), province: 'LIMBURG' });
    expect(marksOf(() => f.followUpAction({ partnershipId: p, establishmentId: es, type: 'SITE_VISIT', performedOn: '2025-09-01' }))).toEqual({ 'follow_up_actions|2025': 1 });
  });
});
