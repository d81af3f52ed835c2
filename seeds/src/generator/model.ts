import type { ApplicationKind, MandateType, RejectionReason, System } from '@duaal/shared';

// The in-memory history the generator builds before it writes the import bundle.

/** The school year every 2022-2023 table of the annual report describes. */
export const REPORT_YEAR = '2022-2023';

export type Outcome = 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'PENDING';

/** One application and, once approved, the recognition. */
export interface Rec {
  idx: number;
  kind: ApplicationKind;
  /** RENEWAL: the recognition renewed; DUPLICATE: the original. */
  previous: Rec | null;
  chain: Chain;
  submittedOn: string;
  outcome: Outcome;
  /** Date of APPROVED / REJECTED / CANCELLED. */
  decidedOn: string | null;
  automatic: boolean;
  /** The application went through "dossier onvolledig" first. */
  incompleteOn: string | null;
  /** Undecided on the end date: taken in review, then put on hold. */
  reviewOn: string | null;
  onHoldOn: string | null;
  validFrom: string | null;
  validTo: string | null;
  end: { kind: 'REVOKED' | 'STOPPED'; on: string } | null;
  expiredOn: string | null;
  /** Cohorts with a published expiry count: true for the members that must expire. */
  mustExpire: boolean;
  /** Renewed or duplicated: no longer picked for a revocation or stop. */
  protected: boolean;
  renewedBy: Rec | null;
  mandateType: MandateType;
  rejectionReasons: RejectionReason[];
  adultTraining: string | null;
}

/** The recognitions of one (establishment, training) in time: an application and its renewals. */
export interface Chain {
  idx: number;
  recs: Rec[];
  system: System;
  unit: Unit;
  training: string | null;
}

/** Chains that must share an establishment: recognitions revoked or stopped together, a duplicate and its original. */
export interface Unit {
  idx: number;
  chains: Chain[];
  /** Revocation cluster: school year and date. */
  revokedIn: string | null;
  partnership: string | null;
  establishment: Establishment | null;
}

export interface Enterprise {
  idx: number;
  kboNumber: string;
  name: string;
  legalForm: 'PRIVATE' | 'NON_PROFIT' | 'LOCAL_GOVERNMENT_FLANDERS' | 'LOCAL_GOVERNMENT_BRUSSELS' | 'PUBLIC_BODY';
  sizeClass: 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE' | 'UNKNOWN';
  jointCommittees: string[];
  /** Partnerships this enterprise is followed up by (from its PC numbers or legal form). */
  partnerships: string[];
  declaredPartnership: string | null;
  establishments: Establishment[];
  closedOn: string | null;
  prospect: boolean;
}

export interface Establishment {
  idx: number;
  number: string;
  enterprise: Enterprise;
  name: string;
  municipality: string;
  province: string;
  /** Units hosted, per partnership of the units. */
  units: Unit[];
  partnerships: Set<string>;
  /** Holds a recognition valid in 2022-2023. */
  reportYear: boolean;
  closedOn: string | null;
}
