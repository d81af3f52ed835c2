import { ANNUAL_REPORT_TABLES, PUBLISHED_REPORT_CELLS } from '@duaal/shared';

/** The school year of the published report whose figures sit beside ours. */
export const PUBLISHED_REPORT_YEAR = '2022-2023';

const yearColumns = new Set(ANNUAL_REPORT_TABLES.filter((t) => t.yearsAsColumns).map((t) => t.key));

/**
 * The printed figure of a cell, for the report of 2022-2023 only (the tables of the parliamentary
 * question print every year they show); null where the source prints none.
 */
export function publishedCell(table: string, row: string | null, column: string, schoolYear: string, reportYear: string): number | null {
  if (reportYear !== PUBLISHED_REPORT_YEAR) return null;
  const columnKey = yearColumns.has(table) ? 'year' : column;
  return PUBLISHED_REPORT_CELLS[`${table}|${row ?? '*'}|${columnKey}|${schoolYear}`] ?? null;
}
