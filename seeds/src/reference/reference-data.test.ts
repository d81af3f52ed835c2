import { beforeAll, describe, expect, it } from 'vitest';
import { distinctTrainingLabels, PARTNERSHIP_DEFINITIONS, trainingLabel, type Level, type System } from '@duaal/shared';
import type { Db } from '@duaal/server';
import { databaseDigest } from '@duaal/server/imports';
import { createTestDb } from '@duaal/server/testing';
import { readDataCsv } from './data-files.js';
import { loadReferenceData, type ReferenceSummary } from './index.js';
import { matchKey } from './names.js';
import { partnershipCodeOf } from './partnership-names.js';

let db: Db;
let summary: ReferenceSummary;
const all = <T>(sql: string, ...params: unknown[]) => db.sqlite.prepare(sql).all(...params) as T[];

beforeAll(() => {
  db = createTestDb();
  summary = loadReferenceData(db);
});

describe('reference data: partnerships and joint committees', () => {
  it('hold the 23 partnerships of the 2022-2023 report', () => {
    const codes = all<{ code: string }>('select code from partnerships order by code').map((p) => p.code);
    expect(codes).toEqual(PARTNERSHIP_DEFINITIONS.map((p) => p.code).sort());
    expect(codes).toHaveLength(23);
    expect(summary.partnerships).toBe(23);
  });

  it('resolve every partnership name of the mentors table (Tabel 18) to a distinct loaded partnership', () => {
    const names = readDataCsv('mentors_by_partnership_2022_2023.csv').filter((r) => r.row_type === 'detail');
    expect(names).toHaveLength(23);
    const loaded = new Set(all<{ code: string }>('select code from partnerships').map((p) => p.code));
    const resolved = names.map((r) => partnershipCodeOf(r.partnership ?? ''));
    for (const code of resolved) expect(code !== undefined && loaded.has(code)).toBe(true);
    expect(new Set(resolved).size).toBe(23);
  });

  it('hold every PC number of the published table, each assigned to one partnership today', () => {
    const published = readDataCsv('partnerships_pc_numbers.csv').filter((r) => r.pc_number);
    expect(published).toHaveLength(49);
    const current = new Map(
      all<{ pc: string; partnership: string }>(
        `select a.joint_committee_code as pc, p.code as partnership from joint_committee_assignments a
         join partnerships p on p.id = a.partnership_id where a.valid_to is null`,
      ).map((r) => [r.pc, r.partnership]),
    );
    for (const row of published) expect(current.has(row.pc_number as string)).toBe(true);
    // 49 published + 11 extras of the Flemish Partnership.
    expect(summary.jointCommittees).toBe(60);
    expect(current.size).toBe(60);
    // Spot checks read off the table by hand, including the Handel sub-sectors.
    expect(current.get('124')).toBe('BOUW');
    expect(current.get('302')).toBe('HORECA');
    expect(current.get('314')).toBe('HAARTOOI');
    expect(current.get('202')).toBe('HANDEL_DETAILHANDEL');
    expect(current.get('119')).toBe('HANDEL_VOEDINGSHANDEL');
    expect(current.get('202.01')).toBe('HANDEL_ZELFSTANDIGE_KLEINHANDEL');
    expect(current.get('140.04')).toBe('TRANSPORT');
    expect(current.get('337')).toBe('SOCIAL_PROFIT');
    expect(current.get('200')).toBe('BEDIENDEN');
    expect(current.get('121')).toBe('VLAAMS_PARTNERSCHAP');
    // Every PC number carries its Dutch name, so filters never show a bare number.
    const unnamed = all<{ code: string }>('select code from joint_committees where name_nl is null');
    expect(unnamed).toEqual([]);
    expect(all<{ name: string }>("select name_nl as name from joint_committees where code = '124'")[0]?.name).toBe('Bouwbedrijf');
  });

  it('keep the history of PC 200: Flemish Partnership until 2 July 2023, Bedienden from 3 July 2023', () => {
    const history = all(
      `select p.code as partnership, a.valid_from as validFrom, a.valid_to as validTo from joint_committee_assignments a
       join partnerships p on p.id = a.partnership_id where a.joint_committee_code = '200' order by a.valid_from`,
    );
    expect(history).toEqual([
      { partnership: 'VLAAMS_PARTNERSCHAP', validFrom: '2000-01-01', validTo: '2023-07-02' },
      { partnership: 'BEDIENDEN', validFrom: '2023-07-03', validTo: null },
    ]);
  });
});

