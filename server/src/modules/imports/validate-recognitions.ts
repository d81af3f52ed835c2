import { deriveRecognition, type DerivedRecognition, type StatusEvent } from './recognition-derivation.js';
import type { SyncedRow } from './import-state.js';
import type { Parsed, ValidationContext } from './validation-context.js';

/** What the agreements and mentors need to know of any recognition, whether in the bundle or stored. */
export interface RecognitionFacts {
  applicationId: string;
  establishmentNumber: string;
  trainingCode: string;
  adultTrainingCode: string | null;
  submittedOn: string;
  derived: DerivedRecognition;
}

export interface PlannedRecognition extends Parsed<'recognitions'> {
  derived: DerivedRecognition;
}

const eventKey = (e: StatusEvent) => `${e.status}|${e.occurredOn}`;

/** Recognitions and their status events; derives the recognition dates from the merged history. */
export function validateRecognitions(ctx: ValidationContext) {
  const { ref } = ctx.state;
  const stored = ctx.state.table('recognitions');
  const storedById = ctx.state.byId('recognitions');
  const establishmentsById = ctx.state.byId('establishments');

  const recognitions = ctx.requireUnique('recognitions', ctx.parse('recognitions'), (r) => r.application_id, 'application_id');
  const inBundle = new Map(recognitions.map((r) => [r.row.application_id, r]));

  const storedFacts = (row: SyncedRow<'recognitions'>) => ({
    establishmentNumber: String(establishmentsById.get(row.establishment_id)?.establishment_number ?? ''),
    trainingCode: ref.trainingCodes.get(row.training_id) ?? '',
    adultTrainingCode: row.adult_training_id === null ? null : (ref.trainingCodes.get(row.adult_training_id) ?? null),
    submittedOn: row.submitted_on,
    kind: row.kind,
  });
  const basicFacts = (applicationId: string) => {
    const planned = inBundle.get(applicationId);
    if (planned) {
      const { row } = planned;
      return {
        establishmentNumber: row.establishment_number,
        trainingCode: row.training_code,
        adultTrainingCode: row.adult_training_code,
        submittedOn: row.submitted_on,
        kind: row.kind,
      };
    }
    const row = stored.get(applicationId);
    return row ? storedFacts(row) : undefined;
  };

  for (const { line, row } of recognitions) {
    if (!ctx.exists('establishments', 'establishment_number', 'establishments', row.establishment_number)) {
      ctx.error('recognitions', line, 'establishment_number', `no establishment ${row.establishment_number} in establishments.csv or the database`);
    }
    if (!ref.trainings.has(row.training_code)) ctx.error('recognitions', line, 'training_code', `unknown training code "${row.training_code}"`);
    if (row.adult_training_code !== null) {
      const adult = ref.trainings.get(row.adult_training_code);
      if (!adult) ctx.error('recognitions', line, 'adult_training_code', `unknown training code "${row.adult_training_code}"`);
      else if (adult.level !== 'ADULT') ctx.error('recognitions', line, 'adult_training_code', `"${row.adult_training_code}" is not an adult-education training`);
    }
    if (row.joint_committee !== null && !ref.jointCommittees.has(row.joint_committee)) {
      ctx.error('recognitions', line, 'joint_committee', `unknown PC number "${row.joint_committee}"`);
    }
    if (!ref.partnerships.has(row.handling_partnership)) {
      ctx.error('recognitions', line, 'handling_partnership', `unknown partnership code "${row.handling_partnership}"`);
    }
    ctx.requireOrder('recognitions', line, 'valid_to', row.valid_from, row.valid_to, `valid_to ${row.valid_to} lies before valid_from ${row.valid_from}`);
    checkPrevious(ctx, line, row, basicFacts);
  }

  // Status events, checked against their recognition and gathered per application.
  const statusEvents = ctx.requireUnique(
    'recognition_status_events',
    ctx.parse('recognition_status_events'),
    (r) => `${r.application_id}|${r.status}|${r.occurred_on}`,
    'application_id',
  );
  const bundleEvents = new Map<string, StatusEvent[]>();
  for (const { line, row } of statusEvents) {
    const facts = basicFacts(row.application_id);
    if (!facts) {
      if (!ctx.exists('recognitions', 'application_id', 'recognitions', row.application_id)) {
        ctx.error('recognition_status_events', line, 'application_id', `no recognition "${row.application_id}" in recognitions.csv or the database`);
      }
      continue;
    }
    ctx.requireOrder(
      'recognition_status_events',
      line,
      'occurred_on',
      facts.submittedOn,
      row.occurred_on,
      `${row.status} on ${row.occurred_on} lies before the submission on ${facts.submittedOn}`,
    );
    let events = bundleEvents.get(row.application_id);
    if (!events) bundleEvents.set(row.application_id, (events = []));
    events.push({ status: row.status, occurredOn: row.occurred_on });
  }

  // Stored events are only needed for recognitions this bundle touches.
  const storedEvents = new Map<number, StatusEvent[]>();
  if (recognitions.length > 0 || bundleEvents.size > 0) {
    for (const e of ctx.state.table('statusEvents').rows.values()) {
      const id = e.recognition_id;
      let events = storedEvents.get(id);
      if (!events) storedEvents.set(id, (events = []));
      events.push({ status: e.status, occurredOn: e.occurred_on });
    }
  }
  const historyOf = (applicationId: string): StatusEvent[] => {
    const storedId = stored.get(applicationId)?.id;
    const merged = new Map<string, StatusEvent>();
    for (const e of storedId === undefined ? [] : (storedEvents.get(storedId) ?? [])) merged.set(eventKey(e), e);
    for (const e of bundleEvents.get(applicationId) ?? []) merged.set(eventKey(e), e);
    return [...merged.values()];
  };

  // Derivation follows previous_application_id so a duplicate can end with its original; the
  // same walk yields the write order (a recognition after the one it renews or duplicates).
  const derived = new Map<string, DerivedRecognition | null>();
  const visiting = new Set<string>();
  const ordered: PlannedRecognition[] = [];
  const derive = (applicationId: string): DerivedRecognition | null => {
    if (derived.has(applicationId)) return derived.get(applicationId) ?? null;
    const planned = inBundle.get(applicationId);
    const storedRow = stored.get(applicationId);
    if (visiting.has(applicationId)) {
      if (planned) ctx.error('recognitions', planned.line, 'previous_application_id', `previous applications form a loop through "${applicationId}"`);
      return null;
    }
    visiting.add(applicationId);
    let result: DerivedRecognition | null = null;
    if (planned) {
      const { row } = planned;
      const original = row.kind === 'DUPLICATE' && row.previous_application_id ? derive(row.previous_application_id) : null;
      result = deriveRecognition({
        kind: row.kind,
        validFrom: row.valid_from,
        validTo: row.valid_to,
        events: historyOf(applicationId),
        originalValidTo: original?.validTo ?? null,
      });
      ordered.push({ ...planned, derived: result });
    } else if (storedRow) {
      // A stored recognition keeps its stored validity; new events may still move its status and dates.
      result = bundleEvents.has(applicationId)
        ? deriveRecognition({
            kind: storedRow.kind,
            validFrom: storedRow.valid_from,
            validTo: storedRow.valid_to,
            events: historyOf(applicationId),
          })
        : storedDerived(storedRow);
    }
    visiting.delete(applicationId);
    derived.set(applicationId, result);
    return result;
  };
  for (const applicationId of inBundle.keys()) derive(applicationId);
  const rederived = [...bundleEvents.keys()]
    .filter((id) => !inBundle.has(id) && stored.get(id))
    .map((applicationId) => ({ applicationId, derived: derive(applicationId) as DerivedRecognition }));

  for (const { line, row } of ordered) {
    if (row.rejection_reasons.length > 0 && !historyOf(row.application_id).some((e) => e.status === 'REJECTED')) {
      ctx.error('recognitions', line, 'rejection_reasons', 'rejection reasons on an application without a REJECTED event');
    }
  }

  /** Every recognition, stored or in the bundle, with its dates as they will be after the import. */
  const allFacts = (): RecognitionFacts[] => {
    const facts: RecognitionFacts[] = [];
    for (const { row, derived: d } of ordered) {
      facts.push({
        applicationId: row.application_id,
        establishmentNumber: row.establishment_number,
        trainingCode: row.training_code,
        adultTrainingCode: row.adult_training_code,
        submittedOn: row.submitted_on,
        derived: d,
      });
    }
    for (const [applicationId, row] of stored.rows) {
      if (inBundle.has(applicationId)) continue;
      facts.push({ applicationId, ...storedFacts(row), derived: derive(applicationId) ?? storedDerived(row) });
    }
    return facts;
  };

  return { recognitions: ordered, statusEvents, rederived, allFacts };
}

