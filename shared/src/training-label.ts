import type { Level, System } from './enums.js';

// A training's name alone does not tell trainings apart: 23 names exist both as a secondary
// Leren en Werken and as an adult training ("Bandenmonteur"). Every list, filter and table shows
// the name with its system and level, "Kapper (duaal, SO)" (glossary: SO = secondary education,
// VWO = adult education, LenW = Leren en Werken).

export const SYSTEM_SHORT_LABELS: Record<System, string> = { DUAL: 'duaal', LEREN_EN_WERKEN: 'LenW' };
export const LEVEL_SHORT_LABELS: Record<Level, string> = { SECONDARY: 'SO', ADULT: 'VWO' };

export interface TrainingNaming {
  nameNl: string;
  system: System;
  level: Level;
}

/** "Kapper (duaal, SO)". */
export function trainingLabel(t: TrainingNaming): string {
  return `${t.nameNl} (${SYSTEM_SHORT_LABELS[t.system]}, ${LEVEL_SHORT_LABELS[t.level]})`;
}

/**
 * Labels for a list of trainings, each distinct: trainingLabel, and where two trainings would
 * still share it (same name, system and level), their code after it: "Kapper (duaal, SO · 1234)".
 */
export function distinctTrainingLabels<T extends TrainingNaming & { code: string }>(trainings: readonly T[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const t of trainings) count.set(trainingLabel(t), (count.get(trainingLabel(t)) ?? 0) + 1);
  return new Map(
    trainings.map((t) => {
      const label = trainingLabel(t);
      return [t.code, (count.get(label) ?? 0) > 1 ? `${t.nameNl} (${SYSTEM_SHORT_LABELS[t.system]}, ${LEVEL_SHORT_LABELS[t.level]} · ${t.code})` : label];
    }),
  );
}
