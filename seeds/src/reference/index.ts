import type { Db } from '@duaal/server';
import { loadGeography } from './geography.js';
import { loadJointCommittees, loadPartnerships } from './partnerships.js';
import { loadReasonCodes } from './reason-codes.js';
import { loadTrainings } from './trainings.js';

export interface ReferenceSummary {
  partnerships: number;
  jointCommittees: number;
  trainings: number;
  municipalities: number;
  provinces: number;
  arrondissements: number;
  equivalences: number;
  /** Rows of the duplicates table whose training names are not in the catalogue. */
  skippedEquivalences: number;
  reasonCodes: number;
}

/** Loads every reference list into the database; running it twice changes nothing. */
export function loadReferenceData(db: Db): ReferenceSummary {
  return db.transaction(() => {
    const geography = loadGeography(db);
    const partnershipIds = loadPartnerships(db);
    const jointCommittees = loadJointCommittees(db, partnershipIds);
    const trainings = loadTrainings(db);
    const reasonCodes = loadReasonCodes(db);
    return {
      partnerships: partnershipIds.size,
      jointCommittees,
      trainings: trainings.trainings,
      municipalities: geography.municipalities,
      provinces: geography.provinces,
      arrondissements: geography.arrondissements,
      equivalences: trainings.equivalences,
      skippedEquivalences: trainings.skippedEquivalences,
      reasonCodes,
    };
  });
}

export { partnershipCodeOf } from './partnership-names.js';
export { slugify } from './names.js';
export { provinceOfNisCode } from './geography.js';