describe('reference data: training catalogue', () => {
  it('gives every training a label of its own (the training filter never shows two options alike)', () => {
    const trainings = all<{ code: string; nameNl: string; system: System; level: Level }>('select code, name_nl as nameNl, system, level from trainings');
    const labels = [...distinctTrainingLabels(trainings).values()];
    expect(labels).toHaveLength(trainings.length);
    expect(new Set(labels).size).toBe(trainings.length);
    // The names shared by a secondary Leren en Werken and an adult training are told apart by system and level.
    const shared = all<{ nameNl: string }>(
      "select name_nl as nameNl from trainings group by name_nl having count(distinct system || level) > 1",
    );
    expect(shared.length).toBeGreaterThan(0);
    for (const { nameNl } of shared) {
      const variants = trainings.filter((t) => t.nameNl === nameNl).map(trainingLabel);
      expect(new Set(variants).size, nameNl).toBe(variants.length);
    }
  });

  it('hold every training of Tabel 30 with its level and system', () => {
    const rows = readDataCsv('recognitions_by_training_2022_2023.csv').filter((r) => r.row_type === 'detail');
    expect(rows).toHaveLength(402);
    const loaded = new Set(all<{ k: string }>("select name_nl || '|' || level || '|' || system as k from trainings").map((t) => t.k));
    for (const row of rows) {
      const level = row.level === 'vwo' ? 'ADULT' : 'SECONDARY';
      const system = row.system === 'Leren en Werken' ? 'LEREN_EN_WERKEN' : 'DUAL';
      expect(loaded.has(`${row.training_normalised}|${level}|${system}`), row.training_normalised).toBe(true);
    }
  });

  it('hold every approved adult training of Tabel 32, merged with the adult rows of Tabel 30', () => {
    const adult = all<{ name: string; studyArea: string | null }>(
      "select name_nl as name, study_area as studyArea from trainings where level = 'ADULT'",
    );
    const keys = new Set(adult.map((t) => matchKey(t.name)));
    for (const row of readDataCsv('vwo_approved_trainings.csv')) expect(keys.has(matchKey(row.training ?? '')), row.training).toBe(true);
    // Tabel 32: 80 distinct trainings; Tabel 30 adds two it lacks (Datacommunicatie- en
    // netwerktechnicus, Meubelstoffeerder) → 82. Secondary: 168 dual + 187 Leren en Werken.
    expect(adult).toHaveLength(82);
    expect(summary.trainings).toBe(168 + 187 + 82);
    // "Logistiek assistent magazijn" (Tabel 30) and "Logistiek Assistent Magazijn" (Tabel 32) are one training.
    expect(adult.filter((t) => matchKey(t.name) === 'logistiek-assistent-magazijn')).toEqual([
      { name: 'Logistiek assistent magazijn', studyArea: 'Administratie' },
    ]);
  });

  it('give deterministic codes and a standard trajectory to secondary dual trainings', () => {
    const byCode = new Map(
      all<{ code: string; name: string; trajectory: string | null }>(
        'select code, name_nl as name, standard_trajectory as trajectory from trainings',
      ).map((t) => [t.code, t]),
    );
    expect(byCode.get('SO-DUAL-elektrische-installaties-duaal')).toEqual({
      code: 'SO-DUAL-elektrische-installaties-duaal',
      name: 'Elektrische installaties duaal',
      trajectory: 'Elektrische installaties duaal',
    });
    expect(byCode.get('SO-LENW-metselaar')?.trajectory).toBeNull();
    expect(byCode.get('VWO-mecanicien-bromfietsen-en-motorfietsen')?.name).toBe('Mecaniciën bromfietsen en motorfietsen');
  });

  it('link equivalent trainings', () => {
    const pairs = all<{ pair: string }>(
      `select f.code || ' > ' || t.code || ' ' || e.kind as pair from training_equivalences e
       join trainings f on f.id = e.from_training_id join trainings t on t.id = e.to_training_id`,
    ).map((p) => p.pair);
    expect(pairs).toContain('SO-LENW-metselaar > SO-DUAL-ruwbouw-duaal LEREN_EN_WERKEN_TO_DUAL');
    // "Motorist 221 kW" feeds two dual trainings in Tabel 7.
    expect(pairs).toContain('SO-LENW-motorist-221-kw > SO-DUAL-matroos-zeevisserij-duaal LEREN_EN_WERKEN_TO_DUAL');
    expect(pairs).toContain('SO-LENW-motorist-221-kw > SO-DUAL-zeevisserij-duaal LEREN_EN_WERKEN_TO_DUAL');
    expect(pairs).toContain('SO-DUAL-kok-duaal > VWO-kok SECONDARY_TO_ADULT');
    // e.g. "Pluimveehouder" of Tabel 7 is not in the 2022-2023 catalogue.
    expect(summary.skippedEquivalences).toBeGreaterThan(0);
    expect(summary.equivalences + summary.skippedEquivalences).toBe(46 + pairs.filter((p) => p.endsWith('SECONDARY_TO_ADULT')).length);
  });
});

