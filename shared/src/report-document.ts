// The annual report as a document: the sentences with figures under each section and the rows of
// each table as a sheet, from the same figures the `annualReport` query returns. Pure (no I/O), so
// the web view, the workbook and the CLI say exactly the same.

export type ReportLang = 'nl' | 'en';
export type ReportStatus = 'OK' | 'ROUNDED' | 'SUPPRESSED' | 'NOT_APPLICABLE';

export interface ReportDocCell {
  value: number | null;
  status: ReportStatus;
  previousValue: number | null;
  previousStatus: ReportStatus | null;
  published: number | null;
}
export interface ReportDocRow {
  id: string | null;
  label: string;
  labelEn: string | null;
  isTotal: boolean;
  cells: readonly ReportDocCell[];
}
export interface ReportDocTable {
  number: string;
  key: string;
  section: string;
  sectionTitleNl: string;
  sectionTitleEn: string;
  titleNl: string;
  titleEn: string;
  footnotesNl: readonly string[];
  footnotesEn: readonly string[];
  definitionsNl: readonly string[];
  definitionsEn: readonly string[];
  yearsAsColumns: boolean;
  /** The KPIs the table shows (the dashboard links each to its methodology section). */
  kpis?: readonly string[];
  columns: readonly { key: string; labelNl: string; labelEn: string; schoolYear: string }[];
  rows: readonly ReportDocRow[];
}
export interface ReportDoc {
  schoolYear: string;
  previousYear: string;
  dataDate: string;
  tables: readonly ReportDocTable[];
}

export const REPORT_SYMBOLS = { suppressed: '•', notApplicable: '–' } as const;

const locale = (lang: ReportLang) => (lang === 'nl' ? 'nl-BE' : 'en-GB');

