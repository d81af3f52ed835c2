import type { Province } from '@duaal/shared';
import type { Messages } from '../../i18n/messages';
import type { Filters } from '../../lib/filters';
import { formatDate } from '../../lib/format';
import type { Column, TableModel, TableRow } from '../../lib/table';
import { figure, label, recognitionsText, unique } from './work-list-cells';
import type { ApplicationNode, EstablishmentNode, MentorNode, RecognitionNode, WorkListNodes as Nodes } from './work-list-nodes';

// Pure mappers of the work lists (Opvolging, and the mentor list of Mentoren): the filter bar to
// the API's WorkListFilter, and each list's rows to one table model that both the screen and the
// CSV/XLSX export use, in the user's language (dates dd-mm-yyyy in Dutch).

/** The words and locale a table is written in. */
export interface ListWords {
  t: Messages['followUp'];
  labels: Messages['statusLabels'];
  calendar: Messages['calendarStatus'];
  locale: string;
}

export const WORK_LISTS = ['applications', 'mentors', 'recognitions', 'establishments'] as const;
export type WorkList = (typeof WORK_LISTS)[number];

export interface WorkListFilter {
  provinces?: Province[];
  jointCommittees?: string[];
  trainings?: string[];
  partnership?: string;
  schoolYear?: string;
}

/** The filter bar's province / PC number / training (and partnership for ADMIN) as the API filter. */
export function workListFilter(filters: Filters, role: string | undefined): WorkListFilter {
  const out: WorkListFilter = {};
  if (filters.province) out.provinces = [filters.province];
  if (filters.jointCommittee) out.jointCommittees = [filters.jointCommittee];
  if (filters.training) out.trainings = [filters.training];
  if (filters.partnership && role !== 'SECTOR_STAFF') out.partnership = filters.partnership;
  if (filters.schoolYear) out.schoolYear = filters.schoolYear;
  return out;
}

/** "1–50 van 9.656" (an empty list reads "0–0 van 0"), numbers in the user's locale. */
export function rangeLabel(template: string, offset: number, shown: number, total: number, locale = 'nl-BE'): string {
  const n = (v: number) => new Intl.NumberFormat(locale).format(v);
  const from = shown === 0 ? 0 : offset + 1;
  return template.replace('{from}', n(from)).replace('{to}', n(offset + shown)).replace('{total}', n(total));
}

export type { ApplicationNode, EstablishmentNode, MentorNode, RecognitionNode } from './work-list-nodes';
export { reminderTable } from './mentor-reminders';

/** The column keys the server sorts on (GraphQL sort enum value per column). */
export const SORTS: Record<WorkList, Record<string, string>> = {
  applications: { deadline: 'DEADLINE', submittedOn: 'SUBMITTED_ON', establishment: 'ESTABLISHMENT', status: 'STATUS' },
  mentors: { deadline: 'DEADLINE', mentorKey: 'MENTOR_KEY', status: 'STATUS' },
  recognitions: { validTo: 'VALID_TO', establishment: 'ESTABLISHMENT', runningAgreements: 'RUNNING_AGREEMENTS' },
  establishments: { earlyTerminations: 'TERMINATIONS', establishment: 'ESTABLISHMENT', recognisedSince: 'RECOGNISED_SINCE' },
};

// The first five columns of the applications and recognitions lists: which recognition it is.
const recognitionColumns = (t: Messages['followUp']): Column[] => [
  { key: 'application', label: t.application },
  { key: 'establishment', label: t.establishment },
  { key: 'municipality', label: t.municipality },
  { key: 'training', label: t.training },
  { key: 'jointCommittee', label: t.jointCommittee },
];

const recognitionCells = (n: ApplicationNode | RecognitionNode) => ({
  application: n.applicationId,
  establishment: n.establishmentName,
  municipality: n.municipality,
  training: n.trainingName,
  jointCommittee: n.jointCommitteeCode ?? '',
});

