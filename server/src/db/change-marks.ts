import type Database from 'better-sqlite3';

// What a write touched, for the KPI result cache (docs/kpi-cache.md). Triggers on every data table
// mark, in the same transaction as the write, the table and the first school year the written row
// can count in: the school year of the earliest date of the row before and after the write (and,
// for rows that only count through a parent, of the parent). Results of periods that end before
// that school year cannot change and stay cached. Any writer is seen: the import, a mutation, the
// CLI in another process, or an operator's sqlite3 shell.
//
// The triggers are generated from the table below into the migration `data_change_marks`; a test
// compares the database's triggers with this module, so they cannot drift apart.

/** `school_year` of a mark: a school year's start year ("2026" for 2026-2027), or one of these. */
export const ALL_YEARS = '*';
/** A new row no existing fact refers to (a new enterprise, establishment, mentor). */
export const NEW_ROW = 'new';

export type MarkRule =
  /** Earliest of these dates of the row (OLD and NEW); `@parent(...)` adds a parent's dates. */
  | { kind: 'dates'; columns: readonly string[]; parent?: { table: string; key: string; columns: readonly string[] } }
  /** The row holds a school year "YYYY-YYYY". */
  | { kind: 'schoolYear'; column: string }
  /** A dimension row (names, places, PC numbers): a new one counts nowhere yet, a change everywhere. */
  | { kind: 'dimension' }
  /** Reference data and links without dates: every change may count in every year. */
  | { kind: 'all' };

const RECOGNITION_DATES = ['submitted_on', 'decided_on', 'approved_on', 'valid_from', 'valid_to', 'ended_on'] as const;
const recognitionParent = (key: string) => ({ table: 'recognitions', key, columns: RECOGNITION_DATES });

/** Every table the KPIs, lists or labels read; users and the audit log are not data. */
export const CHANGE_MARK_RULES: Readonly<Record<string, MarkRule>> = {
  agreements: { kind: 'dates', columns: ['start_on', 'planned_end_on', 'actual_end_on'] },
  appeals: { kind: 'dates', columns: ['filed_on', 'decided_on'] },
  arrondissements: { kind: 'all' },
  enrolments: { kind: 'schoolYear', column: 'school_year' },
  enterprise_joint_committees: { kind: 'all' },
  enterprises: { kind: 'dimension' },
  establishments: { kind: 'dimension' },
  follow_up_actions: { kind: 'dates', columns: ['performed_on'] },
  joint_committee_assignments: { kind: 'dates', columns: ['valid_from', 'valid_to'] },
  joint_committees: { kind: 'all' },
  mentor_personal_data: { kind: 'dimension' },
  mentor_trainings: { kind: 'dates', columns: ['deadline', 'completed_on', 'follow_up_stopped_on'] },
  mentors: { kind: 'dimension' },
  municipalities: { kind: 'all' },
  partnerships: { kind: 'all' },
  provinces: { kind: 'all' },
  reason_codes: { kind: 'all' },
  recognition_mentors: { kind: 'dates', columns: ['added_on', 'removed_on'], parent: recognitionParent('recognition_id') },
  recognition_rejection_reasons: { kind: 'dates', columns: [], parent: recognitionParent('recognition_id') },
  recognition_status_events: { kind: 'dates', columns: ['occurred_on'], parent: recognitionParent('recognition_id') },
  recognitions: { kind: 'dates', columns: RECOGNITION_DATES },
  training_equivalences: { kind: 'all' },
  training_providers: { kind: 'all' },
  trainings: { kind: 'all' },
};

/** Tables written without marks: not read by any figure (the live watcher ignores their writes). */
// saved_views: a user's named addresses of the dashboard, read only by the saved-views menu.
export const UNMARKED_TABLES = ['audit_log', 'users', 'user_invitations', 'data_change_marks', 'saved_views'] as const;

/** `table|school_year` → version: what the change marks say now (compare two readings to see what changed). */
export type ChangeMarks = Map<string, number>;

/** Reads every mark (a few hundred rows at most). */
export function readChangeMarks(sqlite: Pick<Database.Database, 'prepare'>): ChangeMarks {
  const rows = sqlite.prepare('SELECT table_name, school_year, version FROM data_change_marks').all() as {
    table_name: string;
    school_year: string;
    version: number;
  }[];
  return new Map(rows.map((r) => [`${r.table_name}|${r.school_year}`, r.version]));
}

