import { addDays, RECOGNITION_STATUS_LABELS, RECOGNITION_STATUS_LABELS_EN, type Level, type Province, type RecognitionStatus, type StatusSource, type System } from '@duaal/shared';
import { template } from '../../i18n/template';
import { FILTER_PARAMS, type Filters } from '../../lib/filters';
import { formatDate } from '../../lib/format';
import { calendarNote, type CalendarLabels } from '../mentors/mentor-list-mapper';
import type { TableModel } from '../../lib/table';

// The records behind a row of the sector table: which row (the `detail` URL parameter), the API
// filter of the recognitions the figure counts, and the list and export rows.

/**
 * The dimensions of the sector table's rows; the row is written `<URL filter name>-<code>`
 * (`pc-124`: no character that a URL escapes).
 */
export const DETAIL_KEYS = ['partnership', 'jointCommittee', 'training'] as const;
export type DetailKey = (typeof DETAIL_KEYS)[number];
export interface Detail {
  key: DetailKey;
  value: string;
}

export function formatDetail(detail: Detail): string {
  return `${FILTER_PARAMS[detail.key]}-${detail.value}`;
}

export function parseDetail(param: string | null): Detail | null {
  if (!param) return null;
  const at = param.indexOf('-');
  const key = DETAIL_KEYS.find((k) => FILTER_PARAMS[k] === param.slice(0, at));
  const value = param.slice(at + 1);
  return at > 0 && key && /^[\w.\- ]{1,64}$/.test(value) ? { key, value } : null;
}

/** The row's filters on top of the page's; null when the row contradicts a filter already set. */
export function detailFilters(filters: Filters, detail: Detail): Filters | null {
  const current = filters[detail.key];
  if (current && current !== detail.value) return null;
  return { ...filters, [detail.key]: detail.value };
}

export interface RecognitionFilterInput {
  validInSchoolYear: string;
  reportingPartnerships?: string[];
  jointCommittees?: string[];
  trainings?: string[];
  provinces?: Province[];
  municipalities?: string[];
  systems?: System[];
  levels?: Level[];
}

/**
 * The API filter of exactly the recognitions K1 counts for these filters (the same filter as the
 * figure's KpiFilter): approved and valid on a day of the school year, under the reporting
 * partnership, and under a training (or level, system) also when it is the adult training the
 * recognition is declared valid for. So the list's total is the figure.
 */
export function recognitionFilter(filters: Filters & { schoolYear: string }): RecognitionFilterInput {
  const out: RecognitionFilterInput = { validInSchoolYear: filters.schoolYear };
  if (filters.partnership) out.reportingPartnerships = [filters.partnership];
  if (filters.jointCommittee) out.jointCommittees = [filters.jointCommittee];
  if (filters.training) out.trainings = [filters.training];
  if (filters.province) out.provinces = [filters.province];
  if (filters.municipality) out.municipalities = [filters.municipality];
  if (filters.system) out.systems = [filters.system];
  if (filters.level) out.levels = [filters.level];
  return out;
}

export interface RecognitionNode {
  id: string;
  applicationId: string;
  status: RecognitionStatus;
  /** The status as of today (the server's clock): expiry, automatic approval and cancellation by the calendar. */
  effectiveStatus: RecognitionStatus;
  statusSource: StatusSource;
  /** Undecided application: the day of its automatic approval (submission + 14 days). */
  autoApprovalOn: string | null;
  /** Incomplete dossier: the day of its cancellation (submission + 60 days). */
  cancellationOn: string | null;
  submittedOn: string;
  validFrom: string | null;
  validTo: string | null;
  endedOn: string | null;
  establishment: { establishmentNumber: string; name: string; municipality: { nameNl: string } };
  /** `label` carries system and level, "Kapper (duaal, SO)"; nameNl alone when absent. */
  training: { code: string; nameNl: string; label?: string };
  adultTraining: { code: string; nameNl: string; label?: string } | null;
}

/** The server-side orders of the list (RecognitionOrderField), per column. */
export const SORT_FIELDS = {
  applicationId: 'APPLICATION_ID',
  submittedOn: 'SUBMITTED_ON',
  establishment: 'ESTABLISHMENT_NAME',
  municipality: 'MUNICIPALITY',
  training: 'TRAINING_NAME',
  status: 'STATUS',
  validity: 'VALID_FROM',
} as const;
export type SortColumn = keyof typeof SORT_FIELDS;
export interface ListSort {
  column: SortColumn;
  dir: 'asc' | 'desc';
}

