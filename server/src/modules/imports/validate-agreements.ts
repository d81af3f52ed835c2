import { ADULT_AGREEMENT_TYPES, SECONDARY_AGREEMENT_TYPES, type AgreementType } from '@duaal/shared';
import { isApprovedAndValidOn } from './recognition-derivation.js';
import type { RecognitionFacts } from './validate-recognitions.js';
import type { Parsed, ValidationContext } from './validation-context.js';

export interface PlannedAgreement extends Parsed<'agreements'> {
  /** The recognition the agreement runs on (DOMAIN.md §3): approved and valid on its start date. */
  recognitionApplicationId: string;
}

const TYPES_BY_LEVEL = {
  SECONDARY: new Set<AgreementType>(SECONDARY_AGREEMENT_TYPES),
  ADULT: new Set<AgreementType>(ADULT_AGREEMENT_TYPES),
};

/**
 * The recognition of the same establishment and training, or declared valid for it as adult
 * training, approved and valid on `day`; the latest validity start wins, own training first.
 */
function createRecognitionFinder(all: RecognitionFacts[]) {
  const byPlace = new Map<string, { facts: RecognitionFacts; own: boolean }[]>();
  const add = (key: string, facts: RecognitionFacts, own: boolean) => {
    let list = byPlace.get(key);
    if (!list) byPlace.set(key, (list = []));
    list.push({ facts, own });
  };
  for (const facts of all) {
    add(`${facts.establishmentNumber}|${facts.trainingCode}`, facts, true);
    if (facts.adultTrainingCode !== null) add(`${facts.establishmentNumber}|${facts.adultTrainingCode}`, facts, false);
  }
  return (establishmentNumber: string, trainingCode: string, day: string): RecognitionFacts | undefined => {
    const candidates = (byPlace.get(`${establishmentNumber}|${trainingCode}`) ?? []).filter((c) => isApprovedAndValidOn(c.facts.derived, day));
    candidates.sort(
      (a, b) =>
        Number(b.own) - Number(a.own) ||
        (b.facts.derived.validFrom ?? '').localeCompare(a.facts.derived.validFrom ?? '') ||
        a.facts.applicationId.localeCompare(b.facts.applicationId),
    );
    return candidates[0]?.facts;
  };
}

