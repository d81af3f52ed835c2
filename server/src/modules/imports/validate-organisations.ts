import type { Parsed, ValidationContext } from './validation-context.js';

/** The parties: training providers, enterprises with their PC numbers, and establishments. */
export function validateOrganisations(ctx: ValidationContext) {
  const { ref } = ctx.state;

  const trainingProviders = ctx.requireUnique('training_providers', ctx.parse('training_providers'), (r) => r.provider_code, 'provider_code');
  for (const { line, row } of trainingProviders) {
    if (row.municipality_nis !== null && !ref.municipalities.has(row.municipality_nis)) {
      ctx.error('training_providers', line, 'municipality_nis', `unknown municipality NIS code "${row.municipality_nis}"`);
    }
  }

  const enterprises = ctx.requireUnique('enterprises', ctx.parse('enterprises'), (r) => r.kbo_number, 'kbo_number');
  for (const { line, row } of enterprises) {
    for (const pc of row.joint_committees) {
      if (!ref.jointCommittees.has(pc)) ctx.error('enterprises', line, 'joint_committees', `unknown PC number "${pc}"`);
    }
    if (row.declared_partnership !== null && !ref.partnerships.has(row.declared_partnership)) {
      ctx.error('enterprises', line, 'declared_partnership', `unknown partnership code "${row.declared_partnership}"`);
    }
  }

  const establishments = ctx.requireUnique(
    'establishments',
    ctx.parse('establishments'),
    (r) => r.establishment_number,
    'establishment_number',
  );
  for (const { line, row } of establishments) {
    if (!ctx.exists('enterprises', 'kbo_number', 'enterprises', row.kbo_number)) {
      ctx.error('establishments', line, 'kbo_number', `no enterprise ${row.kbo_number} in enterprises.csv or the database`);
    }
    if (!ref.municipalities.has(row.municipality_nis)) {
      ctx.error('establishments', line, 'municipality_nis', `unknown municipality NIS code "${row.municipality_nis}"`);
    }
  }

  return { trainingProviders, enterprises, establishments };
}

export type OrganisationsPlan = ReturnType<typeof validateOrganisations>;
export type { Parsed };
