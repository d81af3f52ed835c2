import { dateInBrussels, timeInBrussels } from '@duaal/shared';
import { formatDate } from '../../lib/format';
import type { TableModel } from '../../lib/table';

// Pure helpers of the Beheer page: how an audit row reads on screen and in the CSV.

/** "29-11-2026 14:32" (Brussels), the day as every date of the dashboard. */
export function formatInstant(iso: string, locale: string): string {
  const instant = new Date(iso);
  return `${formatDate(dateInBrussels(instant), locale)} ${timeInBrussels(instant)}`;
}

const MAX_LIST = 3;
const MAX_SUMMARY = 240;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

function summariseValue(value: Json): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_LIST).map((v) => (isObject(v) || Array.isArray(v) ? '…' : String(v)));
    return value.length > MAX_LIST ? `${shown.join(', ')} (+${value.length - MAX_LIST})` : shown.join(', ');
  }
  if (isObject(value)) {
    const inner = Object.values(value);
    // An object of objects of numbers (an import's counts per file): the sums per inner key.
    if (inner.length > 0 && inner.every((v) => isObject(v) && Object.values(v).every((n) => typeof n === 'number'))) {
      const sums = new Map<string, number>();
      for (const v of inner as { [key: string]: number }[]) for (const [k, n] of Object.entries(v)) sums.set(k, (sums.get(k) ?? 0) + n);
      return [...sums].map(([k, n]) => `${k} ${n}`).join(', ');
    }
    return Object.entries(value)
      .map(([k, v]) => `${k} ${isObject(v) || Array.isArray(v) ? '…' : String(v)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * The detail of an audit row in one readable line: a JSON object becomes "key: value · key: value"
 * (lists shortened, nested counts summed); free text is kept. Capped, the CSV keeps it whole.
 */
export function summariseDetail(detail: string | null): string {
  if (detail === null || detail === '') return '';
  let parsed: Json;
  try {
    parsed = JSON.parse(detail) as Json;
  } catch {
    return cap(detail);
  }
  if (!isObject(parsed)) return cap(summariseValue(parsed));
  return cap(
    Object.entries(parsed)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}: ${summariseValue(v)}`)
      .join(' · '),
  );
}

const cap = (s: string) => (s.length > MAX_SUMMARY ? `${s.slice(0, MAX_SUMMARY - 1)}…` : s);

export interface AuditNode {
  id: string;
  at: string;
  userEmail: string | null;
  action: string;
  entity: string;
  detail: string | null;
}

/** Every exported row: the instant in ISO (UTC) and the detail as stored, so nothing is lost. */
export function auditTable(nodes: readonly AuditNode[], labels: { title: string; when: string; who: string; action: string; entity: string; detail: string }): TableModel {
  return {
    title: labels.title,
    columns: [
      { key: 'at', label: labels.when },
      { key: 'user', label: labels.who },
      { key: 'action', label: labels.action },
      { key: 'entity', label: labels.entity },
      { key: 'detail', label: labels.detail },
    ],
    rows: nodes.map((n) => ({ id: n.id, cells: { at: n.at, user: n.userEmail ?? '', action: n.action, entity: n.entity, detail: n.detail ?? '' } })),
  };
}

/** "1–50" of a page that starts at `offset` and shows `count` rows. */
export function pageRange(offset: number, count: number): { from: number; to: number } {
  return { from: count === 0 ? 0 : offset + 1, to: offset + count };
}
