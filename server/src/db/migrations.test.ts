import { describe, expect, it } from 'vitest';
import { createTestDb } from '../testing/test-db.js';

describe('migrations', () => {
  it('create every table on an empty database, with foreign keys and WAL on', () => {
    const db = createTestDb();
    const tables = db.sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(
      [
        'agreements', 'appeals', 'arrondissements', 'audit_log', 'data_change_marks', 'enrolments', 'enterprise_joint_committees',
        'enterprises', 'establishments', 'follow_up_actions', 'joint_committee_assignments', 'joint_committees',
        'mentor_personal_data', 'mentor_trainings', 'mentors', 'municipalities', 'partnerships', 'provinces', 'reason_codes',
        'recognition_mentors', 'recognition_rejection_reasons', 'recognition_status_events', 'recognitions', 'saved_views',
        'training_equivalences', 'training_providers', 'trainings', 'user_invitations', 'users',
      ],
    );
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('keep the audit log append-only', () => {
    const db = createTestDb();
    db.sqlite.prepare("insert into audit_log (at, action, entity) values ('2026-01-01T00:00:00Z', 'import', 'recognitions')").run();
    expect(() => db.sqlite.prepare("update audit_log set action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
  });
});