function storedDerived(row: SyncedRow<'recognitions'>): DerivedRecognition {
  return {
    status: row.status,
    decidedOn: row.decided_on,
    approvedOn: row.approved_on,
    endedOn: row.ended_on,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** previous_application_id: required for renewals and duplicates, of the same establishment. */
function checkPrevious(
  ctx: ValidationContext,
  line: number,
  row: Parsed<'recognitions'>['row'],
  factsOf: (applicationId: string) => { establishmentNumber: string; trainingCode: string } | undefined,
): void {
  const previous = row.previous_application_id;
  if (previous === null) {
    if (row.kind !== 'NEW') ctx.error('recognitions', line, 'previous_application_id', `is required for a ${row.kind}`);
    return;
  }
  if (row.kind === 'NEW') {
    ctx.error('recognitions', line, 'previous_application_id', 'only a RENEWAL or DUPLICATE has a previous application');
    return;
  }
  if (previous === row.application_id) {
    ctx.error('recognitions', line, 'previous_application_id', 'refers to the application itself');
    return;
  }
  const facts = factsOf(previous);
  if (!facts) {
    if (!ctx.exists('recognitions', 'application_id', 'recognitions', previous)) {
      ctx.error('recognitions', line, 'previous_application_id', `no recognition "${previous}" in recognitions.csv or the database`);
    }
    return;
  }
  if (facts.establishmentNumber !== row.establishment_number) {
    ctx.error('recognitions', line, 'previous_application_id', `"${previous}" is a recognition of another establishment`);
  } else if (row.kind === 'RENEWAL' && facts.trainingCode !== row.training_code) {
    ctx.error('recognitions', line, 'previous_application_id', `"${previous}" is a recognition of another training`);
  }
}
