import type { MeasureColumn } from '../../lib/kpi-table';

/** Statuses at the deadline (K10), stacked in this order: completed and exempt are compliant. */
export const COMPLIANCE_STATUSES = ['completed', 'exempt', 'notCompleted', 'followUpStopped'] as const;
export type ComplianceMeasure = 'due' | (typeof COMPLIANCE_STATUSES)[number] | 'complianceRate';

export function complianceColumns(labels: Record<'due' | 'completed' | 'exempt' | 'notCompleted' | 'followUpStopped' | 'compliance', string>): MeasureColumn<ComplianceMeasure>[] {
  return [
    { key: 'due', label: labels.due, unit: 'COUNT' },
    { key: 'completed', label: labels.completed, unit: 'COUNT' },
    { key: 'exempt', label: labels.exempt, unit: 'COUNT' },
    { key: 'notCompleted', label: labels.notCompleted, unit: 'COUNT' },
    { key: 'followUpStopped', label: labels.followUpStopped, unit: 'COUNT' },
    { key: 'complianceRate', label: labels.compliance, unit: 'PERCENT' },
  ];
}
