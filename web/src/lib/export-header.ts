import { LEVEL_LABELS, PROVINCE_LABELS, SYSTEM_LABELS, type Level, type Province, type System } from '@duaal/shared';
import type { Messages } from '../i18n/messages';
import { template } from '../i18n/template';
import { FILTER_KEYS, type FilterKey, type Filters } from './filters';
import { formatDate, formatDateTime, SYMBOLS } from './format';
import { hasSymbol, type ExportHeader, type TableModel } from './table';

// The header block of an export (CSV lines above the table, the XLSX "Info" sheet): a file handed
// on says what it holds without the screen beside it.

/** Names of the coded filters (partnership, municipality, PC number, training), from the API. */
export type FilterNames = Partial<Record<'partnership' | 'municipality' | 'jointCommittee' | 'training', Record<string, string>>>;

/** "Schooljaar 2025-2026 · Provincie Limburg · Opleiding Kapper (duaal, SO)". */
export function filtersInWords(filters: Filters, names: FilterNames, labels: Record<FilterKey, string>): string {
  const word = (key: FilterKey, value: string): string => {
    if (key === 'province') return PROVINCE_LABELS[value as Province] ?? value;
    if (key === 'system') return SYSTEM_LABELS[value as System] ?? value;
    if (key === 'level') return LEVEL_LABELS[value as Level] ?? value;
    if (key === 'jointCommittee') return names.jointCommittee?.[value] ? `${value} – ${names.jointCommittee[value]}` : value;
    if (key === 'schoolYear') return value;
    return names[key]?.[value] ?? value;
  };
  return FILTER_KEYS.flatMap((key) => {
    const value = filters[key];
    return value ? [`${labels[key]} ${word(key, value)}`] : [];
  }).join(' · ');
}

export interface ExportContext {
  filters: string;
  /** The clock's today (ISO). */
  today: string;
  dataUntil: string | null;
  loadedAt: string | null;
  /** The KPI's definition, when the table is one KPI's. */
  definition?: string | null;
}

type HeaderMessages = Pick<Messages, 'exportHeader' | 'suppression'>;

export function buildExportHeader(model: TableModel, ctx: ExportContext, t: HeaderMessages, locale: string): ExportHeader {
  const h = t.exportHeader;
  const symbols = [
    hasSymbol(model, 'SUPPRESSED') ? `${SYMBOLS.suppressed} = ${t.suppression.legend}` : null,
    hasSymbol(model, 'ROUNDED') ? `${SYMBOLS.rounded} = ${t.suppression.rounded}` : null,
    hasSymbol(model, 'NOT_APPLICABLE') ? `${SYMBOLS.notApplicable} = ${t.suppression.notApplicable}` : null,
  ].filter((x): x is string => x !== null);
  const lines: [string, string][] = [
    [h.title, model.title],
    [h.filters, ctx.filters],
    [h.exportedOn, formatDate(ctx.today, locale)],
    [h.dataUntil, ctx.dataUntil ? formatDate(ctx.dataUntil, locale) : '–'],
    [h.loadedAt, ctx.loadedAt ? formatDateTime(ctx.loadedAt, locale) : '–'],
  ];
  if (ctx.definition) lines.push([h.definition, ctx.definition]);
  lines.push([h.symbols, symbols.length ? symbols.join('; ') : h.noSymbols]);
  lines.push([h.numbers, h.numbersNote]);
  return { lines, symbolColumn: template(h.symbolColumn, { column: '{column}' }) };
}