export function formatReportNumber(value: number, lang: ReportLang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A figure as text: its number, or the symbol of why it has none. */
export function reportFigure(value: number | null, status: ReportStatus | null, lang: ReportLang): string {
  if (status === 'SUPPRESSED') return REPORT_SYMBOLS.suppressed;
  if (value === null || status === 'NOT_APPLICABLE') return REPORT_SYMBOLS.notApplicable;
  return formatReportNumber(value, lang);
}

/** ISO day as users read it: dd-mm-yyyy. */
export const reportDate = (iso: string) => iso.split('-').reverse().join('-');

export const tableCaption = (t: ReportDocTable, lang: ReportLang) =>
  `${lang === 'nl' ? (t.number.startsWith('759') ? 'Vraag' : 'Tabel') : t.number.startsWith('759') ? 'Question' : 'Table'} ${t.number}: ${lang === 'nl' ? t.titleNl : t.titleEn}`;

export const rowLabel = (r: ReportDocRow, lang: ReportLang) => (lang === 'en' && r.labelEn ? r.labelEn : r.label);

// ---- sentences ------------------------------------------------------------------------------

function find(doc: ReportDoc, table: string, row: string | null, column: string): ReportDocCell | undefined {
  const t = doc.tables.find((x) => x.key === table);
  const c = t?.columns.findIndex((x) => x.key === column) ?? -1;
  return t?.rows.find((r) => r.id === row || (row === null && r.isTotal))?.cells[c];
}

/** "(+4,2 % tegenover 2021-2022)" — only when both years have a value. */
function change(cell: ReportDocCell | undefined, previousYear: string, lang: ReportLang): string {
  if (!cell || cell.value === null || cell.previousValue === null || cell.previousValue === 0) return '';
  const rel = (cell.value - cell.previousValue) / cell.previousValue;
  const pct = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(Math.abs(rel) * 100);
  const sign = rel > 0 ? '+' : rel < 0 ? '−' : '±';
  return lang === 'nl' ? ` (${sign}${pct} % tegenover ${previousYear})` : ` (${sign}${pct} % against ${previousYear})`;
}

/** The sentences with figures under a section, in the report's manner. */
export function sectionSentences(doc: ReportDoc, section: string, lang: ReportLang): string[] {
  const Y = doc.schoolYear;
  const P = doc.previousYear;
  const f = (table: string, row: string | null, column: string) => {
    const c = find(doc, table, row, column);
    return c ? reportFigure(c.value, c.status, lang) : REPORT_SYMBOLS.notApplicable;
  };
  const ch = (table: string, row: string | null, column: string) => change(find(doc, table, row, column), P, lang);
  const nl = lang === 'nl';
  switch (section) {
    case 'agreements-so':
      return [
        nl
          ? `In ${Y} werden ${f('terminationReasons', null, 'total')} overeenkomsten in het secundair onderwijs vroegtijdig beëindigd, ${f('terminationReasons', null, 'dual')} in duaal leren en ${f('terminationReasons', null, 'lenw')} in Leren en Werken${ch('terminationReasons', null, 'total')}.`
          : `In ${Y}, ${f('terminationReasons', null, 'total')} agreements in secondary education were terminated early, ${f('terminationReasons', null, 'dual')} in dual learning and ${f('terminationReasons', null, 'lenw')} in Leren en Werken${ch('terminationReasons', null, 'total')}.`,
      ];
    case 'applications':
      return [
        nl
          ? `In ${Y} werden ${f('applicationsByPartnership', null, 'total')} aanvragen ingediend, ${f('applicationsByPartnership', null, 'new')} nieuwe en ${f('applicationsByPartnership', null, 'renewal')} hernieuwingen${ch('applicationsByPartnership', null, 'total')}.`
          : `In ${Y}, ${f('applicationsByPartnership', null, 'total')} applications were submitted, ${f('applicationsByPartnership', null, 'new')} new ones and ${f('applicationsByPartnership', null, 'renewal')} renewals${ch('applicationsByPartnership', null, 'total')}.`,
        nl
          ? `${f('decisions', null, 'approved')} aanvragen werden goedgekeurd (${f('decisions', null, 'approvedAutomatic')} automatisch) en ${f('decisions', null, 'rejected')} afgekeurd${ch('decisions', null, 'approved')}; de goedkeuringsgraad is ${f('decisions', null, 'approvalRate')} %.`
          : `${f('decisions', null, 'approved')} applications were approved (${f('decisions', null, 'approvedAutomatic')} automatically) and ${f('decisions', null, 'rejected')} rejected${ch('decisions', null, 'approved')}; the approval rate is ${f('decisions', null, 'approvalRate')} %.`,
      ];
    case 'follow-up':
      return [
        nl
          ? `In ${Y} hadden ${f('recognisedUnits', null, 'enterprises')} unieke ondernemingen en ${f('recognisedUnits', null, 'establishments')} unieke vestigingen een goedgekeurde en geldige erkenning${ch('recognisedUnits', null, 'establishments')}.`
          : `In ${Y}, ${f('recognisedUnits', null, 'enterprises')} unique enterprises and ${f('recognisedUnits', null, 'establishments')} unique establishments held an approved and valid recognition${ch('recognisedUnits', null, 'establishments')}.`,
        nl
          ? `${f('revocations', null, 'revocations')} erkenningen werden opgeheven, bij ${f('revocations', null, 'enterprises')} unieke ondernemingen${ch('revocations', null, 'revocations')}.`
          : `${f('revocations', null, 'revocations')} recognitions were revoked, at ${f('revocations', null, 'enterprises')} unique enterprises${ch('revocations', null, 'revocations')}.`,
      ];
    case 'mentors':
      return [
        nl
          ? `In ${Y} mochten ${f('mentorsByPartnership', null, 'mentors')} unieke mentoren optreden in een goedgekeurde erkenning${ch('mentorsByPartnership', null, 'mentors')}.`
          : `In ${Y}, ${f('mentorsByPartnership', null, 'mentors')} unique mentors could act on an approved recognition${ch('mentorsByPartnership', null, 'mentors')}.`,
        nl
          ? `${f('mentorTraining', 'due', 'value')} mentoren moesten de mentoropleiding volgen; ${f('mentorTraining', 'complianceRate', 'value')} % was op tijd in orde. ${f('mentorRemovals', null, 'mentors')} mentoren werden geschrapt.`
          : `${f('mentorTraining', 'due', 'value')} mentors were due for mentor training; ${f('mentorTraining', 'complianceRate', 'value')} % complied in time. ${f('mentorRemovals', null, 'mentors')} mentors were removed.`,
      ];
    case 'agreements':
      return [
        nl
          ? `In ${Y} liepen ${f('agreementsBySystem', null, 'total')} overeenkomsten minstens één dag: ${f('agreementsBySystem', null, 'dualSo')} in duaal leren en ${f('agreementsBySystem', null, 'lenwSo')} in Leren en Werken in het secundair onderwijs, ${f('agreementsBySystem', null, 'adult')} in het volwassenenonderwijs${ch('agreementsBySystem', null, 'total')}.`
          : `In ${Y}, ${f('agreementsBySystem', null, 'total')} agreements ran on at least one day: ${f('agreementsBySystem', null, 'dualSo')} in dual learning and ${f('agreementsBySystem', null, 'lenwSo')} in Leren en Werken in secondary education, ${f('agreementsBySystem', null, 'adult')} in adult education${ch('agreementsBySystem', null, 'total')}.`,
      ];
    case 'ended':
      return [
        nl
          ? `In ${Y} werden ${f('ended', 'stopped', 'value')} erkenningen stopgezet${ch('ended', 'stopped', 'value')} en liepen er ${f('ended', 'expired', 'value')} af${ch('ended', 'expired', 'value')}.`
          : `In ${Y}, ${f('ended', 'stopped', 'value')} recognitions were stopped${ch('ended', 'stopped', 'value')} and ${f('ended', 'expired', 'value')} expired${ch('ended', 'expired', 'value')}.`,
      ];
    case 'appeals':
      return [nl ? `In ${Y} werden ${f('appeals', null, 'total')} beroepen ingediend${ch('appeals', null, 'total')}.` : `In ${Y}, ${f('appeals', null, 'total')} appeals were filed${ch('appeals', null, 'total')}.`];
    case 'annex':
      return [
        nl
          ? `In ${Y} waren ${f('recognitionsByTraining', null, 'recognitions')} erkenningen minstens één dag goedgekeurd en geldig${ch('recognitionsByTraining', null, 'recognitions')}.`
          : `In ${Y}, ${f('recognitionsByTraining', null, 'recognitions')} recognitions were approved and valid on at least one day${ch('recognitionsByTraining', null, 'recognitions')}.`,
      ];
    case 'pq759':
      return [
        nl
          ? `In ${Y} hadden ${f('pqRecognisedByProvince', null, 'y0')} ondernemingen een erkenning in Leren en Werken, tegenover ${f('pqRecognisedByProvince', null, 'y-1')} in ${P}; ${f('pqActiveByProvince', null, 'y0')} ervan hadden een lopende overeenkomst (${f('pqActiveByProvince', null, 'y-1')} in ${P}).`
          : `In ${Y}, ${f('pqRecognisedByProvince', null, 'y0')} enterprises held a Leren en Werken recognition, against ${f('pqRecognisedByProvince', null, 'y-1')} in ${P}; ${f('pqActiveByProvince', null, 'y0')} of them had a running agreement (${f('pqActiveByProvince', null, 'y-1')} in ${P}).`,
      ];
    default:
      return [];
  }
}

// ---- sheets ---------------------------------------------------------------------------------

export type SheetValue = string | number | null;

export interface ReportSheet {
  /** Excel sheet name: at most 31 characters, none of \ / ? * [ ] : */
  name: string;
  /** Rows as shown: caption, years, header, the table's rows, then footnotes and definitions. */
  rows: SheetValue[][];
  /** Index of the header row in `rows`. */
  headerRow: number;
}

const MAX_SHEET = 31;
function sheetNameOf(t: ReportDocTable, lang: ReportLang): string {
  const prefix = `${lang === 'nl' ? 'T' : 'T'}${t.number} `;
  return (prefix + (lang === 'nl' ? t.titleNl : t.titleEn)).replace(/[\\/?*[\]:]/g, ' ').slice(0, MAX_SHEET).trim();
}

/** As shown on screen: rates to one decimal, the symbols of a missing value. */
const cellValue = (value: number | null, status: ReportStatus | null): SheetValue =>
  status === 'SUPPRESSED' ? REPORT_SYMBOLS.suppressed : value === null || status === 'NOT_APPLICABLE' ? REPORT_SYMBOLS.notApplicable : Math.round(value * 10) / 10;

/** Column headers of a table as on screen: per column this year, the previous year, and (optionally) the published figure and the difference. */
export function tableHeader(t: ReportDocTable, doc: ReportDoc, lang: ReportLang, withPublished: boolean): string[] {
  const head: string[] = [''];
  for (const c of t.columns) {
    const label = lang === 'nl' ? c.labelNl : c.labelEn;
    if (t.yearsAsColumns) head.push(label);
    else head.push(`${label} ${doc.schoolYear}`, `${label} ${doc.previousYear}`);
    if (withPublished) head.push(`${label} ${lang === 'nl' ? 'gepubliceerd' : 'published'}`, `${label} ${lang === 'nl' ? 'verschil' : 'difference'}`);
  }
  return head;
}

export function tableRowValues(t: ReportDocTable, row: ReportDocRow, lang: ReportLang, withPublished: boolean): SheetValue[] {
  const out: SheetValue[] = [rowLabel(row, lang)];
  for (const c of row.cells) {
    out.push(cellValue(c.value, c.status));
    if (!t.yearsAsColumns) out.push(cellValue(c.previousValue, c.previousStatus));
    if (withPublished) {
      out.push(c.published);
      out.push(c.published !== null && c.value !== null ? Math.round((c.value - c.published) * 10) / 10 : null);
    }
  }
  return out;
}

/** Whether the report carries published figures (the 2022-2023 report). */
export const hasPublished = (doc: ReportDoc) => doc.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c.published !== null)));

