import type { StatusSource } from '@duaal/shared';
import { template } from '../../i18n/template';
import type { CellNote } from '../../lib/table';

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
