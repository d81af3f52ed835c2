import type { Level, Province, SizeClass, System } from '@duaal/shared';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import type { ProspectReasonCode } from './prospect-weights.js';

// The radar's prospect list as data: the filter it is asked for and the rows and reasons it gives.

export interface ProspectRankingFilter {
  trainingCode: string;
  /** The reference day is the school year's last day when that lies before today. */
  schoolYear?: string | null;
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
  /** Partnership code: enterprises with a PC number assigned to it. */
  partnership?: string | null;
  jointCommittees?: readonly string[] | null;
  systems?: readonly System[] | null;
  levels?: readonly Level[] | null;
}

export const PROSPECT_SORTS = ['SCORE', 'NAME', 'MUNICIPALITY'] as const;
export type ProspectSort = (typeof PROSPECT_SORTS)[number];

export interface ProspectReason {
  kind: ProspectReasonCode;
  points: number;
  /** AGREEMENTS: agreements started; PROVIDER_*: learners enrolled. */
  count: number | null;
  /** AGREEMENTS: school year of the latest start; *_EARLIER: school year of the last valid day. */
  schoolYear: string | null;
  /** RELATED_*: the related training(s), by name. */
  trainingNames: string[];
  /** PROVIDER_*: the municipality or province; SIZE: the size class. */
  place: string | null;
  sizeClass: SizeClass | null;
  /** COVERING_PARTNERSHIP, JOINT_COMMITTEE: the PC numbers and their partnership. */
  jointCommitteeCodes: string[];
  partnershipName: string | null;
}

export interface ProspectRow {
  enterpriseId: number;
  name: string;
  kboNumber: string;
  sizeClass: SizeClass;
  jointCommitteeCodes: string[];
  /** Municipalities of its open establishments in the region, alphabetical. */
  municipalities: string[];
  score: number;
  reasons: ProspectReason[];
}

export interface ProspectPage {
  totalCount: number;
  offset: number;
  rows: ProspectRow[];
  trainingName: string;
  referenceDay: string;
}

export interface ProspectContext {
  db: Db;
  actor: Actor;
  today: string;
}