/** Agreements, enrolments, follow-up actions and appeals. */
export function validateAgreements(ctx: ValidationContext, allRecognitions: () => RecognitionFacts[]) {
  const { ref } = ctx.state;
  const providerExists = (code: string) => ctx.exists('training_providers', 'provider_code', 'trainingProviders', code);
  const establishmentExists = (n: string) => ctx.exists('establishments', 'establishment_number', 'establishments', n);
  const recognitionExists = (id: string) => ctx.exists('recognitions', 'application_id', 'recognitions', id);

  const parsedAgreements = ctx.requireUnique('agreements', ctx.parse('agreements'), (r) => r.agreement_number, 'agreement_number');
  const findRecognition = parsedAgreements.length > 0 ? createRecognitionFinder(allRecognitions()) : () => undefined;
  const agreements: PlannedAgreement[] = [];
  for (const { line, row } of parsedAgreements) {
    const training = ref.trainings.get(row.training_code);
    if (!establishmentExists(row.establishment_number)) {
      ctx.error('agreements', line, 'establishment_number', `no establishment ${row.establishment_number} in establishments.csv or the database`);
    }
    if (!training) ctx.error('agreements', line, 'training_code', `unknown training code "${row.training_code}"`);
    else if (!TYPES_BY_LEVEL[training.level].has(row.type)) {
      ctx.error('agreements', line, 'type', `${row.type} is not an agreement type of ${training.level === 'ADULT' ? 'adult' : 'secondary'} education`);
    }
    if (!providerExists(row.provider_code)) {
      ctx.error('agreements', line, 'provider_code', `no training provider "${row.provider_code}" in training_providers.csv or the database`);
    }
    ctx.requireOrder('agreements', line, 'planned_end_on', row.start_on, row.planned_end_on, `planned_end_on ${row.planned_end_on} lies before start_on ${row.start_on}`);
    ctx.requireOrder('agreements', line, 'actual_end_on', row.start_on, row.actual_end_on, `actual_end_on ${row.actual_end_on} lies before start_on ${row.start_on}`);
    if (row.status === 'TERMINATED_EARLY' && row.termination_reason === null) {
      ctx.error('agreements', line, 'termination_reason', 'is required for an agreement TERMINATED_EARLY');
    }
    if (row.status === 'TERMINATED_EARLY' && row.actual_end_on === null) {
      ctx.error('agreements', line, 'actual_end_on', 'is required for an agreement TERMINATED_EARLY');
    }
    if (!training) continue;
    const recognition = findRecognition(row.establishment_number, row.training_code, row.start_on);
    if (!recognition) {
      ctx.error('agreements', line, 'training_code', `no recognition of establishment ${row.establishment_number} for ${row.training_code} approved and valid on ${row.start_on}`);
      continue;
    }
    agreements.push({ line, row, recognitionApplicationId: recognition.applicationId });
  }

  const enrolments = ctx.requireUnique(
    'enrolments',
    ctx.parse('enrolments'),
    (r) => `${r.training_code}|${r.provider_code}|${r.school_year}`,
    'school_year',
  );
  for (const { line, row } of enrolments) {
    if (!ref.trainings.has(row.training_code)) ctx.error('enrolments', line, 'training_code', `unknown training code "${row.training_code}"`);
    if (!providerExists(row.provider_code)) {
      ctx.error('enrolments', line, 'provider_code', `no training provider "${row.provider_code}" in training_providers.csv or the database`);
    }
  }

  const followUpActions = ctx.requireUnique('follow_up_actions', ctx.parse('follow_up_actions'), (r) => r.action_key, 'action_key');
  for (const { line, row } of followUpActions) {
    if (!ref.partnerships.has(row.partnership)) ctx.error('follow_up_actions', line, 'partnership', `unknown partnership code "${row.partnership}"`);
    if (!establishmentExists(row.establishment_number)) {
      ctx.error('follow_up_actions', line, 'establishment_number', `no establishment ${row.establishment_number} in establishments.csv or the database`);
    }
    if (row.application_id !== null && !recognitionExists(row.application_id)) {
      ctx.error('follow_up_actions', line, 'application_id', `no recognition "${row.application_id}" in recognitions.csv or the database`);
    }
  }

  const appeals = ctx.requireUnique('appeals', ctx.parse('appeals'), (r) => r.appeal_key, 'appeal_key');
  for (const { line, row } of appeals) {
    if (row.application_id !== null && !recognitionExists(row.application_id)) {
      ctx.error('appeals', line, 'application_id', `no recognition "${row.application_id}" in recognitions.csv or the database`);
    }
    if (row.agreement_number !== null && !ctx.exists('agreements', 'agreement_number', 'agreements', row.agreement_number)) {
      ctx.error('appeals', line, 'agreement_number', `no agreement "${row.agreement_number}" in agreements.csv or the database`);
    }
    if (row.type === 'NON_RECOGNITION' && row.application_id === null) {
      ctx.error('appeals', line, 'application_id', 'is required for an appeal against a (non-)recognition');
    }
    if (row.type === 'TERMINATION_REASON' && row.agreement_number === null) {
      ctx.error('appeals', line, 'agreement_number', 'is required for an appeal against a termination reason');
    }
    if (!ref.partnerships.has(row.handling_partnership)) {
      ctx.error('appeals', line, 'handling_partnership', `unknown partnership code "${row.handling_partnership}"`);
    }
    ctx.requireOrder('appeals', line, 'decided_on', row.filed_on, row.decided_on, `decided_on ${row.decided_on} lies before filed_on ${row.filed_on}`);
    if (row.outcome !== null && row.status !== 'HANDLED') ctx.error('appeals', line, 'outcome', 'only a HANDLED appeal has an outcome');
  }

  return { agreements, enrolments, followUpActions, appeals };
}
