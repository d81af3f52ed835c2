import type { Db } from '@duaal/server';

export interface ReferenceSummary {
  partnerships: number;
  jointCommittees: number;
  trainings: number;
  municipalities: number;
}

/** Loads every reference list into the database; running it twice changes nothing. */
export function loadReferenceData(_db: Db): ReferenceSummary {
  throw new Error('not yet written (issue 2)');
}
