import { formatDate } from '../../lib/format';
import type { Column, TableModel, TableRow } from '../../lib/table';
import { figure, label, recognitionsText, unique } from './work-list-cells';
import type { ListWords } from './work-list-mapper';
import type { MentorNode } from './work-list-nodes';

/**
 * Mail-merge rows for the mentors due: first and last name only when the API gave them
 * (personal-data rule), the mentor key to match them, the deadline, the recognitions and the
 * establishments with their municipality (the export holds no e-mail or street address).
 */
export function reminderTable(nodes: MentorNode[], w: ListWords): TableModel {
  const { t, labels, locale } = w;
  const withNames = nodes.some((n) => n.name !== null);
  const columns: Column[] = [
    ...(withNames ? [{ key: 'firstName', label: t.firstName }, { key: 'lastName', label: t.lastName }] : []),
    { key: 'mentorKey', label: t.mentorKey },
    { key: 'deadline', label: t.deadline },
    { key: 'daysLeft', label: t.daysLeft, unit: 'COUNT' },
    { key: 'status', label: t.mentorStatus },
    { key: 'recognitions', label: t.recognitionsCol },
    { key: 'establishments', label: t.establishment },
    { key: 'municipality', label: t.municipality },
    { key: 'partnership', label: t.partnership },
  ];
  const rows: TableRow[] = nodes.map((n) => ({
    id: `${n.mentorId}:${n.partnershipCode}`,
    cells: {
      firstName: n.firstName ?? '',
      lastName: n.lastName ?? '',
      mentorKey: n.mentorKey,
      deadline: formatDate(n.deadline, locale),
      daysLeft: figure(n.daysLeft),
      status: label(labels.mentorTraining, n.status),
      recognitions: recognitionsText(n),
      establishments: unique(n.recognitions.map((r) => r.establishmentName)),
      municipality: unique(n.recognitions.map((r) => r.municipality)),
      partnership: n.partnershipName,
    },
  }));
  return { title: t.remindersTitle, columns, rows };
}