describe('reference data: reason codes and geography', () => {
  it('hold the four coded reason lists with Dutch labels', () => {
    const counts = all<{ list: string; n: number }>('select list, count(*) as n from reason_codes group by list order by list');
    expect(counts).toEqual([
      { list: 'APPEAL_OUTCOME', n: 2 },
      { list: 'EARLY_TERMINATION', n: 20 },
      { list: 'MENTOR_REMOVAL', n: 6 },
      { list: 'REJECTION', n: 5 },
    ]);
  });

  it('hold the 581 municipalities with their arrondissement and province', () => {
    expect(summary.municipalities).toBe(581);
    const perProvince = Object.fromEntries(
      all<{ p: string; n: number }>('select province_code as p, count(*) as n from municipalities group by p').map((r) => [r.p, r.n]),
    );
    // 2019: 300 Flemish municipalities, 19 in Brussels, 262 in Wallonia.
    expect(perProvince.BRUSSEL).toBe(19);
    expect(perProvince.WALLONIE).toBe(262);
    expect(581 - 19 - 262).toBe(300);
    const gent = all('select name_nl as name, arrondissement_nis_code as arr, province_code as province from municipalities where nis_code = ?', '44021');
    expect(gent).toEqual([{ name: 'Gent', arr: '44000', province: 'OOST_VLAANDEREN' }]);
    const nivelles = all<{ province: string }>("select province_code as province from arrondissements where nis_code = '25000'");
    expect(nivelles).toEqual([{ province: 'WALLONIE' }]);
    const provinces = all('select code, nis_code as nis from provinces order by code');
    expect(provinces).toEqual([
      { code: 'ANTWERPEN', nis: '10000' },
      { code: 'BRUSSEL', nis: '04000' },
      { code: 'LIMBURG', nis: '70000' },
      { code: 'OOST_VLAANDEREN', nis: '40000' },
      { code: 'VLAAMS_BRABANT', nis: '20001' },
      { code: 'WALLONIE', nis: '03000' },
      { code: 'WEST_VLAANDEREN', nis: '30000' },
    ]);
  });
});

describe('loadReferenceData', () => {
  it('changes nothing when run a second time', () => {
    const before = databaseDigest(db);
    expect(loadReferenceData(db)).toEqual(summary);
    expect(databaseDigest(db)).toEqual(before);
  });
});
