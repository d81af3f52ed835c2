import { FLEMISH_PARTNERSHIP_CODE, PC200_MOVE_DATE } from '@duaal/shared';
import type { ImportBundle, ImportRow } from '@duaal/server/imports';
import type { Appeal, Enrolment, FollowUpAction } from './activities.js';
import type { Agreement, Provider } from './agreements.js';
import type { ReferenceContext } from './context.js';
import type { MentorData } from './mentors.js';
import type { Enterprise, Establishment, Rec } from './model.js';

// The generated history as the counter export: string rows with exactly the columns of
// import-files.ts. Nothing reaches the database except through importBundle.

export interface History {
  recs: Rec[];
  enterprises: Enterprise[];
  establishments: Establishment[];
  mentors: MentorData;
  providers: Provider[];
  agreements: Agreement[];
  enrolments: Enrolment[];
  followUp: FollowUpAction[];
  appeals: Appeal[];
}

const s = (v: string | null | undefined) => v ?? '';

export function applicationId(r: Rec): string {
  return `ERK-${String(r.idx + 1).padStart(7, '0')}`;
}

/** The PC number a recognition is assigned under: the enterprise's PC of the unit's partnership. */
function jointCommitteeOf(r: Rec, ref: ReferenceContext): string | null {
  const partnership = r.chain.unit.partnership as string;
  const enterprise = (r.chain.unit.establishment as Establishment).enterprise;
  const own = ref.jointCommitteesByPartnership.get(partnership) ?? [];
  return enterprise.jointCommittees.find((pc) => own.includes(pc)) ?? null;
}

/** PC 200 was handled by the Flemish Partnership until Bedienden started on 3 July 2023. */
function handlingPartnership(r: Rec, jointCommittee: string | null): string {
  const partnership = r.chain.unit.partnership as string;
  if (jointCommittee === '200' && r.submittedOn < PC200_MOVE_DATE) return FLEMISH_PARTNERSHIP_CODE;
  return partnership;
}

