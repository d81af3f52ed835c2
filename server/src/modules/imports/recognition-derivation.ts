import { RECOGNITION_STATUSES, validityEnd, type ApplicationKind, type RecognitionStatus } from '@duaal/shared';

// The recognition row keeps the dates KPI queries need (DOMAIN.md §3, §4), derived from its
// status events so that the history stays the single truth.

export interface StatusEvent {
  status: RecognitionStatus;
  occurredOn: string;
}

export interface DerivedRecognition {
  status: RecognitionStatus;
  decidedOn: string | null;
  approvedOn: string | null;
  endedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
}

const lifeCycleRank = new Map(RECOGNITION_STATUSES.map((s, i) => [s, i]));

/** Chronological; events of one day in life-cycle order (submitted before approved before revoked). */
export function compareEvents(a: StatusEvent, b: StatusEvent): number {
  return a.occurredOn.localeCompare(b.occurredOn) || (lifeCycleRank.get(a.status) ?? 0) - (lifeCycleRank.get(b.status) ?? 0);
}

function firstOn(events: StatusEvent[], statuses: RecognitionStatus[]): string | null {
  return events.find((e) => statuses.includes(e.status))?.occurredOn ?? null;
}

/**
 * Status = latest event (SUBMITTED while there is none); decidedOn = first APPROVED or REJECTED;
 * endedOn = first REVOKED or STOPPED. Validity from the file; when empty and approved, it starts on
 * approval and lasts five years, except that a duplicate ends with its original.
 */
export function deriveRecognition(input: {
  kind: ApplicationKind;
  validFrom: string | null;
  validTo: string | null;
  events: StatusEvent[];
  /** validTo of the recognition a DUPLICATE was created from. */
  originalValidTo?: string | null;
}): DerivedRecognition {
  const events = [...input.events].sort(compareEvents);
  const approvedOn = firstOn(events, ['APPROVED']);
  const validFrom = input.validFrom ?? approvedOn;
  let validTo = input.validTo;
  if (validTo === null && validFrom !== null && (approvedOn !== null || input.validFrom !== null)) {
    validTo = input.kind === 'DUPLICATE' && input.originalValidTo ? input.originalValidTo : validityEnd(validFrom);
  }
  return {
    status: events.at(-1)?.status ?? 'SUBMITTED',
    decidedOn: firstOn(events, ['APPROVED', 'REJECTED']),
    approvedOn,
    endedOn: firstOn(events, ['REVOKED', 'STOPPED']),
    validFrom,
    validTo,
  };
}

/** DOMAIN.md §4: approved, validity start ≤ d ≤ validity end, and not revoked or stopped on or before d. */
export function isApprovedAndValidOn(r: DerivedRecognition, day: string): boolean {
  if (r.approvedOn === null || r.validFrom === null || r.validTo === null) return false;
  return r.validFrom <= day && day <= r.validTo && !(r.endedOn !== null && r.endedOn <= day);
}