/** The marks (`[table, school year]`) whose version moved from `before` to `after`. */
export function movedMarks(before: ChangeMarks, after: ChangeMarks): [string, string][] {
  return [...after].filter(([key, version]) => before.get(key) !== version).map(([key]) => key.split('|') as [string, string]);
}

const NO_DATE = "'9999-12-31'";

/** The earliest of `dates` (SQL expressions), NO_DATE when none is set. */
function earliestOf(dates: readonly string[]): string {
  const parts = dates.map((d) => `COALESCE(${d}, ${NO_DATE})`);
  return parts.length === 1 ? parts[0]! : `MIN(${parts.join(', ')})`;
}

/** School year of the earliest of `dates` (SQL expressions), or ALL_YEARS when none is set. */
function yearOfEarliest(dates: string[]): string {
  if (dates.length === 0) return `'${ALL_YEARS}'`;
  const earliest = earliestOf(dates);
  return `(SELECT CASE WHEN m = ${NO_DATE} THEN '${ALL_YEARS}' WHEN substr(m, 6, 2) >= '09' THEN substr(m, 1, 4) ELSE printf('%04d', substr(m, 1, 4) - 1) END FROM (SELECT ${earliest} AS m))`;
}

function rowDates(rule: Extract<MarkRule, { kind: 'dates' }>, row: 'OLD' | 'NEW'): string[] {
  const own = rule.columns.map((c) => `${row}.${c}`);
  if (!rule.parent) return own;
  const { table, key, columns } = rule.parent;
  return [...own, `(SELECT ${earliestOf(columns)} FROM ${table} WHERE id = ${row}.${key})`];
}

function markExpression(rule: MarkRule, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  const rows: ('OLD' | 'NEW')[] = event === 'INSERT' ? ['NEW'] : event === 'DELETE' ? ['OLD'] : ['OLD', 'NEW'];
  switch (rule.kind) {
    case 'all':
      return `'${ALL_YEARS}'`;
    case 'dimension':
      return event === 'INSERT' ? `'${NEW_ROW}'` : `'${ALL_YEARS}'`;
    case 'schoolYear': {
      // '*' sorts before every digit: the earliest of the two years, or every year when one is unset.
      const years = rows.map((r) => `COALESCE(substr(${r}.${rule.column}, 1, 4), '${ALL_YEARS}')`);
      return years.length === 1 ? years[0]! : `MIN(${years.join(', ')})`;
    }
    case 'dates':
      return yearOfEarliest(rows.flatMap((r) => rowDates(rule, r)));
  }
}

/** The CREATE TRIGGER statements of one table (three: insert, update, delete). */
export function changeMarkTriggers(table: string, rule: MarkRule): string[] {
  return (['INSERT', 'UPDATE', 'DELETE'] as const).map(
    (event) =>
      `CREATE TRIGGER \`${table}_mark_${event.toLowerCase()}\` AFTER ${event} ON \`${table}\`\nBEGIN INSERT INTO data_change_marks (table_name, school_year, version) VALUES ('${table}', ${markExpression(rule, event)}, 1) ON CONFLICT (table_name, school_year) DO UPDATE SET version = version + 1; END`,
  );
}

/** The migration's SQL: the marks table and every trigger, separated by drizzle's breakpoints. */
export function changeMarksMigration(): string {
  const statements = [
    'CREATE TABLE `data_change_marks` (\n  `table_name` text NOT NULL,\n  `school_year` text NOT NULL,\n  `version` integer NOT NULL,\n  PRIMARY KEY (`table_name`, `school_year`)\n) WITHOUT ROWID',
    ...Object.entries(CHANGE_MARK_RULES).flatMap(([table, rule]) => changeMarkTriggers(table, rule)),
  ];
  return `-- Generated by server/src/db/change-marks.ts (npm run db:change-marks -- <migration.sql>): what every write touched, for the KPI result cache.\n${statements.map((s) => `${s};`).join('\n--> statement-breakpoint\n')}\n`;
}
