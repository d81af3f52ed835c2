import {
  APPEAL_OUTCOME_LABELS,
  MENTOR_REMOVAL_REASON_LABELS,
  REJECTION_REASON_LABELS,
  TERMINATION_REASON_LABELS,
} from '@duaal/shared';
import { tables, type Db } from '@duaal/server';

const { reasonCodes } = tables;

const REASON_LABELS = {
  REJECTION: REJECTION_REASON_LABELS,
  EARLY_TERMINATION: TERMINATION_REASON_LABELS,
  MENTOR_REMOVAL: MENTOR_REMOVAL_REASON_LABELS,
  APPEAL_OUTCOME: APPEAL_OUTCOME_LABELS,
} as const;

/** Upserts every coded reason list with its Dutch label; returns the number of codes. */
export function loadReasonCodes(db: Db): number {
  let count = 0;
  for (const [list, labels] of Object.entries(REASON_LABELS) as [keyof typeof REASON_LABELS, Record<string, string>][]) {
    for (const [code, labelNl] of Object.entries(labels)) {
      db.insert(reasonCodes)
        .values({ list, code, labelNl })
        .onConflictDoUpdate({ target: [reasonCodes.list, reasonCodes.code], set: { labelNl } })
        .run();
      count++;
    }
  }
  return count;
}