export function toBundle(history: History, ref: ReferenceContext): ImportBundle {
  const enterprises: ImportRow<'enterprises'>[] = history.enterprises.map((e) => ({
    kbo_number: e.kboNumber,
    name: e.name || `Onderneming ${e.kboNumber}`,
    legal_form: e.legalForm,
    size_class: e.sizeClass,
    joint_committees: e.jointCommittees.join(';'),
    declared_partnership: s(e.declaredPartnership),
    closed_on: s(e.closedOn),
  }));
  const establishments: ImportRow<'establishments'>[] = history.establishments.map((e) => ({
    establishment_number: e.number,
    kbo_number: e.enterprise.kboNumber,
    name: e.name,
    municipality_nis: e.municipality,
    closed_on: s(e.closedOn),
  }));

  const recognitions: ImportRow<'recognitions'>[] = [];
  const events: ImportRow<'recognition_status_events'>[] = [];
  // Write order: a recognition after the one it renews or duplicates.
  for (const r of history.recs) {
    const id = applicationId(r);
    const jointCommittee = jointCommitteeOf(r, ref);
    recognitions.push({
      application_id: id,
      establishment_number: (r.chain.unit.establishment as Establishment).number,
      training_code: r.chain.training as string,
      kind: r.kind,
      previous_application_id: r.previous ? applicationId(r.previous) : '',
      joint_committee: s(jointCommittee),
      handling_partnership: handlingPartnership(r, jointCommittee),
      submitter_name: r.mandateType === 'NONE' ? '' : r.mandateType === 'TRAINING_PROVIDER' ? 'Opleidingsverstrekker' : r.mandateType === 'SECTOR_PARTNERSHIP' ? 'Sectorfonds' : r.mandateType === 'WORKPLACE_COUNSELLOR' ? 'Werkplekbegeleider' : 'Gemachtigde',
      mandate_type: r.mandateType,
      submitted_on: r.submittedOn,
      valid_from: s(r.validFrom),
      valid_to: s(r.validTo),
      automatic_approval: r.automatic ? 'true' : 'false',
      rejection_reasons: r.rejectionReasons.join(';'),
      adult_training_code: s(r.adultTraining),
    });
    const event = (status: ImportRow<'recognition_status_events'>['status'], on: string | null) => {
      if (on) events.push({ application_id: id, status, occurred_on: on });
    };
    if (r.kind !== 'DUPLICATE') event('SUBMITTED', r.submittedOn);
    event('INCOMPLETE', r.incompleteOn);
    if (r.incompleteOn && r.outcome !== 'CANCELLED') event('IN_REVIEW', r.incompleteOn < (r.decidedOn ?? '') ? nextDay(r.incompleteOn, r.decidedOn) : null);
    event('IN_REVIEW', r.reviewOn);
    event('ON_HOLD', r.onHoldOn);
    if (r.outcome === 'APPROVED') event('APPROVED', r.decidedOn);
    if (r.outcome === 'REJECTED') event('REJECTED', r.decidedOn);
    if (r.outcome === 'CANCELLED') event('CANCELLED', r.decidedOn);
    if (r.end) event(r.end.kind, r.end.on);
    event('EXPIRED', r.expiredOn);
  }

  const { mentors, links, trainings } = history.mentors;
  return {
    training_providers: history.providers.map((p) => ({ provider_code: p.code, name: p.name, type: p.type, municipality_nis: p.municipality.nisCode })),
    enterprises,
    establishments,
    recognitions,
    recognition_status_events: events,
    mentors: mentors.map((m) => ({ mentor_key: m.key, first_name: m.firstName, last_name: m.lastName, national_number: m.nationalNumber, birth_date: m.birthDate })),
    recognition_mentors: links.map((l) => ({
      application_id: applicationId(l.rec),
      mentor_key: l.mentor.key,
      added_on: l.addedOn,
      removed_on: s(l.removedOn),
      removal_reason: s(l.removalReason),
    })),
    mentor_trainings: trainings.map((t) => ({
      mentor_key: t.mentor.key,
      partnership: t.partnership,
      application_id: applicationId(t.rec),
      status: t.status,
      deadline: s(t.deadline),
      completed_on: s(t.completedOn),
      follow_up_stopped_on: s(t.followUpStoppedOn),
      location: s(t.location),
    })),
    agreements: history.agreements.map((a) => ({
      agreement_number: a.number,
      type: a.type,
      learner_pseudonym: a.learner,
      establishment_number: (a.rec.chain.unit.establishment as Establishment).number,
      training_code: a.training,
      provider_code: a.provider.code,
      start_on: a.startOn,
      planned_end_on: a.plannedEndOn,
      actual_end_on: s(a.actualEndOn),
      status: a.status,
      termination_reason: s(a.terminationReason),
    })),
    enrolments: history.enrolments.map((e) => ({ training_code: e.training, provider_code: e.provider.code, school_year: e.schoolYear, learners: String(e.learners) })),
    follow_up_actions: history.followUp.map((f) => ({
      action_key: f.key,
      partnership: f.partnership,
      establishment_number: f.establishment.number,
      application_id: f.rec ? applicationId(f.rec) : '',
      type: f.type,
      performed_on: f.performedOn,
    })),
    appeals: history.appeals.map((a) => ({
      appeal_key: a.key,
      type: a.type,
      application_id: a.rec ? applicationId(a.rec) : '',
      agreement_number: a.agreement ? a.agreement.number : '',
      handling_partnership: a.partnership,
      filed_on: a.filedOn,
      status: a.status,
      outcome: s(a.outcome),
      decided_on: s(a.decidedOn),
    })),
  };
}

/** The day after `day`, if it still lies before `limit`. */
function nextDay(day: string, limit: string | null): string | null {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  const next = d.toISOString().slice(0, 10);
  return limit && next < limit ? next : null;
}
