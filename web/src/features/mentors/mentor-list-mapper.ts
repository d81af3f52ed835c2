import { daysBetween, MENTOR_TRAINING_STATUS_LABELS, type MentorTrainingStatus } from '@duaal/shared';
import type { TableModel } from '../../lib/table';

export interface MentorNode {
  id: string;
  mentorKey: string;
  firstName: string | null;
  lastName: string | null;
  trainingRecords: readonly {
    status: MentorTrainingStatus;
    deadline: string | null;
    location: string | null;
    partnership: { code: string; nameNl: string };
  }[];
}

/** The statuses a sector partnership follows up: still open, or past the deadline. */
export const OPEN_STATUSES = ['PENDING', 'NOT_COMPLETED'] as const satisfies readonly MentorTrainingStatus[];

export interface MentorListLabels {
  title: string;
  name: string;
  key: string;
  partnership: string;
  status: string;
  deadline: string;
  overdue: string;
}

/**
 * One row per open training record (a mentor followed up by two partnerships appears once per
 * partnership the caller sees), with the days past the deadline for overdue ones.
 */
export function mentorListTable(nodes: readonly MentorNode[], today: string, labels: MentorListLabels, partnership?: string): TableModel {
  const rows = nodes.flatMap((m) =>
    m.trainingRecords
      .filter((r) => (OPEN_STATUSES as readonly string[]).includes(r.status) && (!partnership || r.partnership.code === partnership))
      .map((r) => {
        const late = r.deadline && r.deadline < today ? daysBetween(r.deadline, today) : null;
        return {
          id: `${m.id}-${r.partnership.code}`,
          cells: {
            name: [m.lastName, m.firstName].filter(Boolean).join(', ') || m.mentorKey,
            key: m.mentorKey,
            partnership: r.partnership.nameNl,
            status: MENTOR_TRAINING_STATUS_LABELS[r.status],
            deadline: r.deadline ?? '',
            overdue: late === null ? { value: null, status: 'NOT_APPLICABLE' as const } : { value: late, status: 'OK' as const },
          },
        };
      }),
  );
  // Most urgent first: open follow-ups by the nearest deadline, then the overdue ones, the most
  // recently missed first (those are the ones a partnership can still act on).
  const isPending = (row: (typeof rows)[number]) => row.cells.status === MENTOR_TRAINING_STATUS_LABELS.PENDING;
  rows.sort((a, b) => {
    if (isPending(a) !== isPending(b)) return isPending(a) ? -1 : 1;
    const byDeadline = String(a.cells.deadline).localeCompare(String(b.cells.deadline));
    return isPending(a) ? byDeadline : -byDeadline;
  });
  return {
    title: labels.title,
    columns: [
      { key: 'name', label: labels.name },
      { key: 'key', label: labels.key },
      { key: 'partnership', label: labels.partnership },
      { key: 'status', label: labels.status },
      { key: 'deadline', label: labels.deadline },
      { key: 'overdue', label: labels.overdue, unit: 'DAYS' },
    ],
    rows,
  };
}