/** One sheet per table, numbered, with the footnotes and definitions under it. */
export function reportSheets(doc: ReportDoc, lang: ReportLang, options: { withPublished?: boolean } = {}): ReportSheet[] {
  const withPublished = (options.withPublished ?? true) && hasPublished(doc);
  const used = new Set<string>();
  return doc.tables.map((t) => {
    let name = sheetNameOf(t, lang);
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, MAX_SHEET - 3)} ${i}`;
    used.add(name);
    const years = t.yearsAsColumns
      ? t.columns.map((c) => c.schoolYear).join(', ')
      : lang === 'nl'
        ? `Schooljaar ${doc.schoolYear}, met ${doc.previousYear} ernaast`
        : `School year ${doc.schoolYear}, with ${doc.previousYear} beside it`;
    const rows: SheetValue[][] = [[tableCaption(t, lang)], [years], []];
    const headerRow = rows.length;
    rows.push(tableHeader(t, doc, lang, withPublished));
    for (const r of t.rows) rows.push(tableRowValues(t, r, lang, withPublished));
    rows.push([]);
    (lang === 'nl' ? t.footnotesNl : t.footnotesEn).forEach((n, i) => rows.push([`${i + 1}. ${n}`]));
    (lang === 'nl' ? t.definitionsNl : t.definitionsEn).forEach((d) => rows.push([d]));
    rows.push([
      lang === 'nl'
        ? `${REPORT_SYMBOLS.suppressed} onderdrukt (kleine aantallen personen) · ${REPORT_SYMBOLS.notApplicable} niet van toepassing · gegevens van ${reportDate(doc.dataDate)}`
        : `${REPORT_SYMBOLS.suppressed} suppressed (small person counts) · ${REPORT_SYMBOLS.notApplicable} not applicable · data of ${reportDate(doc.dataDate)}`,
    ]);
    return { name, rows, headerRow };
  });
}
