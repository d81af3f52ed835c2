import { formatEnterpriseNumber, PROVINCE_LABELS, type Level, type Province, type System } from '@duaal/shared';
import type { Messages } from '../../i18n/messages';
import { template } from '../../i18n/template';
import type { Filters } from '../../lib/filters';
import type { TableModel } from '../../lib/table';

// Pure mappers of the ranked prospect list (Radar): the filter bar to the API's ProspectFilter,
// each reason to one sentence in the user's language, and the rows to one table model that the
// screen and the CSV/XLSX export share (the export holds the reasons as text and the score as a number).

export interface ProspectReasonNode {
  kind: string;
  points: number;
  count: number | null;
  schoolYear: string | null;
  trainingNames: readonly string[];
  place: string | null;
  sizeClass: string | null;
  jointCommitteeCodes: readonly string[];
  partnershipName: string | null;
}

export interface ProspectNode {
  enterpriseId: string;
  name: string;
  kboNumber: string;
  jointCommitteeCodes: readonly string[];
  municipalities: readonly string[];
  score: number;
  reasons: readonly ProspectReasonNode[];
}

export interface ProspectFilter {
  trainingCode: string;
  schoolYear?: string;
  provinces?: Province[];
  municipalities?: string[];
  partnership?: string;
  jointCommittees?: string[];
  systems?: System[];
  levels?: Level[];
}

/** Every filter of the filter bar (the partnership only for roles that choose it; sector staff see their own). */
export function prospectFilter(filters: Filters, role: string | undefined): ProspectFilter | null {
  if (!filters.training) return null;
  const out: ProspectFilter = { trainingCode: filters.training };
  if (filters.schoolYear) out.schoolYear = filters.schoolYear;
  if (filters.province) out.provinces = [filters.province];
  if (filters.municipality) out.municipalities = [filters.municipality];
  if (filters.partnership && role !== 'SECTOR_STAFF') out.partnership = filters.partnership;
  if (filters.jointCommittee) out.jointCommittees = [filters.jointCommittee];
  if (filters.system) out.systems = [filters.system];
  if (filters.level) out.levels = [filters.level];
  return out;
}

/** The column keys the server sorts on. */
export const PROSPECT_SORT_KEYS: Record<string, 'SCORE' | 'NAME' | 'MUNICIPALITY'> = { score: 'SCORE', name: 'NAME', municipality: 'MUNICIPALITY' };

type ReasonWords = Messages['radar']['reasons'];

/** One reason as a sentence, e.g. "12 overeenkomsten, laatste in 2023-2024". */
export function reasonText(r: ProspectReasonNode, words: ReasonWords, locale: string): string {
  const n = (v: number | null) => new Intl.NumberFormat(locale).format(v ?? 0);
  const pcs = r.jointCommitteeCodes.join(', ');
  const values = { year: r.schoolYear ?? '', trainings: r.trainingNames.join(', '), pcs, partnership: r.partnershipName ?? '', count: n(r.count), place: r.place ?? '' };
  switch (r.kind) {
    case 'AGREEMENTS':
      return template(r.count === 1 ? words.AGREEMENTS_ONE : words.AGREEMENTS, values);
    case 'PROVIDER_MUNICIPALITY':
      return template(r.count === 1 ? words.PROVIDER_MUNICIPALITY_ONE : words.PROVIDER_MUNICIPALITY, values);
    case 'PROVIDER_PROVINCE':
      return template(r.count === 1 ? words.PROVIDER_PROVINCE_ONE : words.PROVIDER_PROVINCE, { ...values, place: PROVINCE_LABELS[r.place as Province] ?? r.place ?? '' });
    case 'SIZE':
      return r.sizeClass === 'LARGE' ? words.SIZE_LARGE : words.SIZE_MEDIUM;
    case 'JOINT_COMMITTEE':
      return pcs && r.partnershipName ? template(words.JOINT_COMMITTEE, values) : words.JOINT_COMMITTEE_ANY;
    default: {
      const message = words[r.kind as keyof ReasonWords];
      return message ? template(message, values) : r.kind;
    }
  }
}

export interface ProspectWords {
  title: string;
  score: string;
  enterprise: string;
  kbo: string;
  jointCommittees: string;
  municipality: string;
  reasons: string;
  reasonWords: ReasonWords;
  locale: string;
}

/** The rows as a table, in the order of the server. */
export function prospectTable(nodes: readonly ProspectNode[], words: ProspectWords): TableModel {
  return {
    title: words.title,
    columns: [
      { key: 'name', label: words.enterprise },
      { key: 'score', label: words.score, unit: 'COUNT' },
      { key: 'reasons', label: words.reasons },
      { key: 'municipality', label: words.municipality },
      { key: 'pc', label: words.jointCommittees },
      { key: 'kbo', label: words.kbo },
    ],
    rows: nodes.map((n) => ({
      id: n.enterpriseId,
      cells: {
        name: n.name,
        score: { value: n.score, status: 'OK' },
        reasons: n.reasons.map((r) => reasonText(r, words.reasonWords, words.locale)).join(' · '),
        municipality: n.municipalities.join(', '),
        pc: n.jointCommitteeCodes.join(', '),
        kbo: /^\d{10}$/.test(n.kboNumber) ? formatEnterpriseNumber(n.kboNumber) : n.kboNumber,
      },
    })),
  };
}
