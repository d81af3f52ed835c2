import type { DimensionExpr, FactDimension, FactSource, Join } from './engine/types.js';

// The exact day rules of DOMAIN.md §4 as SQL, and the joins that give every fact its dimensions.
// Dates are ISO strings, compared as text. Parameters: @start and @end (the period, both days
// included), @reportingDate (last day of the school year measured), @asOf (today).

/**
 * K1 rule — approved and valid on at least one day of the period: approved, validity start ≤ d ≤
 * validity end, and not revoked or stopped on or before d (ended_on = first REVOKED/STOPPED, so a
 * recognition revoked on its first valid day is never valid). Duplicates included.
 */
export function validInPeriod(r = 'r'): string {
  return `${r}.approved_on IS NOT NULL AND ${r}.valid_from <= @end AND ${r}.valid_to >= @start
    AND (${r}.ended_on IS NULL OR ${r}.ended_on > MAX(@start, ${r}.valid_from))`;
}

/** First and last day of the period on which recognition r is approved and valid (with validInPeriod). */
export const firstValidDay = (r = 'r') => `MAX(@start, ${r}.valid_from)`;
export const lastValidDay = (r = 'r') => `MIN(@end, ${r}.valid_to, COALESCE(date(${r}.ended_on, '-1 day'), ${r}.valid_to))`;

/** An agreement runs on d when not cancelled, start ≤ d and d ≤ its actual end (or planned end while it has none). */
export function runsInPeriod(a = 'a'): string {
  return `${a}.status <> 'CANCELLED' AND ${a}.start_on <= @end AND COALESCE(${a}.actual_end_on, ${a}.planned_end_on) >= @start`;
}

/** A date (a transition, a submission, a deadline) in the period. */
export const inPeriod = (column: string) => `${column} BETWEEN @start AND @end`;

export interface SourceSpec {
  from: string;
  /** See FactSource.rowKey. */
  rowKey?: string;
  where: string;
  /** Id of the recognition the fact reports through, when `r` is not in `from` (LEFT JOINed as r). */
  recognitionId?: string;
  establishmentId: string;
  trainingId: string;
  /**
   * A second training the fact also counts under (SYSTEM, LEVEL, TRAINING): the adult training a
   * secondary recognition is declared valid for (§3). The fact then sits in both groups, once in a total.
   */
  alsoTrainingId?: string;
  /** Partnership id when neither the PC number nor the recognition gives one (e.g. the acting partnership). */
  partnershipFallback?: string;
  /** Handling partnership id (default: the recognition's). */
  handlingPartnershipId?: string;
  joins?: Join[];
  dims?: Partial<Record<FactDimension, DimensionExpr>>;
  /** Dimensions of the standard set that make no sense for this fact. */
  omit?: FactDimension[];
}

/**
 * A fact source with the standard dimensions. PARTNERSHIP is the reporting partnership (§3): the
 * partnership responsible for the recognition's PC number on @reportingDate, else (no PC number)
 * the recognition's handling partnership.
 */
export function factSource(spec: SourceSpec): FactSource {
  const rNeeds = spec.recognitionId ? ['r'] : [];
  const needsR = (expr: string) => (spec.recognitionId && /\br\./.test(expr) ? ['r'] : []);
  const joins: Join[] = [
    ...(spec.recognitionId ? [{ name: 'r', sql: `LEFT JOIN recognitions r ON r.id = ${spec.recognitionId}`, toOne: true }] : []),
    ...(spec.joins ?? []),
    {
      name: 'jca',
      sql: `LEFT JOIN joint_committee_assignments jca ON jca.joint_committee_code = r.joint_committee_code
        AND jca.valid_from <= @reportingDate AND (jca.valid_to IS NULL OR jca.valid_to >= @reportingDate)`,
      needs: rNeeds,
    },
    {
      name: 'rp',
      sql: `LEFT JOIN partnerships rp ON rp.id = COALESCE(jca.partnership_id, r.handling_partnership_id${spec.partnershipFallback ? `, ${spec.partnershipFallback}` : ''})`,
      needs: ['jca', ...rNeeds],
      toOne: true,
    },
    {
      name: 'hp',
      sql: `LEFT JOIN partnerships hp ON hp.id = ${spec.handlingPartnershipId ?? 'r.handling_partnership_id'}`,
      needs: needsR(spec.handlingPartnershipId ?? 'r.'),
      toOne: true,
    },
    {
      name: 'est',
      sql: `LEFT JOIN establishments est ON est.id = ${spec.establishmentId}`,
      needs: needsR(spec.establishmentId),
      toOne: true,
    },
    { name: 'mun', sql: 'LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code', needs: ['est'], toOne: true },
    {
      name: 'tr',
      sql: spec.alsoTrainingId
        ? `LEFT JOIN trainings tr ON tr.id IN (${spec.trainingId}, ${spec.alsoTrainingId})`
        : `LEFT JOIN trainings tr ON tr.id = ${spec.trainingId}`,
      needs: needsR(spec.trainingId),
      // With a second training the recognition sits in two training rows.
      toOne: !spec.alsoTrainingId,
    },
  ];
  const standard: Partial<Record<FactDimension, DimensionExpr>> = {
    PROVINCE: { expr: 'mun.province_code', joins: ['mun'] },
    MUNICIPALITY: { expr: 'est.municipality_nis_code', joins: ['est'] },
    PARTNERSHIP: { expr: 'rp.code', joins: ['rp'] },
    HANDLING_PARTNERSHIP: { expr: 'hp.code', joins: ['hp'] },
    JOINT_COMMITTEE: { expr: 'r.joint_committee_code', joins: rNeeds },
    SYSTEM: { expr: 'tr.system', joins: ['tr'] },
    LEVEL: { expr: 'tr.level', joins: ['tr'] },
    TRAINING: { expr: 'tr.code', joins: ['tr'] },
  };
  for (const dim of spec.omit ?? []) delete standard[dim];
  return { from: spec.from, rowKey: spec.rowKey, where: spec.where, joins, dims: { ...standard, ...spec.dims } };
}

/** Dimensions of the recognition row itself (alias r in `from`). */
export const recognitionRowDims: Partial<Record<FactDimension, DimensionExpr>> = {
  MANDATE_TYPE: { expr: 'r.mandate_type', joins: [] },
  APPLICATION_KIND: { expr: 'r.kind', joins: [] },
};

/** Facts on recognitions (alias r). */
export function recognitionSource(where: string, extra: Partial<SourceSpec> = {}): FactSource {
  return factSource({
    from: 'recognitions r',
    rowKey: 'r.id',
    where,
    establishmentId: 'r.establishment_id',
    trainingId: 'r.training_id',
    ...extra,
    dims: { ...recognitionRowDims, ...extra.dims },
  });
}

/** Facts on status transitions (alias ev) of recognitions (alias r). */
export function transitionSource(statuses: string[], where: string, extra: Partial<SourceSpec> = {}): FactSource {
  const list = statuses.map((s) => `'${s}'`).join(', ');
  return factSource({
    from: 'recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id',
    where: `ev.status IN (${list}) AND ${inPeriod('ev.occurred_on')}${where ? ` AND ${where}` : ''}`,
    establishmentId: 'r.establishment_id',
    trainingId: 'r.training_id',
    ...extra,
    dims: { ...recognitionRowDims, ...extra.dims },
  });
}
