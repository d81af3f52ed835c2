import { RECOGNITION_STATUSES } from '@duaal/shared';
import type { Db } from '../../db/client.js';

/**
 * How far the figures run and when they were loaded, for the line "Cijfers tot en met … · geladen
 * op …" on every view.
 *
 * - `dataUntil`: the latest day on which something happened in the data (an application
 *   submitted, a decision or other status change, an agreement started or ended) that is not
 *   after today. A counter export is cut off on the day it was taken, so its last event is the
 *   honest "figures up to"; planned dates in the future (an agreement that starts next month)
 *   are not events yet, hence the cap at today. Null when the database holds no record.
 * - `loadedAt`: the instant of the last successful import (audit log, action `import`, which the
 *   dashboard upload, the CLI, the API and the demo generator all write). Refused imports
 *   (`import_failed`) change nothing and are not counted. Null before the first import.
 */
export interface DataStatus {
  dataUntil: string | null;
  loadedAt: string | null;
}

// Each max() reads one index from its end: submitted_on, (status, occurred_on) once per status,
// start_on, actual_end_on.
const EVENT_DATES = [
  'select max(submitted_on) as d from recognitions where submitted_on <= @today',
  ...RECOGNITION_STATUSES.map((status) => `select max(occurred_on) as d from recognition_status_events where status = '${status}' and occurred_on <= @today`),
  'select max(start_on) as d from agreements where start_on <= @today',
  'select max(actual_end_on) as d from agreements where actual_end_on <= @today',
];

export function dataStatus({ db, today }: { db: Db; today: string }): DataStatus {
  let dataUntil: string | null = null;
  for (const sql of EVENT_DATES) {
    const row = db.sqlite.prepare(sql).get({ today }) as { d: string | null } | undefined;
    if (row?.d && (dataUntil === null || row.d > dataUntil)) dataUntil = row.d;
  }
  const loaded = db.sqlite
    .prepare("select at from audit_log where action = 'import' and entity = 'counter-export' order by id desc limit 1")
    .get() as { at: string } | undefined;
  return { dataUntil, loadedAt: loaded?.at ?? null };
}
