import {
  ANNUAL_REPORT,
  isSchoolYear,
  type ReportColumn,
  type ReportDoc,
  type ReportTable,
} from '@duaal/shared';
import type { Db } from '../../db/client.js';
import { cachedRows, KPIS_BY_ID, KpiInputError, type KpiInput, type KpiResult, type KpiRow, type ValueStatus } from '../kpis/index.js';
import { publishedCell } from './published.js';

// The annual report (shared/src/annual-report.ts) for one school year: every cell is read from a
// KPI result — the same results, with the same disclosure control, as the `kpi` query — never
// counted again. Each KPI query is asked once per report, however many tables read it.

export interface ReportCell {
  value: number | null;
  status: ValueStatus;
  /** The same figure for the previous school year (null for tables whose columns are years). */
  previousValue: number | null;
  previousStatus: ValueStatus | null;
  /** For 2022-2023: the figure printed in the annual report or the parliamentary answer. */
  published: number | null;
}

export interface ReportRow {
  /** The group's key (partnership code, reason …), the column key in a 'measures' table; null for the total. */
  id: string | null;
  label: string;
  /** English label where the table declares one (rows of a 'measures' table, the total row). */
  labelEn: string | null;
  isTotal: boolean;
  cells: ReportCell[];
}

export interface ReportColumnResult {
  key: string;
  labelNl: string;
  labelEn: string;
  schoolYear: string;
}

export interface ReportTableResult {
  spec: ReportTable;
  columns: ReportColumnResult[];
  rows: ReportRow[];
  /** KPI definitions behind the table (Dutch). */
  definitionsNl: string[];
  definitionsEn: string[];
}

export interface AnnualReportResult {
  schoolYear: string;
  previousYear: string;
  tables: ReportTableResult[];
}

/** Asks the KPI API one question (through the worker pool in the server, on this thread in tests). */
export type KpiAsk = (input: KpiInput) => Promise<KpiResult>;

export function shiftSchoolYear(year: string, offset: number): string {
  const start = Number(year.slice(0, 4)) + offset;
  return `${start}-${start + 1}`;
}

const keyPath = (row: KpiRow) => row.keys.map((k) => k.id);

interface Read {
  value: number | null;
  status: ValueStatus;
  previousValue: number | null;
  previousStatus: ValueStatus | null;
}

function fromRow(row: KpiRow): Read {
  return { value: row.value, status: row.status, previousValue: row.comparisonValue, previousStatus: row.comparisonStatus };
}

/** A group the KPI found no facts for: 0 for a count, no value for a percentage. */
function absent(column: ReportColumn, withPrevious: boolean): Read {
  const kpi = KPIS_BY_ID.get(column.kpi);
  const measure = kpi?.measures.find((m) => m.id === (column.measure ?? kpi.defaultMeasure));
  const isCount = measure?.unit === 'COUNT';
  const status: ValueStatus = isCount ? 'OK' : 'NOT_APPLICABLE';
  return { value: isCount ? 0 : null, status, previousValue: withPrevious && isCount ? 0 : null, previousStatus: withPrevious ? status : null };
}

export async function buildAnnualReport(input: { schoolYear: string; ask: KpiAsk }): Promise<AnnualReportResult> {
  if (!isSchoolYear(input.schoolYear)) throw new KpiInputError('schoolYear', 'schoolYear: is not a school year: write it as 2022-2023');
  const year = input.schoolYear;
  const previousYear = shiftSchoolYear(year, -1);
  const cache = new Map<string, Promise<KpiResult>>();
  const ask = (q: KpiInput) => {
    const key = JSON.stringify(q);
    let hit = cache.get(key);
    if (!hit) {
      hit = input.ask(q);
      cache.set(key, hit);
    }
    return hit;
  };

  const tables: ReportTableResult[] = [];
  for (const section of ANNUAL_REPORT) {
    for (const spec of section.tables) {
      tables.push(await buildTable(spec, year, previousYear, ask));
    }
  }
  return { schoolYear: year, previousYear, tables };
}

