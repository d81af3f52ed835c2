import { PARTNERSHIP_DEFINITIONS } from '@duaal/shared';
import { matchKey } from './names.js';

const codeByName = new Map<string, string>();
for (const p of PARTNERSHIP_DEFINITIONS) {
  for (const name of [p.nameNl, ...(p.aliases ?? [])]) codeByName.set(matchKey(name), p.code);
}

/**
 * The partnership code of a name as printed in the published tables. The PC table prints the
 * Handel sub-sectors as partnership "Handel" plus a subsector column.
 */
export function partnershipCodeOf(name: string, subsector = ''): string | undefined {
  const printed = subsector ? `${name} - ${subsector}` : name;
  return codeByName.get(matchKey(printed));
}
