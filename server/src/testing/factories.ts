import type { Db } from '../db/client.js';
import { placeFactories } from './place-factories.js';
import { recordFactories } from './record-factories.js';


/*
 * Factories for tests: each inserts one record with sensible defaults and returns its id. Unique
 * keys come from one process-wide counter.
 * Recognitions are written with their status events and the derived columns computed from those
 * events by the import's own derivation (modules/imports/recognition-derivation.ts).
 *
 *   const f = createFactories(db);
 *   const bouw = f.partnership({ code: 'BOUW', jointCommittees: ['124'] });
 *   const r = f.recognition({ establishmentId, trainingId, handlingPartnershipId: bouw,
 *     jointCommitteeCode: '124', submittedOn: '2022-10-01', approvedOn: '2022-10-10' });
 */

export type { JointCommitteeSpec } from './place-factories.js';
export type { RecognitionSpec } from './record-factories.js';

export function createFactories(db: Db) {
  return { ...placeFactories(db), ...recordFactories(db) };
}

export type Factories = ReturnType<typeof createFactories>;