async function buildTable(spec: ReportTable, year: string, previousYear: string, ask: KpiAsk): Promise<ReportTableResult> {
  const withPrevious = !spec.yearsAsColumns;
  const rowDim = typeof spec.rows === 'object' ? spec.rows.dimension : null;
  const columns = spec.columns.map((c) => ({ column: c, schoolYear: shiftSchoolYear(year, c.yearOffset ?? 0) }));

  // Per column: the grouped reads (by row key) and the total read.
  const reads = await Promise.all(
    columns.map(async ({ column, schoolYear }) => {
      const base: KpiInput = {
        id: column.kpi,
        measure: column.measure ?? null,
        schoolYear,
        compareWith: withPrevious ? previousYear : null,
        filter: column.filter ?? null,
      };
      const split = column.split;
      const totalResult = await ask({ ...base, groupBy: split ? [split.dimension] : [] });
      const total = split
        ? (() => {
            const row = totalResult.rows.find((r) => r.keys[0]?.id === split.id);
            return row ? fromRow(row) : absent(column, withPrevious);
          })()
        : fromRow(totalResult.total);
      const groups = new Map<string, { label: string; read: Read }>();
      if (rowDim) {
        const grouped = await ask({ ...base, groupBy: split ? [rowDim, split.dimension] : [rowDim] });
        for (const row of grouped.rows) {
          const path = keyPath(row);
          if (split && path[1] !== split.id) continue;
          groups.set(path[0] as string, { label: row.keys[0]?.label ?? (path[0] as string), read: fromRow(row) });
        }
        // A group present only in another split value still needs its label: collect all keys.
        for (const row of grouped.rows) {
          const id = row.keys[0]?.id as string;
          if (!groups.has(id)) groups.set(id, { label: row.keys[0]?.label ?? id, read: absent(column, withPrevious) });
        }
      }
      return { total, groups };
    }),
  );

  const cell = (read: Read, tableKey: string, rowId: string | null, columnKey: string, schoolYear: string): ReportCell => ({
    ...read,
    published: publishedCell(tableKey, rowId, columnKey, schoolYear, year),
  });

  const rows: ReportRow[] = [];
  if (spec.rows === 'measures') {
    columns.forEach(({ column, schoolYear }, i) => {
      rows.push({ id: column.key, label: column.labelNl, labelEn: column.labelEn, isTotal: false, cells: [cell(reads[i]!.total, spec.key, column.key, 'value', schoolYear)] });
    });
  } else if (spec.rows === 'total') {
    rows.push({
      id: null,
      label: 'Totaal',
      labelEn: 'Total',
      isTotal: true,
      cells: columns.map(({ column, schoolYear }, i) => cell(reads[i]!.total, spec.key, null, column.key, schoolYear)),
    });
  } else {
    // Every group any column found: reasons in the KPI API's order (the declared list), other
    // groups alphabetically by label, as the report prints them.
    const order = new Map<string, string>();
    for (const r of reads) for (const [id, g] of r.groups) if (!order.has(id)) order.set(id, g.label);
    const entries = [...order];
    if (spec.rows.dimension !== 'REASON') entries.sort((a, b) => a[1].localeCompare(b[1], 'nl'));
    for (const [id, label] of entries) {
      rows.push({
        id,
        label,
        labelEn: null,
        isTotal: false,
        cells: columns.map(({ column, schoolYear }, i) =>
          cell(reads[i]!.groups.get(id)?.read ?? absent(column, withPrevious), spec.key, id, column.key, schoolYear),
        ),
      });
    }
    rows.push({
      id: null,
      label: spec.rows.totalLabelNl,
      labelEn: spec.rows.totalLabelEn,
      isTotal: true,
      cells: columns.map(({ column, schoolYear }, i) => cell(reads[i]!.total, spec.key, null, column.key, schoolYear)),
    });
  }

  const kpis = spec.kpis.map((id) => KPIS_BY_ID.get(id)).filter((k) => k !== undefined);
  return {
    spec,
    columns:
      spec.rows === 'measures'
        ? [{ key: 'value', labelNl: 'Aantal', labelEn: 'Number', schoolYear: year }]
        : columns.map(({ column, schoolYear }) => ({
            key: column.key,
            labelNl: spec.yearsAsColumns ? schoolYear : column.labelNl,
            labelEn: spec.yearsAsColumns ? schoolYear : column.labelEn,
            schoolYear,
          })),
    rows,
    definitionsNl: kpis.map((k) => `${k.id} ${k.nameNl}: ${k.definitionNl}`),
    definitionsEn: kpis.map((k) => `${k.id} ${k.nameEn}: ${k.definitionEn}`),
  };
}

/** The day the data were taken: the last successful import of the history, else today. */
export function reportDataDate(db: Db, today: string): string {
  const row = cachedRows<{ at: string | null }>(db, "SELECT MAX(at) AS at FROM audit_log WHERE action = 'import' AND entity = 'counter-export'", {})[0];
  return row?.at ? row.at.slice(0, 10) : today;
}

const sections = new Map(ANNUAL_REPORT.map((s) => [s.key, s]));

/** The report as the document the workbook and the sentences are written from (same shape as the query). */
export function toReportDoc(report: AnnualReportResult, dataDate: string): ReportDoc {
  return {
    schoolYear: report.schoolYear,
    previousYear: report.previousYear,
    dataDate,
    tables: report.tables.map((t) => ({
      number: t.spec.number,
      key: t.spec.key,
      section: t.spec.section,
      sectionTitleNl: sections.get(t.spec.section)?.titleNl ?? t.spec.section,
      sectionTitleEn: sections.get(t.spec.section)?.titleEn ?? t.spec.section,
      titleNl: t.spec.titleNl,
      titleEn: t.spec.titleEn,
      footnotesNl: t.spec.footnotesNl,
      footnotesEn: t.spec.footnotesEn,
      definitionsNl: t.definitionsNl,
      definitionsEn: t.definitionsEn,
      yearsAsColumns: Boolean(t.spec.yearsAsColumns),
      columns: t.columns,
      rows: t.rows,
    })),
  };
}
