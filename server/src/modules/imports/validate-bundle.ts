import type { ImportBundle } from './import-files.js';
import type { ImportError } from './import-result.js';
import type { ImportState } from './import-state.js';
import { validateAgreements } from './validate-agreements.js';
import { validateMentors } from './validate-mentors.js';
import { validateOrganisations } from './validate-organisations.js';
import { validateRecognitions } from './validate-recognitions.js';
import { ValidationContext } from './validation-context.js';

/** Every row checked, in file order; the plan holds the rows ready to write when there are no errors. */
export function validateBundle(state: ImportState, bundle: ImportBundle) {
  const ctx = new ValidationContext(state, bundle);
  const organisations = validateOrganisations(ctx);
  const recognitions = validateRecognitions(ctx);
  const mentors = validateMentors(ctx);
  const agreements = validateAgreements(ctx, recognitions.allFacts);
  const errors: ImportError[] = ctx.errors;
  return { errors, plan: { ...organisations, ...recognitions, ...mentors, ...agreements } };
}

export type ImportPlan = ReturnType<typeof validateBundle>['plan'];
