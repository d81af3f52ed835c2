import {
  FLEMISH_PARTNERSHIP_CODE,
  FLEMISH_PARTNERSHIP_EXTRA_JOINT_COMMITTEES,
  PARTNERSHIP_DEFINITIONS,
  PC200_MOVE_DATE,
  addDays,
} from '@duaal/shared';
import { tables, type Db } from '@duaal/server';
import { readDataCsv } from './data-files.js';
import { partnershipCodeOf } from './partnership-names.js';

const { partnerships, jointCommittees, jointCommitteeAssignments } = tables;

/** Assignments are known only from the 2022-2023 report; before it we assume they never moved. */
const ASSIGNMENTS_FROM = '2000-01-01';

export interface JointCommitteeAssignment {
  jointCommitteeCode: string;
  partnershipCode: string;
  validFrom: string;
  validTo: string | null;
}

/** The PC numbers of the published table (with their partnership) plus the Flemish Partnership's extras. */
export function readJointCommitteeTable(): { code: string; nameNl: string | null; partnershipCode: string }[] {
  const rows = readDataCsv('partnerships_pc_numbers.csv').filter((row) => row.pc_number);
  const names = new Map(readDataCsv('joint_committee_names.csv').map((row) => [row.pc_number, row.name_nl]));
  const published = rows.map((row) => {
    const partnershipCode = partnershipCodeOf(row.partnership ?? '', row.subsector ?? '');
    if (!partnershipCode) throw new Error(`partnerships_pc_numbers.csv: unknown partnership "${row.partnership}"`);
    return { code: row.pc_number as string, nameNl: names.get(row.pc_number) ?? null, partnershipCode };
  });
  const extras = FLEMISH_PARTNERSHIP_EXTRA_JOINT_COMMITTEES.map((pc) => ({
    code: pc.code,
    nameNl: pc.nameNl,
    partnershipCode: FLEMISH_PARTNERSHIP_CODE,
  }));
  return [...published, ...extras];
}

/** Every PC number to its partnership since 2000, except PC 200, which moved to Bedienden on 3 July 2023. */
export function jointCommitteeAssignmentsOf(table: { code: string; partnershipCode: string }[]): JointCommitteeAssignment[] {
  return table.flatMap(({ code, partnershipCode }): JointCommitteeAssignment[] =>
    code === '200'
      ? [
          { jointCommitteeCode: code, partnershipCode: FLEMISH_PARTNERSHIP_CODE, validFrom: ASSIGNMENTS_FROM, validTo: addDays(PC200_MOVE_DATE, -1) },
          { jointCommitteeCode: code, partnershipCode, validFrom: PC200_MOVE_DATE, validTo: null },
        ]
      : [{ jointCommitteeCode: code, partnershipCode, validFrom: ASSIGNMENTS_FROM, validTo: null }],
  );
}

/** Upserts the 23 partnerships; returns their ids by code. */
export function loadPartnerships(db: Db): Map<string, number> {
  const ids = new Map<string, number>();
  for (const p of PARTNERSHIP_DEFINITIONS) {
    const values = { nameNl: p.nameNl, kind: p.kind, sectorGroup: p.sectorGroup ?? null, activeFrom: p.activeFrom ?? null };
    const row = db
      .insert(partnerships)
      .values({ code: p.code, ...values })
      .onConflictDoUpdate({ target: partnerships.code, set: values })
      .returning({ id: partnerships.id })
      .get();
    ids.set(p.code, row.id);
  }
  return ids;
}

/** Upserts the joint committees and their assignment history; returns the number of joint committees. */
export function loadJointCommittees(db: Db, partnershipIds: Map<string, number>): number {
  const table = readJointCommitteeTable();
  for (const pc of table) {
    db.insert(jointCommittees)
      .values({ code: pc.code, nameNl: pc.nameNl })
      .onConflictDoUpdate({ target: jointCommittees.code, set: { nameNl: pc.nameNl } })
      .run();
  }
  for (const a of jointCommitteeAssignmentsOf(table)) {
    const partnershipId = partnershipIds.get(a.partnershipCode);
    if (partnershipId === undefined) throw new Error(`no partnership ${a.partnershipCode}`);
    db.insert(jointCommitteeAssignments)
      .values({ jointCommitteeCode: a.jointCommitteeCode, partnershipId, validFrom: a.validFrom, validTo: a.validTo })
      .onConflictDoUpdate({
        target: [jointCommitteeAssignments.jointCommitteeCode, jointCommitteeAssignments.validFrom],
        set: { partnershipId, validTo: a.validTo },
      })
      .run();
  }
  return table.length;
}
