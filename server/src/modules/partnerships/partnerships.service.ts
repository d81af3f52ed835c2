import { inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { jointCommitteeAssignments, partnerships } from '../../db/schema/index.js';
import { aliased } from '../records/sql-alias.js';

/** The partnership responsible for a PC number today, from its assignment history. */
export function currentAssignment<T extends { validFrom: string; validTo: string | null }>(assignments: readonly T[], day: string): T | undefined {
  return assignments.find((a) => a.validFrom <= day && (a.validTo === null || a.validTo >= day));
}

const [sJca, sJcaFrom] = aliased(jointCommitteeAssignments, 's_jca');
const [sPar, sParFrom] = aliased(partnerships, 's_par');

/** PC-number column currently assigned to one of the partnerships with these codes. */
export function jointCommitteeOfPartnerships(column: SQLiteColumn, codes: readonly string[], day: string): SQL {
  return sql`${column} in (select ${sJca.jointCommitteeCode} from ${sJcaFrom} join ${sParFrom} on ${sPar.id} = ${sJca.partnershipId}
    where ${inArray(sPar.code, [...codes])} and ${sJca.validFrom} <= ${day} and (${sJca.validTo} is null or ${sJca.validTo} >= ${day}))`;
}
