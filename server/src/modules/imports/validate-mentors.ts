import type { ValidationContext } from './validation-context.js';

/** Mentors (with their personal data), their places on recognitions, and their mentor training. */
export function validateMentors(ctx: ValidationContext) {
  const { ref } = ctx.state;
  const recognitionExists = (id: string) => ctx.exists('recognitions', 'application_id', 'recognitions', id);
  const mentorExists = (key: string) => ctx.exists('mentors', 'mentor_key', 'mentors', key);

  const mentors = ctx.requireUnique('mentors', ctx.parse('mentors'), (r) => r.mentor_key, 'mentor_key');

  const recognitionMentors = ctx.requireUnique(
    'recognition_mentors',
    ctx.parse('recognition_mentors'),
    (r) => `${r.application_id}|${r.mentor_key}`,
    'mentor_key',
  );
  for (const { line, row } of recognitionMentors) {
    if (!recognitionExists(row.application_id)) {
      ctx.error('recognition_mentors', line, 'application_id', `no recognition "${row.application_id}" in recognitions.csv or the database`);
    }
    if (!mentorExists(row.mentor_key)) {
      ctx.error('recognition_mentors', line, 'mentor_key', `no mentor "${row.mentor_key}" in mentors.csv or the database`);
    }
    ctx.requireOrder('recognition_mentors', line, 'removed_on', row.added_on, row.removed_on, `removed_on ${row.removed_on} lies before added_on ${row.added_on}`);
    if (row.removed_on !== null && row.removal_reason === null) {
      ctx.error('recognition_mentors', line, 'removal_reason', 'is required when removed_on is given');
    } else if (row.removed_on === null && row.removal_reason !== null) {
      ctx.error('recognition_mentors', line, 'removal_reason', 'a removal reason needs removed_on');
    }
  }

  const mentorTrainings = ctx.requireUnique(
    'mentor_trainings',
    ctx.parse('mentor_trainings'),
    (r) => `${r.mentor_key}|${r.partnership}`,
    'partnership',
  );
  for (const { line, row } of mentorTrainings) {
    if (!mentorExists(row.mentor_key)) {
      ctx.error('mentor_trainings', line, 'mentor_key', `no mentor "${row.mentor_key}" in mentors.csv or the database`);
    }
    if (!ref.partnerships.has(row.partnership)) ctx.error('mentor_trainings', line, 'partnership', `unknown partnership code "${row.partnership}"`);
    if (row.application_id !== null && !recognitionExists(row.application_id)) {
      ctx.error('mentor_trainings', line, 'application_id', `no recognition "${row.application_id}" in recognitions.csv or the database`);
    }
  }

  return { mentors, recognitionMentors, mentorTrainings };
}
