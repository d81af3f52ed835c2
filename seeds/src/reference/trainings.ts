import type { Level, System } from '@duaal/shared';
import { tables, type Db } from '@duaal/server';
import { readDataCsv } from './data-files.js';
import { createCodeAllocator, matchKey } from './names.js';

const { trainings, trainingEquivalences } = tables;

export interface CatalogueTraining {
  code: string;
  nameNl: string;
  system: System;
  level: Level;
  studyArea: string | null;
  standardTrajectory: string | null;
}

export interface Equivalence {
  fromCode: string;
  toCode: string;
  kind: 'LEREN_EN_WERKEN_TO_DUAL' | 'SECONDARY_TO_ADULT';
}

const CODE_PREFIX = { DUAL: 'SO-DUAL-', LEREN_EN_WERKEN: 'SO-LENW-', ADULT: 'VWO-' } as const;

/**
 * The training catalogue: every detail row of the 2022-2023 recognitions table (Tabel 30) plus the
 * approved adult trainings (Tabel 32), merged with the adult rows of Tabel 30 by name.
 */
export function readTrainingCatalogue(): CatalogueTraining[] {
  const allocate = createCodeAllocator();
  const catalogue: CatalogueTraining[] = [];
  const adultByKey = new Map<string, CatalogueTraining>();

  for (const row of readDataCsv('recognitions_by_training_2022_2023.csv')) {
    if (row.row_type !== 'detail') continue;
    const nameNl = row.training_normalised as string;
    if (row.level === 'vwo') {
      const training: CatalogueTraining = {
        code: allocate(CODE_PREFIX.ADULT, nameNl),
        nameNl,
        system: 'DUAL',
        level: 'ADULT',
        studyArea: null,
        standardTrajectory: null,
      };
      adultByKey.set(matchKey(nameNl), training);
      catalogue.push(training);
      continue;
    }
    const system: System = row.system === 'Leren en Werken' ? 'LEREN_EN_WERKEN' : 'DUAL';
    catalogue.push({
      code: allocate(CODE_PREFIX[system], nameNl),
      nameNl,
      system,
      level: 'SECONDARY',
      studyArea: null,
      standardTrajectory: system === 'DUAL' ? nameNl : null,
    });
  }

  for (const row of readDataCsv('vwo_approved_trainings.csv')) {
    const nameNl = row.training as string;
    const known = adultByKey.get(matchKey(nameNl));
    if (known) {
      known.studyArea ??= row.study_area ?? null;
      continue;
    }
    const training: CatalogueTraining = {
      code: allocate(CODE_PREFIX.ADULT, nameNl),
      nameNl,
      system: 'DUAL',
      level: 'ADULT',
      studyArea: row.study_area ?? null,
      standardTrajectory: null,
    };
    adultByKey.set(matchKey(nameNl), training);
    catalogue.push(training);
  }
  return catalogue;
}

/**
 * LEREN_EN_WERKEN_TO_DUAL from the duplicates table (Tabel 7); rows whose source training is not in
 * the catalogue are skipped and counted. SECONDARY_TO_ADULT where a secondary dual training and an
 * adult training carry the same name once the trailing "duaal" (which only marks the system) is dropped.
 */
export function readEquivalences(catalogue: CatalogueTraining[]): { equivalences: Equivalence[]; skipped: number } {
  const keyed = (system: System, level: Level) =>
    new Map(catalogue.filter((t) => t.system === system && t.level === level).map((t) => [matchKey(t.nameNl), t.code]));
  const lenw = keyed('LEREN_EN_WERKEN', 'SECONDARY');
  const dual = keyed('DUAL', 'SECONDARY');
  const adult = keyed('DUAL', 'ADULT');

  const equivalences: Equivalence[] = [];
  let skipped = 0;
  for (const row of readDataCsv('duplicates_by_dual_training_2022_2023.csv')) {
    if (row.row_type !== 'detail') continue;
    const fromCode = lenw.get(matchKey(row.source_training ?? ''));
    const toCode = dual.get(matchKey(row.dual_training_normalised ?? ''));
    if (!fromCode || !toCode) {
      skipped++;
      continue;
    }
    equivalences.push({ fromCode, toCode, kind: 'LEREN_EN_WERKEN_TO_DUAL' });
  }
  for (const [key, fromCode] of dual) {
    const toCode = adult.get(key.replace(/-duaal$/, ''));
    if (toCode) equivalences.push({ fromCode, toCode, kind: 'SECONDARY_TO_ADULT' });
  }
  return { equivalences, skipped };
}

/** Upserts the catalogue and its equivalences; returns the counts. */
export function loadTrainings(db: Db): { trainings: number; equivalences: number; skippedEquivalences: number } {
  const catalogue = readTrainingCatalogue();
  const ids = new Map<string, number>();
  for (const { code, ...values } of catalogue) {
    const row = db
      .insert(trainings)
      .values({ code, ...values })
      .onConflictDoUpdate({ target: trainings.code, set: values })
      .returning({ id: trainings.id })
      .get();
    ids.set(code, row.id);
  }
  const { equivalences, skipped } = readEquivalences(catalogue);
  for (const e of equivalences) {
    const fromTrainingId = ids.get(e.fromCode) as number;
    const toTrainingId = ids.get(e.toCode) as number;
    db.insert(trainingEquivalences)
      .values({ fromTrainingId, toTrainingId, kind: e.kind })
      .onConflictDoUpdate({ target: [trainingEquivalences.fromTrainingId, trainingEquivalences.toTrainingId], set: { kind: e.kind } })
      .run();
  }
  return { trainings: catalogue.length, equivalences: equivalences.length, skippedEquivalences: skipped };
}
