import { ANNUAL_REPORT_TABLES } from '@duaal/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { buildKpiFixture, type KpiFixture } from '../../testing/index.js';

// The annual report on the hand-made KPI world (kpis/kpi-fixture.ts): Y = 2022-2023, P = 2021-2022.
// Every cell below is derived by hand from the fixture's comment; the reasoning is next to each table.

const REPORT = /* GraphQL */ `
  query Report($schoolYear: String!) {
    annualReport(schoolYear: $schoolYear) {
      schoolYear previousYear dataDate
      tables {
        number key titleNl footnotesNl definitionsNl yearsAsColumns
        columns { key labelNl schoolYear }
        rows { id label isTotal cells { value status previousValue previousStatus published } }
      }
    }
  }
`;

interface Cell { value: number | null; status: string; previousValue: number | null; previousStatus: string | null; published: number | null }
interface Table {
  number: string;
  key: string;
  titleNl: string;
  footnotesNl: string[];
  definitionsNl: string[];
  yearsAsColumns: boolean;
  columns: { key: string; labelNl: string; schoolYear: string }[];
  rows: { id: string | null; label: string; isTotal: boolean; cells: Cell[] }[];
}
interface ReportData { annualReport: { schoolYear: string; previousYear: string; dataDate: string; tables: Table[] } }

let db: Db;
let fx: KpiFixture;
let admin: Table[];
let policymaker: Table[];

async function report(userId: number, schoolYear = '2022-2023') {
  const r = await runGraphQL<ReportData>(db, REPORT, { schoolYear }, { userId, today: '2024-01-15' });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.annualReport;
}

beforeAll(async () => {
  db = createTestDb();
  fx = buildKpiFixture(db);
  admin = (await report(fx.users.admin)).tables;
  policymaker = (await report(fx.users.policymaker)).tables;
});

/** Row id ('*' = total) → [value, previous value] per column. */
function grid(tables: Table[], key: string): Record<string, [number | null, number | null][]> {
  const table = tables.find((t) => t.key === key);
  if (!table) throw new Error(`no table ${key}`);
  return Object.fromEntries(table.rows.map((r) => [r.id ?? '*', r.cells.map((c) => [c.value, c.previousValue] as [number | null, number | null])]));
}
/** Row id → value per column (tables whose columns are years). */
function values(tables: Table[], key: string): Record<string, (number | null)[]> {
  return Object.fromEntries(Object.entries(grid(tables, key)).map(([id, cells]) => [id, cells.map((c) => c[0])]));
}

