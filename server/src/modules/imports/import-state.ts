import type Database from 'better-sqlite3';
import type { Level } from '@duaal/shared';
import { LinkSetSync, TableSync, type SqlRow } from './table-sync.js';

// What the database already holds, read once per import (each table on first use): the reference
// lists the rows point at, and the stored rows the import compares itself with.

const key = (...columns: string[]) => (row: SqlRow) => columns.map((c) => row[c]).join('|');

const TABLES = {
  trainingProviders: { table: 'training_providers', columns: ['code', 'name', 'type', 'municipality_nis_code'], keyOf: key('code') },
  enterprises: {
    table: 'enterprises',
    columns: ['kbo_number', 'name', 'legal_form', 'size_class', 'declared_partnership_id', 'closed_on'],
    keyOf: key('kbo_number'),
  },
  establishments: {
    table: 'establishments',
    columns: ['establishment_number', 'enterprise_id', 'name', 'municipality_nis_code', 'closed_on'],
    keyOf: key('establishment_number'),
  },
  recognitions: {
    table: 'recognitions',
    columns: [
      'application_id', 'establishment_id', 'training_id', 'kind', 'previous_recognition_id', 'joint_committee_code',
      'handling_partnership_id', 'submitter_name', 'mandate_type', 'submitted_on', 'status', 'decided_on', 'approved_on',
      'automatic_approval', 'valid_from', 'valid_to', 'ended_on', 'adult_training_id',
    ],
    keyOf: key('application_id'),
  },
  statusEvents: {
    table: 'recognition_status_events',
    columns: ['recognition_id', 'status', 'occurred_on'],
    keyOf: key('recognition_id', 'status', 'occurred_on'),
  },
  mentors: { table: 'mentors', columns: ['mentor_key'], keyOf: key('mentor_key') },
  mentorPersonalData: {
    table: 'mentor_personal_data',
    columns: ['mentor_id', 'first_name', 'last_name', 'national_number', 'birth_date'],
    keyOf: key('mentor_id'),
    idColumn: 'mentor_id',
  },
  recognitionMentors: {
    table: 'recognition_mentors',
    columns: ['recognition_id', 'mentor_id', 'added_on', 'removed_on', 'removal_reason'],
    keyOf: key('recognition_id', 'mentor_id'),
  },
  mentorTrainings: {
    table: 'mentor_trainings',
    columns: ['mentor_id', 'partnership_id', 'recognition_id', 'status', 'deadline', 'completed_on', 'follow_up_stopped_on', 'location'],
    keyOf: key('mentor_id', 'partnership_id'),
  },
  agreements: {
    table: 'agreements',
    columns: [
      'agreement_number', 'type', 'learner_pseudonym', 'establishment_id', 'training_id', 'provider_id', 'recognition_id',
      'start_on', 'planned_end_on', 'actual_end_on', 'status', 'termination_reason',
    ],
    keyOf: key('agreement_number'),
  },
  enrolments: {
    table: 'enrolments',
    columns: ['training_id', 'provider_id', 'school_year', 'learners'],
    keyOf: key('training_id', 'provider_id', 'school_year'),
  },
  followUpActions: {
    table: 'follow_up_actions',
    columns: ['action_key', 'partnership_id', 'establishment_id', 'recognition_id', 'type', 'performed_on'],
    keyOf: key('action_key'),
  },
  appeals: {
    table: 'appeals',
    columns: [
      'appeal_key', 'type', 'recognition_id', 'agreement_id', 'handling_partnership_id', 'filed_on', 'status', 'outcome',
      'decided_on',
    ],
    keyOf: key('appeal_key'),
  },
} as const;

export type SyncedTable = keyof typeof TABLES;

export interface TrainingRef {
  id: number;
  level: Level;
}

export class ImportState {
  private readonly syncs = new Map<SyncedTable, TableSync>();
  private links?: { jointCommittees: LinkSetSync; rejectionReasons: LinkSetSync };
  private reference?: {
    partnerships: Map<string, number>;
    trainings: Map<string, TrainingRef>;
    trainingCodes: Map<number, string>;
    jointCommittees: Set<string>;
    municipalities: Set<string>;
  };

  constructor(readonly sqlite: Database.Database) {}

  table(name: SyncedTable): TableSync {
    let sync = this.syncs.get(name);
    if (!sync) this.syncs.set(name, (sync = new TableSync(this.sqlite, TABLES[name])));
    return sync;
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
  byId(name: SyncedTable): Map<number, SqlRow & { id: number }> {
    return new Map([...this.table(name).rows.values()].map((row) => [row.id, row]));
  }
}