export function columns(list: WorkList, t: Messages['followUp'], withNames: boolean): Column[] {
  switch (list) {
    case 'applications':
      return [
        ...recognitionColumns(t),
        { key: 'status', label: t.status },
        { key: 'submittedOn', label: t.submittedOn },
        { key: 'deadline', label: t.deadline },
        { key: 'deadlineKind', label: t.deadlineKind },
        { key: 'daysLeft', label: t.daysLeft, unit: 'COUNT' },
      ];
    case 'mentors':
      return [
        ...(withNames ? [{ key: 'name', label: t.name }] : []),
        { key: 'mentorKey', label: t.mentorKey },
        { key: 'status', label: t.mentorStatus },
        { key: 'deadline', label: t.deadline },
        { key: 'daysLeft', label: t.daysLeft, unit: 'COUNT' },
        { key: 'recognitions', label: t.recognitionsCol },
        { key: 'establishments', label: t.establishment },
        { key: 'partnership', label: t.partnership },
      ];
    case 'recognitions':
      return [
        ...recognitionColumns(t),
        { key: 'kind', label: t.kind },
        { key: 'validTo', label: t.validTo },
        { key: 'daysLeft', label: t.daysLeft, unit: 'COUNT' },
        { key: 'runningAgreements', label: t.runningAgreements, unit: 'COUNT' },
      ];
    case 'establishments':
      return [
        { key: 'establishment', label: t.establishment },
        { key: 'enterprise', label: t.enterprise },
        { key: 'municipality', label: t.municipality },
        { key: 'reason', label: t.reason },
        { key: 'recognisedSince', label: t.recognisedSince },
        { key: 'earlyTerminations', label: t.earlyTerminations, unit: 'COUNT' },
        { key: 'terminationReasons', label: t.terminationReasons },
      ];
  }
}

function row<L extends WorkList>(list: L, node: Nodes[L], w: ListWords): TableRow {
  const { t, labels, locale } = w;
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : '');
  switch (list) {
    case 'applications': {
      const n = node as ApplicationNode;
      return {
        id: n.recognitionId,
        cells: {
          ...recognitionCells(n),
          status: label(labels.recognition, n.status),
          submittedOn: date(n.submittedOn),
          deadline: date(n.deadline),
          deadlineKind: n.deadlineKind === 'CANCELLATION' ? t.cancellation : t.autoApproval,
          daysLeft: figure(n.daysLeft),
        },
      };
    }
    case 'mentors': {
      const n = node as MentorNode;
      // A PENDING record past its deadline reads "Niet tijdig gevolgd", marked as derived from the calendar.
      const derived = n.status !== n.exportedStatus;
      return {
        id: `${n.mentorId}:${n.partnershipCode}`,
        cells: {
          name: n.name ?? '',
          mentorKey: n.mentorKey,
          status: label(labels.mentorTraining, n.status),
          deadline: date(n.deadline),
          daysLeft: figure(n.daysLeft),
          recognitions: recognitionsText(n),
          establishments: unique(n.recognitions.map((r) => r.establishmentName)),
          partnership: n.partnershipName,
        },
        notes: derived
          ? { status: { text: w.calendar.derived, title: w.calendar.derivedTitle.replace('{exported}', label(labels.mentorTraining, n.exportedStatus)) } }
          : undefined,
      };
    }
    case 'recognitions': {
      const n = node as RecognitionNode;
      return {
        id: n.recognitionId,
        cells: {
          ...recognitionCells(n),
          kind: n.kind === 'EXPIRED' ? t.expired : t.expiring,
          validTo: date(n.validTo),
          daysLeft: figure(n.daysLeft),
          runningAgreements: figure(n.runningAgreements),
        },
      };
    }
    case 'establishments': {
      const n = node as EstablishmentNode;
      return {
        id: `${n.establishmentId}:${n.reason}`,
        cells: {
          establishment: n.establishmentName,
          enterprise: n.enterpriseName,
          municipality: n.municipality,
          reason: n.reason === 'UNUSED' ? t.unused : t.terminations,
          recognisedSince: date(n.recognisedSince),
          earlyTerminations: figure(n.earlyTerminations),
          terminationReasons: n.terminationReasons.map((r) => label(labels.terminationReason, r)).join(', '),
        },
      };
    }
  }
}

export function workListTable<L extends WorkList>(list: L, nodes: Nodes[L][], w: ListWords, withNames = false, title: string = w.t[list]): TableModel {
  return { title, columns: columns(list, w.t, withNames), rows: nodes.map((n) => row(list, n, w)) };
}
