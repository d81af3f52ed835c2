import type { MentorNode } from './work-list-nodes';

// Cell helpers shared by the work-list tables and the mentors' reminder export.

export const figure = (value: number) => ({ value, status: 'OK' as const });
export const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;
export const unique = (values: string[]) => [...new Set(values)].join(', ');
/** "A-1 (Kok), A-2 (Bakker)": a mentor's recognitions by application and training. */
export const recognitionsText = (n: MentorNode) => n.recognitions.map((r) => `${r.applicationId} (${r.trainingName})`).join(', ');
