import type { Level, Province, System } from '@duaal/shared';
import type { Db } from '@duaal/server';
import { readDataCsv } from '../reference/data-files.js';

// The reference lists the generator builds on, read from the database after loadReferenceData
// (training codes are taken from the trainings table, never re-derived).

export interface TrainingInfo {
  code: string;
  nameNl: string;
  system: System;
  level: Level;
  standardTrajectory: string | null;
  /** Approved and valid recognitions of 2022-2023 (Tabel 30), the weight of the training. */
  published: number;
}

export interface MunicipalityInfo {
  nisCode: string;
  nameNl: string;
  province: Province;
  population: number;
}

export interface ReferenceContext {
  trainings: TrainingInfo[];
  trainingByCode: Map<string, TrainingInfo>;
  /** Leren en Werken training → dual training(s) a duplicate is created for. */
  lenwToDual: Map<string, string[]>;
  /** Secondary dual training → adult training it can be declared valid for. */
  dualToAdult: Map<string, string>;
  municipalities: MunicipalityInfo[];
  /** PC numbers per partnership code (assignment in force on the last day of 2022-2023). */
  jointCommitteesByPartnership: Map<string, string[]>;
}

const key = (system: string, level: string, name: string) =>
  `${system}|${level}|${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;

export function readReferenceContext(db: Db): ReferenceContext {
  const all = <T>(sql: string) => db.sqlite.prepare(sql).all() as T[];
  const rows = all<{ code: string; name_nl: string; system: System; level: Level; standard_trajectory: string | null }>(
    'select code, name_nl, system, level, standard_trajectory from trainings order by code',
  );

  const published = new Map<string, number>();
  for (const row of readDataCsv('recognitions_by_training_2022_2023.csv')) {
    if (row.row_type !== 'detail') continue;
    const level = row.level === 'vwo' ? 'ADULT' : 'SECONDARY';
    const system = row.level === 'vwo' || row.system === 'Duaal Leren' ? 'DUAL' : 'LEREN_EN_WERKEN';
    published.set(key(system, level, row.training_normalised ?? ''), Number(row.approved_valid_recognitions));
  }
  const trainings: TrainingInfo[] = rows.map((t) => ({
    code: t.code,
    nameNl: t.name_nl,
    system: t.system,
    level: t.level,
    standardTrajectory: t.standard_trajectory,
    published: published.get(key(t.system, t.level, t.name_nl)) ?? 0,
  }));
  const trainingByCode = new Map(trainings.map((t) => [t.code, t]));

  const lenwToDual = new Map<string, string[]>();
  const dualToAdult = new Map<string, string>();
  for (const e of all<{ from_code: string; to_code: string; kind: string }>(
    `select f.code as from_code, t.code as to_code, e.kind from training_equivalences e
     join trainings f on f.id = e.from_training_id join trainings t on t.id = e.to_training_id order by f.code, t.code`,
  )) {
    if (e.kind === 'LEREN_EN_WERKEN_TO_DUAL') lenwToDual.set(e.from_code, [...(lenwToDual.get(e.from_code) ?? []), e.to_code]);
    else dualToAdult.set(e.from_code, e.to_code);
  }
  // Adult trainings without a name match: Tabel 30 prints the same count for the adult training
  // as for the secondary dual training it rests on (Kapper 720 = Haarverzorging duaal 720); among
  // several such twins, or without one, the free dual training sharing most words of its name
  // (Medewerker bakkerij 160 = Medewerker (banket)bakkerij duaal 160; Zorgkundige → Verzorgende/Zorgkundige duaal).
  const adultTaken = new Set(dualToAdult.values());
  const adults = trainings.filter((t) => t.level === 'ADULT' && t.published > 0 && !adultTaken.has(t.code)).sort((a, b) => b.published - a.published || a.code.localeCompare(b.code));
  for (const adult of adults) {
    const free = trainings.filter((t) => t.level === 'SECONDARY' && t.system === 'DUAL' && !dualToAdult.has(t.code));
    const overlap = (t: TrainingInfo) => sharedWords(t.nameNl, adult.nameNl);
    const twins = free.filter((t) => t.published === adult.published);
    let twin: TrainingInfo | undefined;
    if (twins.length === 1) twin = twins[0];
    else {
      const best = (list: TrainingInfo[]) => {
        const ranked = list.map((t) => [overlap(t), t] as const).filter(([n]) => n > 0).sort((a, b) => b[0] - a[0] || b[1].published - a[1].published);
        return ranked[0]?.[1];
      };
      twin = best(twins) ?? best(free);
    }
    if (twin) dualToAdult.set(twin.code, adult.code);
  }

  const municipalities = all<{ nis_code: string; name_nl: string; province_code: Province; population: number }>(
    'select nis_code, name_nl, province_code, population from municipalities order by nis_code',
  ).map((m) => ({ nisCode: m.nis_code, nameNl: m.name_nl, province: m.province_code, population: m.population }));

  const jointCommitteesByPartnership = new Map<string, string[]>();
  for (const a of all<{ code: string; partnership: string }>(
    `select a.joint_committee_code as code, p.code as partnership from joint_committee_assignments a
     join partnerships p on p.id = a.partnership_id
     where a.valid_from <= '2023-08-31' and (a.valid_to is null or a.valid_to >= '2023-08-31') order by a.joint_committee_code`,
  )) {
    jointCommitteesByPartnership.set(a.partnership, [...(jointCommitteesByPartnership.get(a.partnership) ?? []), a.code]);
  }
  return { trainings, trainingByCode, lenwToDual, dualToAdult, municipalities, jointCommitteesByPartnership };
}

const MINOR_WORDS = new Set(['duaal', 'dual', 'medewerker', 'polyvalent', 'en', 'van', 'de', 'het', 'in']);

/** Words (4+ letters, not generic) two training names share. */
function sharedWords(a: string, b: string): number {
  const words = (s: string) =>
    new Set(
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 4 && !MINOR_WORDS.has(w)),
    );
  const wa = words(a);
  let n = 0;
  for (const w of words(b)) if (wa.has(w)) n++;
  return n;
}
