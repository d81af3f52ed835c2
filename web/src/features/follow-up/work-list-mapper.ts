import {
  MENTOR_TRAINING_STATUS_LABELS,
  RECOGNITION_STATUS_LABELS,
  TERMINATION_REASON_LABELS,
  type MentorTrainingStatus,
  type Province,
  type RecognitionStatus,
  type TerminationReason,
} from '@duaal/shared';
import type { Messages } from '../../i18n/messages';
import type { Filters } from '../../lib/filters';
import type { Column, TableModel, TableRow } from '../../lib/table';

// Pure mappers of the Opvolging page: the filter bar to the API's WorkListFilter, and each work
// list's rows to one table model that both the screen and the CSV/XLSX export use.

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

/** "1–50 van 312" (an empty list reads "0–0 van 0"). */
export function rangeLabel(template: string, offset: number, shown: number, total: number): string {
  const from = shown === 0 ? 0 : offset + 1;
  return template.replace('{from}', String(from)).replace('{to}', String(offset + shown)).replace('{total}', String(total));
}

export interface ApplicationNode {
  recognitionId: string;
  applicationId: string;
  status: string;
  submittedOn: string;
  deadline: string;
  deadlineKind: string;
  daysLeft: number;
  establishmentId: string;
  establishmentName: string;
  municipality: string;
  trainingName: string;
  jointCommitteeCode: string | null;
  partnershipCode: string;
}

export interface MentorNode {
  mentorId: string;
  mentorKey: string;
  name: string | null;
  status: string;
  deadline: string;
  daysLeft: number;
  overdue: boolean;
  partnershipCode: string;
  establishmentId: string | null;
  recognitions: { applicationId: string; establishmentName: string; trainingName: string }[];
}

export interface RecognitionNode {
  recognitionId: string;
  applicationId: string;
  kind: string;
  validTo: string;
  daysLeft: number;
  runningAgreements: number;
  establishmentId: string;
  establishmentName: string;
  municipality: string;
  trainingName: string;
  jointCommitteeCode: string | null;
  partnershipCode: string;
}

export interface EstablishmentNode {
  establishmentId: string;
  establishmentName: string;
  enterpriseName: string;
  municipality: string;
  reason: string;
  recognisedSince: string | null;
  earlyTerminations: number;
  terminationReasons: string[];
}

type Nodes = { applications: ApplicationNode; mentors: MentorNode; recognitions: RecognitionNode; establishments: EstablishmentNode };

/** The column keys the server sorts on (GraphQL sort enum value per column). */
export const SORTS: Record<WorkList, Record<string, string>> = {
  applications: { deadline: 'DEADLINE', submittedOn: 'SUBMITTED_ON', establishment: 'ESTABLISHMENT', status: 'STATUS' },
  mentors: { deadline: 'DEADLINE', mentorKey: 'MENTOR_KEY', status: 'STATUS' },
  recognitions: { validTo: 'VALID_TO', establishment: 'ESTABLISHMENT', runningAgreements: 'RUNNING_AGREEMENTS' },
  establishments: { earlyTerminations: 'TERMINATIONS', establishment: 'ESTABLISHMENT', recognisedSince: 'RECOGNISED_SINCE' },
};

const figure = (value: number) => ({ value, status: 'OK' as const });
const label = <K extends string>(labels: Record<K, string>, key: string) => labels[key as K] ?? key;

export function columns(list: WorkList, t: Messages['followUp'], withNames: boolean): Column[] {
  switch (list) {
    case 'applications':
      return [
        { key: 'application', label: t.application },
        { key: 'establishment', label: t.establishment },
        { key: 'municipality', label: t.municipality },
        { key: 'training', label: t.training },
        { key: 'jointCommittee', label: t.jointCommittee },
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
        { key: 'application', label: t.application },
        { key: 'establishment', label: t.establishment },
        { key: 'municipality', label: t.municipality },
        { key: 'training', label: t.training },
        { key: 'jointCommittee', label: t.jointCommittee },
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

function row<L extends WorkList>(list: L, node: Nodes[L], t: Messages['followUp']): TableRow {
  switch (list) {
    case 'applications': {
      const n = node as ApplicationNode;
      return {
        id: n.recognitionId,
        cells: {
          application: n.applicationId,
          establishment: n.establishmentName,
          municipality: n.municipality,
          training: n.trainingName,
          jointCommittee: n.jointCommitteeCode ?? '',
          status: label(RECOGNITION_STATUS_LABELS, n.status as RecognitionStatus),
          submittedOn: n.submittedOn,
          deadline: n.deadline,
          deadlineKind: n.deadlineKind === 'CANCELLATION' ? t.cancellation : t.autoApproval,
          daysLeft: figure(n.daysLeft),
        },
      };
    }
    case 'mentors': {
      const n = node as MentorNode;
      return {
        id: `${n.mentorId}:${n.partnershipCode}`,
        cells: {
          name: n.name ?? '',
          mentorKey: n.mentorKey,
          status: label(MENTOR_TRAINING_STATUS_LABELS, n.status as MentorTrainingStatus),
          deadline: n.deadline,
          daysLeft: figure(n.daysLeft),
          recognitions: n.recognitions.map((r) => `${r.applicationId} (${r.trainingName})`).join(', '),
          establishments: [...new Set(n.recognitions.map((r) => r.establishmentName))].join(', '),
          partnership: n.partnershipCode,
        },
      };
    }
    case 'recognitions': {
      const n = node as RecognitionNode;
      return {
        id: n.recognitionId,
        cells: {
          application: n.applicationId,
          establishment: n.establishmentName,
          municipality: n.municipality,
          training: n.trainingName,
          jointCommittee: n.jointCommitteeCode ?? '',
          kind: n.kind === 'EXPIRED' ? t.expired : t.expiring,
          validTo: n.validTo,
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
          recognisedSince: n.recognisedSince ?? '',
          earlyTerminations: figure(n.earlyTerminations),
          terminationReasons: n.terminationReasons.map((r) => label(TERMINATION_REASON_LABELS, r as TerminationReason)).join(', '),
        },
      };
    }
  }
}

export function workListTable<L extends WorkList>(list: L, nodes: Nodes[L][], t: Messages['followUp'], withNames = false): TableModel {
  return { title: t[list], columns: columns(list, t, withNames), rows: nodes.map((n) => row(list, n, t)) };
}

/** Mail-merge rows for the mentors due: name only when the API gave it (personal-data rule). */
export function reminderTable(nodes: MentorNode[], t: Messages['followUp']): TableModel {
  const withNames = nodes.some((n) => n.name !== null);
  return { ...workListTable('mentors', nodes, t, withNames), title: `${t.mentors} herinneringen` };
}
