import type { ImportFileName } from './import-files.js';
import { emptyCounts, type ImportCounts } from './import-result.js';
import type { ImportState, SyncedTable } from './import-state.js';
import type { DerivedRecognition } from './recognition-derivation.js';
import type { UpsertOutcome } from './table-sync.js';
import type { ImportPlan } from './validate-bundle.js';

/** Writes a validated plan; runs inside the import's transaction. Every reference resolves by now. */
export function writeBundle(state: ImportState, plan: ImportPlan): ImportCounts {
  const counts = emptyCounts();
  const count = (file: ImportFileName, outcome: UpsertOutcome) => counts[file][outcome]++;
  const { ref } = state;
  // Every reference was checked by the validation; a miss here is a bug, and aborts the transaction.
  const known = <V>(value: V | undefined, what: string, key: string): V => {
    if (value === undefined) throw new Error(`${what} "${key}" is unknown, though the validation found it`);
    return value;
  };
  const partnershipId = (code: string) => known(ref.partnerships.get(code), 'partnership', code);
  const trainingId = (code: string) => known(ref.trainings.get(code), 'training', code).id;
  const optionalId = (table: SyncedTable, key: string | null) => (key === null ? null : state.table(table).requireId(key));

  const providers = state.table('trainingProviders');
  for (const { row } of plan.trainingProviders) {
    count('training_providers', providers.upsert({ code: row.provider_code, name: row.name, type: row.type, municipality_nis_code: row.municipality_nis }).outcome);
  }

  const enterprises = state.table('enterprises');
  for (const { row } of plan.enterprises) {
    const { id, outcome } = enterprises.upsert({
      kbo_number: row.kbo_number,
      name: row.name,
      legal_form: row.legal_form,
      size_class: row.size_class,
      declared_partnership_id: row.declared_partnership === null ? null : partnershipId(row.declared_partnership),
      closed_on: row.closed_on,
    });
    const linksChanged = state.linkSets.jointCommittees.replace(id, row.joint_committees);
    count('enterprises', outcome === 'unchanged' && linksChanged ? 'updated' : outcome);
  }

  const establishments = state.table('establishments');
  for (const { row } of plan.establishments) {
    count(
      'establishments',
      establishments.upsert({
        establishment_number: row.establishment_number,
        enterprise_id: enterprises.requireId(row.kbo_number),
        name: row.name,
        municipality_nis_code: row.municipality_nis,
        closed_on: row.closed_on,
      }).outcome,
    );
  }

  const recognitions = state.table('recognitions');
  const derivedColumns = (d: DerivedRecognition) => ({
    status: d.status,
    decided_on: d.decidedOn,
    approved_on: d.approvedOn,
    valid_from: d.validFrom,
    valid_to: d.validTo,
    ended_on: d.endedOn,
  });
  for (const { row, derived } of plan.recognitions) {
    const { id, outcome } = recognitions.upsert({
      application_id: row.application_id,
      establishment_id: establishments.requireId(row.establishment_number),
      training_id: trainingId(row.training_code),
      kind: row.kind,
      previous_recognition_id: optionalId('recognitions', row.previous_application_id),
      joint_committee_code: row.joint_committee,
      handling_partnership_id: partnershipId(row.handling_partnership),
      submitter_name: row.submitter_name,
      mandate_type: row.mandate_type,
      submitted_on: row.submitted_on,
      automatic_approval: row.automatic_approval ? 1 : 0,
      adult_training_id: row.adult_training_code === null ? null : trainingId(row.adult_training_code),
      ...derivedColumns(derived),
    });
    const reasonsChanged = state.linkSets.rejectionReasons.replace(id, row.rejection_reasons);
    count('recognitions', outcome === 'unchanged' && reasonsChanged ? 'updated' : outcome);
  }
  // Stored recognitions that only received new events: same row, new status and dates.
  for (const { applicationId, derived } of plan.rederived) {
    const storedRow = recognitions.get(applicationId);
    if (storedRow) recognitions.upsert({ ...storedRow, ...derivedColumns(derived) });
  }

  const statusEvents = state.table('statusEvents');
  for (const { row } of plan.statusEvents) {
    count(
      'recognition_status_events',
      statusEvents.upsert({ recognition_id: recognitions.requireId(row.application_id), status: row.status, occurred_on: row.occurred_on }).outcome,
    );
  }

  const mentors = state.table('mentors');
  const personalData = state.table('mentorPersonalData');
  for (const { row } of plan.mentors) {
    const mentor = mentors.upsert({ mentor_key: row.mentor_key });
    const personal = personalData.upsert({
      mentor_id: mentor.id,
      first_name: row.first_name,
      last_name: row.last_name,
      national_number: row.national_number,
      birth_date: row.birth_date,
    });
    count('mentors', mentor.outcome === 'inserted' ? 'inserted' : personal.outcome === 'unchanged' ? 'unchanged' : 'updated');
  }

  const recognitionMentors = state.table('recognitionMentors');
  for (const { row } of plan.recognitionMentors) {
    count(
      'recognition_mentors',
      recognitionMentors.upsert({
        recognition_id: recognitions.requireId(row.application_id),
        mentor_id: mentors.requireId(row.mentor_key),
        added_on: row.added_on,
        removed_on: row.removed_on,
        removal_reason: row.removal_reason,
      }).outcome,
    );
  }

  const mentorTrainings = state.table('mentorTrainings');
  for (const { row } of plan.mentorTrainings) {
    count(
      'mentor_trainings',
      mentorTrainings.upsert({
        mentor_id: mentors.requireId(row.mentor_key),
        partnership_id: partnershipId(row.partnership),
        recognition_id: optionalId('recognitions', row.application_id),
        status: row.status,
        deadline: row.deadline,
        completed_on: row.completed_on,
        follow_up_stopped_on: row.follow_up_stopped_on,
        location: row.location,
      }).outcome,
    );
  }

  const agreements = state.table('agreements');
  for (const { row, recognitionApplicationId } of plan.agreements) {
    count(
      'agreements',
      agreements.upsert({
        agreement_number: row.agreement_number,
        type: row.type,
        learner_pseudonym: row.learner_pseudonym,
        establishment_id: establishments.requireId(row.establishment_number),
        training_id: trainingId(row.training_code),
        provider_id: providers.requireId(row.provider_code),
        recognition_id: recognitions.requireId(recognitionApplicationId),
        start_on: row.start_on,
        planned_end_on: row.planned_end_on,
        actual_end_on: row.actual_end_on,
        status: row.status,
        termination_reason: row.termination_reason,
      }).outcome,
    );
  }

  const enrolments = state.table('enrolments');
  for (const { row } of plan.enrolments) {
    count(
      'enrolments',
      enrolments.upsert({
        training_id: trainingId(row.training_code),
        provider_id: providers.requireId(row.provider_code),
        school_year: row.school_year,
        learners: row.learners,
      }).outcome,
    );
  }

  const followUpActions = state.table('followUpActions');
  for (const { row } of plan.followUpActions) {
    count(
      'follow_up_actions',
      followUpActions.upsert({
        action_key: row.action_key,
        partnership_id: partnershipId(row.partnership),
        establishment_id: establishments.requireId(row.establishment_number),
        recognition_id: optionalId('recognitions', row.application_id),
        type: row.type,
        performed_on: row.performed_on,
      }).outcome,
    );
  }

  const appeals = state.table('appeals');
  for (const { row } of plan.appeals) {
    count(
      'appeals',
      appeals.upsert({
        appeal_key: row.appeal_key,
        type: row.type,
        recognition_id: optionalId('recognitions', row.application_id),
        agreement_id: optionalId('agreements', row.agreement_number),
        handling_partnership_id: partnershipId(row.handling_partnership),
        filed_on: row.filed_on,
        status: row.status,
        outcome: row.outcome,
        decided_on: row.decided_on,
      }).outcome,
    );
  }
  return counts;
}
