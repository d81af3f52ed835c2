import { MENTOR_TRAINING_STATUS_LABELS, type MentorTrainingStatus, type StatusSource } from '@duaal/shared';
import { template } from '../../i18n/template';
import type { CellNote, TableModel } from '../../lib/table';

export interface MentorNode {
  id: string;
  mentorKey: string;
  firstName: string | null;
  lastName: string | null;
  trainingRecords: readonly {
    status: MentorTrainingStatus;
    /** The status as of today (the server's clock): PENDING past its deadline is NOT_COMPLETED. */
    effectiveStatus: MentorTrainingStatus;
    statusSource: StatusSource;
    /** Deadline − today for an open follow-up: 1 = one day left, −3 = three days late. */
    daysToDeadline: number | null;
    deadline: string | null;
    location: string | null;
    partnership: { code: string; nameNl: string };
  }[];
}

/** The statuses a sector partnership follows up: still open, or past the deadline. */
export const OPEN_STATUSES = ['PENDING', 'NOT_COMPLETED'] as const satisfies readonly MentorTrainingStatus[];

/** The words of the calendar (messages.ts, calendarStatus). */
export interface CalendarLabels {
  derived: string;
  /** "… the export still says “{exported}”." */
  derivedTitle: string;
  daysLeftOne: string;
  daysLeft: string;
  dueToday: string;
  daysLateOne: string;
  daysLate: string;
}

export interface MentorListLabels {
  title: string;
  name: string;
  key: string;
  partnership: string;
  status: string;
  deadline: string;
  term: string;
  overdue: string;
  calendar: CalendarLabels;
}

/** "nog 12 dagen", "nog 1 dag", "vandaag", "1 dag te laat", "3 dagen te laat". */
export function deadlineText(daysToDeadline: number, labels: CalendarLabels): string {
  if (daysToDeadline === 0) return labels.dueToday;
  if (daysToDeadline === 1) return labels.daysLeftOne;
  if (daysToDeadline === -1) return labels.daysLateOne;
  return daysToDeadline > 0 ? template(labels.daysLeft, { days: daysToDeadline }) : template(labels.daysLate, { days: -daysToDeadline });
}

/** The "volgens de kalender" mark of a status derived from the dates, naming the exported one in its title. */
export function calendarNote(source: StatusSource, exportedLabel: string, labels: CalendarLabels): CellNote | undefined {
  return source === 'CALENDAR' ? { text: labels.derived, title: template(labels.derivedTitle, { exported: exportedLabel }) } : undefined;
}

/**
 * One row per open training record (a mentor followed up by two partnerships appears once per
 * partnership the caller sees), by its effective status, with the time to (or past) the deadline.
 */
export function mentorListTable(nodes: readonly MentorNode[], labels: MentorListLabels, partnership?: string): TableModel {
  const rows = nodes.flatMap((m) =>
    m.trainingRecords
      .filter((r) => (OPEN_STATUSES as readonly string[]).includes(r.effectiveStatus) && (!partnership || r.partnership.code === partnership))
      .map((r) => {
        const days = r.daysToDeadline;
        const late = days !== null && days < 0 ? -days : null;
        return {
          pending: r.effectiveStatus === 'PENDING',
          row: {
            id: `${m.id}-${r.partnership.code}`,
            cells: {
              name: [m.lastName, m.firstName].filter(Boolean).join(', ') || m.mentorKey,
              key: m.mentorKey,
              partnership: r.partnership.nameNl,
              status: MENTOR_TRAINING_STATUS_LABELS[r.effectiveStatus],
              deadline: r.deadline ?? '',
              term: days === null ? '' : deadlineText(days, labels.calendar),
              overdue: late === null ? { value: null, status: 'NOT_APPLICABLE' as const } : { value: late, status: 'OK' as const },
            },
            notes: { status: calendarNote(r.statusSource, MENTOR_TRAINING_STATUS_LABELS[r.status], labels.calendar) },
          },
        };
      }),
  );
  // Most urgent first: open follow-ups by the nearest deadline, then the overdue ones, the most
  // recently missed first (those are the ones a partnership can still act on).
  rows.sort((a, b) => {
    if (a.pending !== b.pending) return a.pending ? -1 : 1;
    const byDeadline = String(a.row.cells.deadline).localeCompare(String(b.row.cells.deadline));
    return a.pending ? byDeadline : -byDeadline;
  });
  return {
    title: labels.title,
    columns: [
      { key: 'name', label: labels.name },
      { key: 'key', label: labels.key },
      { key: 'partnership', label: labels.partnership },
      { key: 'status', label: labels.status },
      { key: 'deadline', label: labels.deadline },
      { key: 'term', label: labels.term },
      { key: 'overdue', label: labels.overdue, unit: 'DAYS' },
    ],
    rows: rows.map((r) => r.row),
  };
}