describe('annual report on the KPI fixture', () => {
  it('declares every table in the report order, with number, title, footnotes and definitions', () => {
    expect(admin.map((t) => t.number)).toEqual(ANNUAL_REPORT_TABLES.map((t) => t.number));
    expect(admin.map((t) => t.number)).toEqual(['8', '12', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23-25', '28', '30', '759-1a', '759-1b', '759-2a', '759-2b']);
    for (const t of admin) {
      expect(t.titleNl.length, t.key).toBeGreaterThan(10);
      expect(t.definitionsNl.length, t.key).toBeGreaterThan(0);
      expect(t.rows.every((r) => r.cells.length === t.columns.length), t.key).toBe(true);
    }
  });

  it('Tabel 8: early terminations in secondary education by reason and system', () => {
    // Y: A2 (dual, ended 2022-09-01, MISMATCH), A8 (Leren en Werken, ended 2023-03-15,
    // LEARNER_CIRCUMSTANCES). P: none ended early.
    expect(grid(admin, 'terminationReasons')).toEqual({
      MISMATCH: [[1, 0], [0, 0], [1, 0]],
      LEARNER_CIRCUMSTANCES: [[0, 0], [1, 0], [1, 0]],
      '*': [[1, 0], [1, 0], [2, 0]],
    });
  });

  it('Tabel 12: applications by reporting partnership, new and renewal', () => {
    // Y: R5 (PC 200 → BEDIENDEN on 2023-08-31), R3 (HORECA), R8, R9, R10 (LOKALE), all new; the
    // duplicate R6 is no application. P: R4 (PC 200 → VP on 2022-08-31) and R11 (HORECA) new, R2
    // (BOUW) renewal.
    expect(grid(admin, 'applicationsByPartnership')).toEqual({
      BEDIENDEN: [[1, 0], [0, 0], [1, 0]],
      BOUW: [[0, 0], [0, 1], [0, 1]],
      HORECA: [[1, 1], [0, 0], [1, 1]],
      LOKALE_BESTUREN: [[3, 0], [0, 0], [3, 0]],
      VLAAMS_PARTNERSCHAP: [[0, 1], [0, 0], [0, 1]],
      '*': [[5, 2], [0, 1], [5, 3]],
    });
  });

  it('Tabel 14: decisions', () => {
    // Y: approved R5, R10 after investigation and R3 automatically; rejected R9 → 3 / 4 = 75 %.
    // P: approved R4, R2, R11, none rejected → 100 %.
    expect(grid(admin, 'decisions')).toEqual({ '*': [[2, 3], [1, 0], [3, 3], [1, 0], [75, 100]] });
  });

  it('Tabel 15 and 16: recognised units, recognitions and follow-up actions by partnership', () => {
    // Valid in Y: R2, R12 (BOUW: ES1a/E1, ES5/E5), R3, R6, R7, R11 (HORECA: ES1b/E1, ES4/E4),
    // R4 (BEDIENDEN: ES2/E2), R10 (LOKALE: ES3/E3); R5 never valid, R1 ended 2022-08-31.
    // Valid in P: R1, R12 (BOUW), R7, R11 (HORECA: ES4/E4), R4 (VP: ES2/E2).
    expect(grid(admin, 'recognisedUnits')).toEqual({
      BEDIENDEN: [[1, 0], [1, 0]],
      BOUW: [[2, 2], [2, 2]],
      HORECA: [[2, 1], [2, 1]],
      LOKALE_BESTUREN: [[1, 0], [1, 0]],
      VLAAMS_PARTNERSCHAP: [[0, 1], [0, 1]],
      '*': [[5, 4], [6, 4]],
    });
    // Actions, as unique establishments: Y site visits F1, F2 at ES1a (BOUW) = 1, phone F3 at ES2
    // on R4 (BEDIENDEN in Y) = 1; P virtual F4 at ES4 (HORECA, no recognition) = 1.
    expect(grid(admin, 'followUpActions')).toEqual({
      BEDIENDEN: [[1, 0], [1, 0], [1, 0], [0, 0], [0, 0]],
      BOUW: [[2, 2], [2, 2], [0, 0], [1, 0], [0, 0]],
      HORECA: [[4, 2], [2, 1], [0, 0], [0, 0], [0, 1]],
      LOKALE_BESTUREN: [[1, 0], [1, 0], [0, 0], [0, 0], [0, 0]],
      VLAAMS_PARTNERSCHAP: [[0, 1], [0, 1], [0, 0], [0, 0], [0, 0]],
      '*': [[8, 5], [6, 4], [1, 0], [1, 0], [0, 1]],
    });
  });

  it('Tabel 17: revocations', () => {
    // Y: R5 revoked 2022-10-05 (ES2 of E2). P: none.
    expect(grid(admin, 'revocations')).toEqual({ '*': [[1, 0], [1, 0], [1, 0]] });
  });

  it('Tabel 18-20: mentors, mentor training, removals', () => {
    // Y: BOUW R2 {M1, M2}; HORECA R3 {M2}, R7 {M4}, R11 {M6, M9}; BEDIENDEN R4 {M3, M8};
    // LOKALE R10 {M5, M7}; M2 in two partnerships, once in the total of 9.
    // P: BOUW R1 {M1}; HORECA R7 {M4}, R11 {M6, M9}; VP R4 {M3, M8}: 6.
    expect(grid(admin, 'mentorsByPartnership')).toEqual({
      BEDIENDEN: [[2, 0]],
      BOUW: [[2, 1]],
      HORECA: [[4, 3]],
      LOKALE_BESTUREN: [[2, 0]],
      VLAAMS_PARTNERSCHAP: [[0, 2]],
      '*': [[9, 6]],
    });
    // Due in Y: M2 (completed on the deadline), M7 (exempt), M6 and M8 (not completed in time),
    // M9 (follow-up stopped) = 5; compliant 2 / 5 = 40 %. P: M4 due and completed = 100 %.
    expect(grid(admin, 'mentorTraining')).toEqual({
      due: [[5, 1]],
      completed: [[1, 1]],
      exempt: [[1, 0]],
      notCompleted: [[2, 0]],
      followUpStopped: [[1, 0]],
      complianceRate: [[40, 100]],
    });
    // Y: M3 removed 2023-05-01 for conduct.
    expect(grid(admin, 'mentorRemovals')).toEqual({ CONDUCT: [[1, 0]], '*': [[1, 0]] });
  });

  it('Tabel 21 and 22: running agreements by system, level and type', () => {
    // Y: A1 (BOUW, dual, OAO), A2 (R4 → BEDIENDEN, dual, SAO), A3 (HORECA, LenW, DA), A6 and A8
    // (HORECA, LenW, OAO), A4 (LOKALE, adult, ODOS); A5 cancelled.
    // P: A1 (BOUW, OAO), A2 (SAO) and A7 (OAO) under VP, A8 (HORECA, LenW, OAO).
    expect(grid(admin, 'agreementsBySystem')).toEqual({
      BEDIENDEN: [[1, 0], [0, 0], [0, 0], [1, 0]],
      BOUW: [[1, 1], [0, 0], [0, 0], [1, 1]],
      HORECA: [[0, 0], [3, 1], [0, 0], [3, 1]],
      LOKALE_BESTUREN: [[0, 0], [0, 0], [1, 0], [1, 0]],
      VLAAMS_PARTNERSCHAP: [[0, 2], [0, 0], [0, 0], [0, 2]],
      '*': [[2, 3], [3, 1], [1, 0], [6, 4]],
    });
    const z: [number, number] = [0, 0];
    // Columns OAO, DA, DA-SM, SAO, ODO, ODO-W, ODOS, total.
    expect(grid(admin, 'agreementsByType')).toEqual({
      BEDIENDEN: [z, z, z, [1, 0], z, z, z, [1, 0]],
      BOUW: [[1, 1], z, z, z, z, z, z, [1, 1]],
      HORECA: [[2, 1], [1, 0], z, z, z, z, z, [3, 1]],
      LOKALE_BESTUREN: [z, z, z, z, z, z, [1, 0], [1, 0]],
      VLAAMS_PARTNERSCHAP: [[0, 1], z, z, [0, 1], z, z, z, [0, 2]],
      '*': [[3, 3], [1, 0], z, [1, 1], z, z, [1, 0], [6, 4]],
    });
  });

  it('Tabel 23-25, 28 and 30: ended recognitions, appeals, recognitions by training', () => {
    // Y: R10 stopped 2023-06-30, R1 expired 2022-09-01; P: R2 renewed R1 (approved 2022-06-20).
    expect(grid(admin, 'ended')).toEqual({ stopped: [[1, 0]], expired: [[1, 0]], renewed: [[0, 1]] });
    // Y: AP1 (LOKALE, handled), AP2 (VP, withdrawn). Columns: inadmissible, admissible, withdrawn, handled, total.
    expect(grid(admin, 'appeals')).toEqual({
      LOKALE_BESTUREN: [[0, 0], [0, 0], [0, 0], [1, 0], [1, 0]],
      VLAAMS_PARTNERSCHAP: [[0, 0], [0, 0], [1, 0], [0, 0], [1, 0]],
      '*': [[0, 0], [0, 0], [1, 0], [1, 0], [2, 0]],
    });
    // Y: DUAL_SO R2, R4, R6; LW_SO R3, R7; KOK R11, R12; ZORG R10. P: DUAL_SO R1, R4; LW_SO R7; KOK R11, R12.
    expect(grid(admin, 'recognitionsByTraining')).toEqual({ KOK: [[2, 2]], LW_SO: [[2, 1]], DUAL_SO: [[3, 2]], ZORG: [[1, 0]], '*': [[8, 5]] });
  });

  it('written question 759: Leren en Werken enterprises per province and per sector, three school years', () => {
    const t = admin.find((x) => x.key === 'pqRecognisedBySector')!;
    expect(t.yearsAsColumns).toBe(true);
    expect(t.columns.map((c) => c.schoolYear)).toEqual(['2020-2021', '2021-2022', '2022-2023']);
    // Recognised (LW_SO valid): 2020-2021 and 2021-2022 R7 (ES4 Antwerpen, E4); 2022-2023 also R3
    // (ES1b Limburg, E1).
    expect(values(admin, 'pqRecognisedByProvince')).toEqual({ ANTWERPEN: [1, 1, 1], LIMBURG: [0, 0, 1], '*': [1, 1, 2] });
    // Sector rule: E1 has PCs 124 (BOUW) and 302 (HORECA); its only Leren en Werken recognition R3
    // lies under HORECA, yet it counts in BOUW too; E4 in HORECA. Total E1, E4 once each.
    expect(values(admin, 'pqRecognisedBySector')).toEqual({ BOUW: [0, 0, 1], HORECA: [1, 1, 2], '*': [1, 1, 2] });
    // Active (running LW_SO agreement): 2021-2022 A8 (E4); 2022-2023 A3, A8 (E4) and A6 (E1, ES1b Limburg).
    expect(values(admin, 'pqActiveByProvince')).toEqual({ ANTWERPEN: [0, 1, 1], LIMBURG: [0, 0, 1], '*': [0, 1, 2] });
    expect(values(admin, 'pqActiveBySector')).toEqual({ BOUW: [0, 0, 1], HORECA: [0, 1, 2], '*': [0, 1, 2] });
  });

  it('keeps small person counts suppressed for a policymaker, rounds the rest, leaves other counts as they are', () => {
    const cell = (tables: Table[], key: string, row: string | null, column = 0) =>
      tables.find((t) => t.key === key)!.rows.find((r) => r.id === row)!.cells[column]!;
    // Mentors per partnership 1…4: suppressed; the total 9 → 10 (multiple of 5); P: VP 2 suppressed, a true 0 stays 0.
    expect(cell(policymaker, 'mentorsByPartnership', 'HORECA')).toMatchObject({ value: null, status: 'SUPPRESSED', previousValue: null, previousStatus: 'SUPPRESSED' });
    expect(cell(policymaker, 'mentorsByPartnership', 'BEDIENDEN')).toMatchObject({ value: null, status: 'SUPPRESSED', previousValue: 0, previousStatus: 'OK' });
    expect(cell(policymaker, 'mentorsByPartnership', null)).toMatchObject({ value: 10, status: 'ROUNDED' });
    // Mentor training: 5 due → 5; completed 1 suppressed; compliance 2 of 5 rests on a small count → suppressed.
    expect(cell(policymaker, 'mentorTraining', 'due')).toMatchObject({ value: 5, status: 'ROUNDED' });
    expect(cell(policymaker, 'mentorTraining', 'completed')).toMatchObject({ value: null, status: 'SUPPRESSED' });
    expect(cell(policymaker, 'mentorTraining', 'complianceRate')).toMatchObject({ value: null, status: 'SUPPRESSED' });
    // Agreements (learners): HORECA 3 suppressed, total 6 → 5.
    expect(cell(policymaker, 'agreementsBySystem', 'HORECA', 1)).toMatchObject({ value: null, status: 'SUPPRESSED' });
    expect(cell(policymaker, 'agreementsBySystem', null, 3)).toMatchObject({ value: 5, status: 'ROUNDED' });
    // Applications are no person count: as computed.
    expect(cell(policymaker, 'applicationsByPartnership', 'LOKALE_BESTUREN')).toMatchObject({ value: 3, status: 'OK' });
    // No person count of 1…4 reaches a policymaker anywhere in the report.
    const personTables = ['mentorsByPartnership', 'mentorTraining', 'mentorRemovals', 'agreementsBySystem', 'agreementsByType', 'terminationReasons'];
    for (const t of policymaker.filter((x) => personTables.includes(x.key))) {
      for (const r of t.rows) for (const c of r.cells) {
        for (const v of [c.value, c.previousValue]) if (v !== null && t.key !== 'mentorTraining') expect(v === 0 || v >= 5, `${t.key} ${r.id}`).toBe(true);
      }
    }
  });

  it('puts the published figure beside ours only for 2022-2023', async () => {
    // The fixture's 2022-2023 report carries the printed figures: 12,412 applications (S000 §5.5.1.1).
    const total = admin.find((t) => t.key === 'applicationsByPartnership')!.rows.find((r) => r.isTotal)!;
    expect(total.cells.map((c) => c.published)).toEqual([10812, 1600, 12412]);
    const other = await report(fx.users.admin, '2021-2022');
    expect(other.previousYear).toBe('2020-2021');
    expect(other.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.published))).every((p) => p === null)).toBe(true);
  });

  it('refuses a malformed school year, naming the argument', async () => {
    const r = await runGraphQL<ReportData>(db, REPORT, { schoolYear: '2022' }, { userId: fx.users.admin, today: '2024-01-15' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'schoolYear' });
  });
});