/** `volgorde=status-asc`; none means the API's default (newest submission first). */
export function parseSort(param: string | null): ListSort | null {
  const [column, dir] = (param ?? '').split('-');
  return column && column in SORT_FIELDS && (dir === 'asc' || dir === 'desc') ? { column: column as SortColumn, dir } : null;
}
export const formatSort = (sort: ListSort | null): string => (sort ? `${sort.column}-${sort.dir}` : '');

/** Header click: descending, then ascending, then back to the default order. */
export function nextSort(sort: ListSort | null, column: SortColumn): ListSort | null {
  if (sort?.column !== column) return { column, dir: 'desc' };
  return sort.dir === 'desc' ? { column, dir: 'asc' } : null;
}

export function orderBy(sort: ListSort | null): { field: (typeof SORT_FIELDS)[SortColumn]; direction: 'ASC' | 'DESC' } | undefined {
  return sort ? { field: SORT_FIELDS[sort.column], direction: sort.dir === 'asc' ? 'ASC' : 'DESC' } : undefined;
}

export interface RecognitionListLabels {
  title: string;
  applicationId: string;
  submittedOn: string;
  establishment: string;
  municipality: string;
  training: string;
  status: string;
  validity: string;
  /** "{training} (ook geldig voor {adultTraining})". */
  alsoValidFor: string;
  calendar: CalendarLabels & { autoApprovalOn: string; cancellationOn: string };
}

export const COLUMN_KEYS = ['applicationId', 'submittedOn', 'establishment', 'municipality', 'training', 'status', 'validity'] as const;

/** Status names in the UI's language (an English locale reads English). */
const statusLabels = (locale: string) => (locale.startsWith('en') ? RECOGNITION_STATUS_LABELS_EN : RECOGNITION_STATUS_LABELS);

/** The list (one page, or every page for an export) as a table model. */
export function recognitionTable(nodes: readonly RecognitionNode[], labels: RecognitionListLabels, locale: string): TableModel {
  return {
    title: labels.title,
    columns: COLUMN_KEYS.map((key) => ({ key, label: labels[key], date: key === 'submittedOn' })),
    rows: nodes.map((r) => ({
      id: r.id,
      cells: {
        applicationId: r.applicationId,
        submittedOn: r.submittedOn,
        establishment: `${r.establishment.name} (${r.establishment.establishmentNumber})`,
        municipality: r.establishment.municipality.nameNl,
        // Listed under an adult training through the secondary recognition declared valid for it.
        training: r.adultTraining
          ? template(labels.alsoValidFor, { training: r.training.label ?? r.training.nameNl, adultTraining: r.adultTraining.label ?? r.adultTraining.nameNl })
          : (r.training.label ?? r.training.nameNl),
        status: statusText(r, labels.calendar, locale),
        validity: validity(r),
      },
      notes: { status: calendarNote(r.statusSource, statusLabels(locale)[r.status], labels.calendar) },
    })),
  };
}

/**
 * The effective status, with the day the calendar decides an open application:
 * "Ingediend · automatisch goedgekeurd op 30-11-2026", "Dossier onvolledig · geannuleerd op 19-12-2026".
 */
export function statusText(
  r: Pick<RecognitionNode, 'effectiveStatus' | 'autoApprovalOn' | 'cancellationOn'>,
  labels: RecognitionListLabels['calendar'],
  locale: string,
): string {
  const status = statusLabels(locale)[r.effectiveStatus];
  if (r.autoApprovalOn) return `${status} · ${template(labels.autoApprovalOn, { date: formatDate(r.autoApprovalOn, locale) })}`;
  if (r.cancellationOn) return `${status} · ${template(labels.cancellationOn, { date: formatDate(r.cancellationOn, locale) })}`;
  return status;
}

/** First and last valid day, "2021-09-01 – 2026-08-31"; a revocation or stop ends it the day before. */
export function validity(r: Pick<RecognitionNode, 'validFrom' | 'validTo' | 'endedOn'>): string {
  if (!r.validFrom) return '';
  const lastByEnd = r.endedOn ? addDays(r.endedOn, -1) : null;
  const last = lastByEnd && (!r.validTo || lastByEnd < r.validTo) ? lastByEnd : r.validTo;
  return `${r.validFrom} – ${last ?? ''}`.trim();
}
