import type Database from 'better-sqlite3';
import { getTableName, type InferInsertModel, type Table } from 'drizzle-orm';
import type { Level } from '@duaal/shared';
import * as t from '../../db/schema/index.js';
import { LinkSetSync, TableSync, type SqlRow } from './table-sync.js';

// What the database already holds, read once per import (each table on first use): the reference
// lists the rows point at, and the stored rows the import compares itself with.

/** `nameNl` → `name_nl`: the SQL name a snakeCase table gives a column (import-state.test.ts checks every table). */
export type SqlName<K extends string> = K extends `${infer H}${infer Rest}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${SqlName<Rest>}` : K;

type SqlValueOf<V> = V extends boolean ? 0 | 1 : V extends Date ? never : V;

/** A row of the Drizzle table as the import reads and writes it: SQL column names, booleans as 0/1. */
export type SqlRowOf<T extends Table> = {
  [K in keyof InferInsertModel<T> & string as SqlName<K>]-?: SqlValueOf<Exclude<InferInsertModel<T>[K], undefined>>;
};

/**
 * A table the import keeps in step with the export: the columns it writes and its natural key,
 * named after the Drizzle table's columns, so a renamed or retyped column fails the typecheck here
 * and in write-bundle.ts.
 */
export function synced<T extends Table, const C extends keyof SqlRowOf<T> & string>(table: T, columns: readonly C[], naturalKey: readonly C[], idColumn?: C) {
  return {
    table: getTableName(table),
    columns,
    keyOf: (row: SqlRow) => naturalKey.map((c) => row[c]).join('|'),
    idColumn,
    /** Type only: the row written. */
    row: undefined as unknown as Pick<SqlRowOf<T>, C>,
  };
}

export const SYNCED_TABLES = {
  trainingProviders: synced(t.trainingProviders, ['code', 'name', 'type', 'municipality_nis_code'], ['code']),
  enterprises: synced(t.enterprises, ['kbo_number', 'name', 'legal_form', 'size_class', 'declared_partnership_id', 'closed_on'], ['kbo_number']),
  establishments: synced(t.establishments, ['establishment_number', 'enterprise_id', 'name', 'municipality_nis_code', 'closed_on'], ['establishment_number']),
  recognitions: synced(
    t.recognitions,
    [
      'application_id', 'establishment_id', 'training_id', 'kind', 'previous_recognition_id', 'joint_committee_code',
      'handling_partnership_id', 'submitter_name', 'mandate_type', 'submitted_on', 'status', 'decided_on', 'approved_on',
      'automatic_approval', 'valid_from', 'valid_to', 'ended_on', 'adult_training_id',
    ],
    ['application_id'],
  ),
  statusEvents: synced(t.recognitionStatusEvents, ['recognition_id', 'status', 'occurred_on'], ['recognition_id', 'status', 'occurred_on']),
  mentors: synced(t.mentors, ['mentor_key'], ['mentor_key']),
  mentorPersonalData: synced(t.mentorPersonalData, ['mentor_id', 'first_name', 'last_name', 'national_number', 'birth_date'], ['mentor_id'], 'mentor_id'),
  recognitionMentors: synced(t.recognitionMentors, ['recognition_id', 'mentor_id', 'added_on', 'removed_on', 'removal_reason'], ['recognition_id', 'mentor_id']),
  mentorTrainings: synced(
    t.mentorTrainings,
    ['mentor_id', 'partnership_id', 'recognition_id', 'status', 'deadline', 'completed_on', 'follow_up_stopped_on', 'location'],
    ['mentor_id', 'partnership_id'],
  ),
  agreements: synced(
    t.agreements,
    [
      'agreement_number', 'type', 'learner_pseudonym', 'establishment_id', 'training_id', 'provider_id', 'recognition_id',
      'start_on', 'planned_end_on', 'actual_end_on', 'status', 'termination_reason',
    ],
    ['agreement_number'],
  ),
  enrolments: synced(t.enrolments, ['training_id', 'provider_id', 'school_year', 'learners'], ['training_id', 'provider_id', 'school_year']),
  followUpActions: synced(t.followUpActions, ['action_key', 'partnership_id', 'establishment_id', 'recognition_id', 'type', 'performed_on'], ['action_key']),
  appeals: synced(
    t.appeals,
    ['appeal_key', 'type', 'recognition_id', 'agreement_id', 'handling_partnership_id', 'filed_on', 'status', 'outcome', 'decided_on'],
    ['appeal_key'],
  ),
} as const;

export type SyncedTable = keyof typeof SYNCED_TABLES;
export type SyncedRow<N extends SyncedTable> = (typeof SYNCED_TABLES)[N]['row'];

export interface TrainingRef {
  id: number;
  level: Level;
}

export class ImportState {
  private readonly syncs = new Map<SyncedTable, TableSync<SqlRow>>();
  private links?: { jointCommittees: LinkSetSync; rejectionReasons: LinkSetSync };
  private reference?: {
    partnerships: Map<string, number>;
    trainings: Map<string, TrainingRef>;
    trainingCodes: Map<number, string>;
    jointCommittees: Set<string>;
    municipalities: Set<string>;
  };

  constructor(readonly sqlite: Database.Database) {}

  table<N extends SyncedTable>(name: N): TableSync<SyncedRow<N>> {
    let sync = this.syncs.get(name);
    if (!sync) this.syncs.set(name, (sync = new TableSync(this.sqlite, SYNCED_TABLES[name])));
    // Made from SYNCED_TABLES[name], whose row type is SyncedRow<N>.
    return sync as unknown as TableSync<SyncedRow<N>>;
  }

  get linkSets() {
    this.links ??= {
      jointCommittees: new LinkSetSync(this.sqlite, {
        table: 'enterprise_joint_committees',
        ownerColumn: 'enterprise_id',
        valueColumn: 'joint_committee_code',
      }),
      rejectionReasons: new LinkSetSync(this.sqlite, {
        table: 'recognition_rejection_reasons',
        ownerColumn: 'recognition_id',
        valueColumn: 'reason',
      }),
    };
    return this.links;
  }

  get ref() {
    if (!this.reference) {
      const all = <T>(sql: string) => this.sqlite.prepare(sql).all() as T[];
      const trainings = all<{ id: number; code: string; level: Level }>('select id, code, level from trainings');
      this.reference = {
        partnerships: new Map(all<{ id: number; code: string }>('select id, code from partnerships').map((p) => [p.code, p.id])),
        trainings: new Map(trainings.map((t) => [t.code, { id: t.id, level: t.level }])),
        trainingCodes: new Map(trainings.map((t) => [t.id, t.code])),
        jointCommittees: new Set(all<{ code: string }>('select code from joint_committees').map((j) => j.code)),
        municipalities: new Set(all<{ nis_code: string }>('select nis_code from municipalities').map((m) => m.nis_code)),
      };
    }
    return this.reference;
  }

  /** Stored rows by id, for tables whose rows are found by id (recognition → its establishment). */
  byId<N extends SyncedTable>(name: N): Map<number, SyncedRow<N> & { id: number }> {
    return new Map([...this.table(name).rows.values()].map((row) => [row.id, row]));
  }
}
