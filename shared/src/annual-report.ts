// The tables of the annual report (Jaarrapport 2022-2023 of the Flemish Partnership), declared once
// in its order and numbering. Each table is KPI × measure × dimension: the server computes every
// cell through the KPI engine (so disclosure control applies as everywhere), the web and the
// workbook writer show them. Tables the product holds no records for (surveys, enrolments by
// diversity, standard trajectories) are left out; their numbers stay free so ours match the print.

export type ReportKpiId =
  | 'K1' | 'K2' | 'K3' | 'K4' | 'K5' | 'K6' | 'K7' | 'K8' | 'K9' | 'K10'
  | 'K11' | 'K12' | 'K13' | 'K14' | 'K15' | 'K16' | 'K17' | 'K18' | 'K19' | 'K20';

/** KPI dimensions a report table is laid out on (a subset of the KPI API's). */
export type ReportDimension =
  | 'PROVINCE' | 'PARTNERSHIP' | 'HANDLING_PARTNERSHIP' | 'SYSTEM' | 'LEVEL' | 'TRAINING'
  | 'STATUS' | 'REASON' | 'AGREEMENT_TYPE' | 'APPLICATION_KIND';

export interface ReportFilter {
  systems?: ('DUAL' | 'LEREN_EN_WERKEN')[];
  levels?: ('SECONDARY' | 'ADULT')[];
}

/** One measured figure: a KPI measure, optionally filtered, optionally one group of a second dimension. */
export interface ReportColumn {
  key: string;
  labelNl: string;
  labelEn: string;
  kpi: ReportKpiId;
  measure?: string;
  filter?: ReportFilter;
  /** Read one group of this dimension (e.g. APPLICATION_KIND = NEW) instead of the measure's total. */
  split?: { dimension: ReportDimension; id: string };
  /** The school year measured, relative to the report's (0 = the report's year, -1 = the one before). */
  yearOffset?: number;
}

export interface ReportTable {
  /** The report's own table number ("Tabel 12"); the parliamentary question's tables are 759-1a … */
  number: string;
  key: string;
  section: string;
  titleNl: string;
  titleEn: string;
  /**
   * Rows: the groups of a dimension, closed by the distinct total; or 'measures': each column is a
   * row of its own with one value column (for tables printed as a list of figures).
   */
  rows: { dimension: ReportDimension; totalLabelNl: string; totalLabelEn: string } | 'measures' | 'total';
  columns: ReportColumn[];
  footnotesNl: string[];
  footnotesEn: string[];
  /** The KPI definitions behind the table (their text is in the KPI catalogue). */
  kpis: ReportKpiId[];
  /** Columns are school years (the parliamentary question): no previous year beside them. */
  yearsAsColumns?: boolean;
}

export interface ReportSection {
  key: string;
  titleNl: string;
  titleEn: string;
  tables: ReportTable[];
}

const SO: ReportFilter = { levels: ['SECONDARY'] };
const LENW: ReportFilter = { systems: ['LEREN_EN_WERKEN'] };
const BY_PARTNERSHIP = { dimension: 'PARTNERSHIP', totalLabelNl: 'Totaal (uniek)', totalLabelEn: 'Total (unique)' } as const;
const ROWS_EXCEED_NL = 'Rijen kunnen samen meer zijn dan het totaal: wie tot meer dan één groep behoort, telt in elke groep en in het totaal één keer.';
const ROWS_EXCEED_EN = 'Rows may add up to more than the total: a unit in several groups counts in each group and once in the total.';
const PARTNERSHIP_NL = 'Partnerschap = het partnerschap dat op de laatste dag van het schooljaar bevoegd is voor het PC-nummer.';
const PARTNERSHIP_EN = 'Partnership = the partnership responsible for the PC number on the last day of the school year.';

const types = (['OAO', 'DA', 'DA_SM', 'SAO', 'ODO', 'ODO_W', 'ODOS'] as const).map(
  (t): ReportColumn => ({ key: t, labelNl: t.replace('_', '-'), labelEn: t.replace('_', '-'), kpi: 'K13', split: { dimension: 'AGREEMENT_TYPE', id: t } }),
);

const pq = (number: string, key: string, measure: 'recognisedEnterprises' | 'activeEnterprises', dimension: 'PROVINCE' | 'PARTNERSHIP', titleNl: string, titleEn: string): ReportTable => ({
  number,
  key,
  section: 'pq759',
  titleNl,
  titleEn,
  rows: { dimension, totalLabelNl: 'Totaal Vlaamse gemeenschap (uniek)', totalLabelEn: 'Total Flemish Community (unique)' },
  columns: [-2, -1, 0].map((offset) => ({ key: `y${offset}`, labelNl: `j${offset}`, labelEn: `y${offset}`, kpi: 'K15', measure, filter: LENW, yearOffset: offset })),
  footnotesNl: [
    'Enkel Leren en Werken, zoals in het antwoord op de schriftelijke vraag 759 (2023).',
    dimension === 'PROVINCE'
      ? 'Een onderneming met vestigingen in meerdere provincies telt in elk ervan; in het totaal één keer.'
      : 'Een onderneming met meerdere PC-nummers telt in de sector van elk van haar PC-nummers; in het totaal één keer.',
    ROWS_EXCEED_NL,
  ],
  footnotesEn: [
    'Leren en Werken only, as in the answer to written question 759 (2023).',
    dimension === 'PROVINCE'
      ? 'An enterprise with establishments in several provinces counts in each; once in the total.'
      : 'An enterprise with several PC numbers counts in the sector of each of its PC numbers; once in the total.',
    ROWS_EXCEED_EN,
  ],
  kpis: ['K15'],
  yearsAsColumns: true,
});

export const ANNUAL_REPORT: readonly ReportSection[] = [
  {
    key: 'agreements-so',
    titleNl: 'Overeenkomsten in het secundair onderwijs',
    titleEn: 'Agreements in secondary education',
    tables: [
      {
        number: '8',
        key: 'terminationReasons',
        section: 'agreements-so',
        titleNl: 'Redenen van vroegtijdige beëindiging van de overeenkomsten in het secundair onderwijs',
        titleEn: 'Reasons for early termination of agreements in secondary education',
        rows: { dimension: 'REASON', totalLabelNl: 'Totaal', totalLabelEn: 'Total' },
        columns: [
          { key: 'dual', labelNl: 'Duaal leren', labelEn: 'Dual learning', kpi: 'K14', filter: { systems: ['DUAL'], levels: ['SECONDARY'] } },
          { key: 'lenw', labelNl: 'Leren en Werken', labelEn: 'Leren en Werken', kpi: 'K14', filter: { systems: ['LEREN_EN_WERKEN'], levels: ['SECONDARY'] } },
          { key: 'total', labelNl: 'Totaal', labelEn: 'Total', kpi: 'K14', filter: SO },
        ],
        footnotesNl: ['Overeenkomsten met einddatum in het schooljaar en status vroegtijdig beëindigd.'],
        footnotesEn: ['Agreements with an end date in the school year and status terminated early.'],
        kpis: ['K14'],
      },
    ],
  },
  {
    key: 'applications',
    titleNl: 'Erkenningsaanvragen en beslissingen',
    titleEn: 'Recognition applications and decisions',
    tables: [
      {
        number: '12',
        key: 'applicationsByPartnership',
        section: 'applications',
        titleNl: 'Erkenningsaanvragen naar partnerschap: nieuwe aanvragen en hernieuwingen',
        titleEn: 'Recognition applications by partnership: new applications and renewals',
        rows: BY_PARTNERSHIP,
        columns: [
          { key: 'new', labelNl: 'Nieuw', labelEn: 'New', kpi: 'K3', split: { dimension: 'APPLICATION_KIND', id: 'NEW' } },
          { key: 'renewal', labelNl: 'Hernieuwing', labelEn: 'Renewal', kpi: 'K3', split: { dimension: 'APPLICATION_KIND', id: 'RENEWAL' } },
          { key: 'total', labelNl: 'Totaal', labelEn: 'Total', kpi: 'K3' },
        ],
        footnotesNl: ['Aanvragen met indieningsdatum in het schooljaar.', PARTNERSHIP_NL],
        footnotesEn: ['Applications with a submission date in the school year.', PARTNERSHIP_EN],
        kpis: ['K3'],
      },
      {
        number: '14',
        key: 'decisions',
        section: 'applications',
        titleNl: 'Erkenningsaanvragen (zonder duplicaten) met statusovergang goedgekeurd en afgekeurd',
        titleEn: 'Applications (without duplicates) with a transition to approved and rejected',
        rows: 'total',
        columns: [
          { key: 'approvedInvestigated', labelNl: 'Goedgekeurd na onderzoek', labelEn: 'Approved after investigation', kpi: 'K5', measure: 'approvedInvestigated' },
          { key: 'approvedAutomatic', labelNl: 'Automatisch goedgekeurd', labelEn: 'Approved automatically', kpi: 'K5', measure: 'approvedAutomatic' },
          { key: 'approved', labelNl: 'Goedgekeurd', labelEn: 'Approved', kpi: 'K5', measure: 'approved' },
          { key: 'rejected', labelNl: 'Afgekeurd', labelEn: 'Rejected', kpi: 'K5', measure: 'rejected' },
          { key: 'approvalRate', labelNl: 'Goedkeuringsgraad (%)', labelEn: 'Approval rate (%)', kpi: 'K5', measure: 'approvalRate' },
        ],
        footnotesNl: ['Naar datum van de statusovergang; duplicaten tellen niet als beslissing.'],
        footnotesEn: ['By the date of the status transition; duplicates are not decisions.'],
        kpis: ['K5'],
      },
    ],
  },
  {
    key: 'follow-up',
    titleNl: 'Erkende ondernemingen en opvolging',
    titleEn: 'Recognised enterprises and follow-up',
    tables: [
      {
        number: '15',
        key: 'recognisedUnits',
        section: 'follow-up',
        titleNl: 'Unieke ondernemingen en vestigingen met een goedgekeurde en geldige erkenning',
        titleEn: 'Unique enterprises and establishments with an approved and valid recognition',
        rows: BY_PARTNERSHIP,
        columns: [
          { key: 'enterprises', labelNl: 'Unieke ondernemingen', labelEn: 'Unique enterprises', kpi: 'K2', measure: 'enterprises' },
          { key: 'establishments', labelNl: 'Unieke vestigingen', labelEn: 'Unique establishments', kpi: 'K2', measure: 'establishments' },
        ],
        footnotesNl: ['Alle erkenningen (duplicaten inbegrepen) die minstens één dag goedgekeurd en geldig waren in het schooljaar.', PARTNERSHIP_NL, ROWS_EXCEED_NL],
        footnotesEn: ['Every recognition (duplicates included) approved and valid on at least one day of the school year.', PARTNERSHIP_EN, ROWS_EXCEED_EN],
        kpis: ['K2'],
      },
      {
        number: '16',
        key: 'followUpActions',
        section: 'follow-up',
        titleNl: 'Erkenningen en geregistreerde begeleidings- en opvolgingsacties per partnerschap',
        titleEn: 'Recognitions and registered follow-up actions by partnership',
        rows: BY_PARTNERSHIP,
        columns: [
          { key: 'recognitions', labelNl: 'Erkenningen', labelEn: 'Recognitions', kpi: 'K1' },
          { key: 'establishments', labelNl: 'Unieke vestigingen', labelEn: 'Unique establishments', kpi: 'K2', measure: 'establishments' },
          { key: 'phone', labelNl: 'Telefonisch contact (vestigingen)', labelEn: 'Phone contact (establishments)', kpi: 'K19', measure: 'establishments', split: { dimension: 'STATUS', id: 'PHONE_CONTACT' } },
          { key: 'siteVisit', labelNl: 'Plaatsbezoek (vestigingen)', labelEn: 'Site visit (establishments)', kpi: 'K19', measure: 'establishments', split: { dimension: 'STATUS', id: 'SITE_VISIT' } },
          { key: 'virtual', labelNl: 'Virtueel contact (vestigingen)', labelEn: 'Virtual contact (establishments)', kpi: 'K19', measure: 'establishments', split: { dimension: 'STATUS', id: 'VIRTUAL_CONTACT' } },
        ],
        footnotesNl: ['Acties: unieke vestigingen met minstens één actie van dat type in het schooljaar.', PARTNERSHIP_NL, ROWS_EXCEED_NL],
        footnotesEn: ['Actions: unique establishments with at least one action of that type in the school year.', PARTNERSHIP_EN, ROWS_EXCEED_EN],
        kpis: ['K1', 'K2', 'K19'],
      },
      {
        number: '17',
        key: 'revocations',
        section: 'follow-up',
        titleNl: 'Opgeheven erkenningen en unieke ondernemingen en vestigingen met een opgeheven erkenning',
        titleEn: 'Revoked recognitions and unique enterprises and establishments with a revoked recognition',
        rows: 'total',
        columns: [
          { key: 'revocations', labelNl: 'Opgeheven erkenningen', labelEn: 'Revoked recognitions', kpi: 'K7', measure: 'revocations' },
          { key: 'enterprises', labelNl: 'Unieke ondernemingen', labelEn: 'Unique enterprises', kpi: 'K7', measure: 'enterprises' },
          { key: 'establishments', labelNl: 'Unieke vestigingen', labelEn: 'Unique establishments', kpi: 'K7', measure: 'establishments' },
        ],
        footnotesNl: ['Naar datum van de statusovergang naar opgeheven.'],
        footnotesEn: ['By the date of the transition to revoked.'],
        kpis: ['K7'],
      },
    ],
  },
  {
    key: 'mentors',
    titleNl: 'Mentoren',
    titleEn: 'Mentors',
    tables: [
      {
        number: '18',
        key: 'mentorsByPartnership',
        section: 'mentors',
        titleNl: 'Unieke mentoren in een goedgekeurde en geldige erkenning per partnerschap',
        titleEn: 'Unique mentors on an approved and valid recognition by partnership',
        rows: { dimension: 'PARTNERSHIP', totalLabelNl: 'Totaal aantal unieke mentoren', totalLabelEn: 'Total unique mentors' },
        columns: [{ key: 'mentors', labelNl: 'Unieke mentoren', labelEn: 'Unique mentors', kpi: 'K9' }],
        footnotesNl: [PARTNERSHIP_NL, ROWS_EXCEED_NL],
        footnotesEn: [PARTNERSHIP_EN, ROWS_EXCEED_EN],
        kpis: ['K9'],
      },
      {
        number: '19',
        key: 'mentorTraining',
        section: 'mentors',
        titleNl: 'Mentoren die de mentoropleiding moesten volgen, naar status op het einde van de termijn',
        titleEn: 'Mentors due for mentor training, by status at the end of the deadline',
        rows: 'measures',
        columns: [
          { key: 'due', labelNl: 'Mentoren met termijn in het schooljaar', labelEn: 'Mentors due', kpi: 'K10', measure: 'due' },
          { key: 'completed', labelNl: 'Opleiding gevolgd', labelEn: 'Training completed', kpi: 'K10', measure: 'completed' },
          { key: 'exempt', labelNl: 'Vrijgesteld', labelEn: 'Exempt', kpi: 'K10', measure: 'exempt' },
          { key: 'notCompleted', labelNl: 'Niet tijdig gevolgd', labelEn: 'Not completed in time', kpi: 'K10', measure: 'notCompleted' },
          { key: 'followUpStopped', labelNl: 'Opvolging stopgezet', labelEn: 'Follow-up stopped', kpi: 'K10', measure: 'followUpStopped' },
          { key: 'complianceRate', labelNl: 'In orde (%)', labelEn: 'Compliant (%)', kpi: 'K10', measure: 'complianceRate' },
        ],
        footnotesNl: ['Status op de termijndatum; in orde = gevolgd of vrijgesteld.'],
        footnotesEn: ['Status on the deadline; compliant = completed or exempt.'],
        kpis: ['K10'],
      },
      {
        number: '20',
        key: 'mentorRemovals',
        section: 'mentors',
        titleNl: 'Unieke mentoren geschrapt uit een erkenning per reden van schrapping',
        titleEn: 'Unique mentors removed from a recognition by reason',
        rows: { dimension: 'REASON', totalLabelNl: 'Eindtotaal (uniek)', totalLabelEn: 'Total (unique)' },
        columns: [{ key: 'mentors', labelNl: 'Geschrapte mentoren', labelEn: 'Mentors removed', kpi: 'K11' }],
        footnotesNl: [ROWS_EXCEED_NL],
        footnotesEn: [ROWS_EXCEED_EN],
        kpis: ['K11'],
      },
    ],
  },
  {
    key: 'agreements',
    titleNl: 'Overeenkomsten per partnerschap',
    titleEn: 'Agreements by partnership',
    tables: [
      {
        number: '21',
        key: 'agreementsBySystem',
        section: 'agreements',
        titleNl: 'Overeenkomsten die minstens één dag liepen, per stelsel en onderwijsniveau',
        titleEn: 'Agreements running on at least one day, by system and level',
        rows: BY_PARTNERSHIP,
        columns: [
          { key: 'dualSo', labelNl: 'SO duaal leren', labelEn: 'Secondary dual', kpi: 'K13', filter: { systems: ['DUAL'], levels: ['SECONDARY'] } },
          { key: 'lenwSo', labelNl: 'SO Leren en Werken', labelEn: 'Secondary Leren en Werken', kpi: 'K13', filter: { systems: ['LEREN_EN_WERKEN'], levels: ['SECONDARY'] } },
          { key: 'adult', labelNl: 'VWO duaal leren', labelEn: 'Adult dual', kpi: 'K13', filter: { levels: ['ADULT'] } },
          { key: 'total', labelNl: 'Totaal', labelEn: 'Total', kpi: 'K13' },
        ],
        footnotesNl: ['Een overeenkomst telt onder het partnerschap van de erkenning waarop ze loopt.'],
        footnotesEn: ['An agreement counts under the partnership of the recognition it runs on.'],
        kpis: ['K13'],
      },
      {
        number: '22',
        key: 'agreementsByType',
        section: 'agreements',
        titleNl: 'Overeenkomsten die minstens één dag liepen, per type overeenkomst',
        titleEn: 'Agreements running on at least one day, by agreement type',
        rows: BY_PARTNERSHIP,
        columns: [...types, { key: 'total', labelNl: 'Totaal', labelEn: 'Total', kpi: 'K13' }],
        footnotesNl: ['OAO, DA, DA-SM, SAO: secundair; ODO, ODO-W, ODOS: volwassenenonderwijs (DA-SM bestaat in beide).'],
        footnotesEn: ['OAO, DA, DA-SM, SAO: secondary; ODO, ODO-W, ODOS: adult education (DA-SM exists in both).'],
        kpis: ['K13'],
      },
    ],
  },
  {
    key: 'ended',
    titleNl: 'Stopgezette, afgelopen en hernieuwde erkenningen',
    titleEn: 'Stopped, expired and renewed recognitions',
    tables: [
      {
        number: '23-25',
        key: 'ended',
        section: 'ended',
        titleNl: 'Stopgezette, afgelopen en hernieuwde erkenningen',
        titleEn: 'Stopped, expired and renewed recognitions',
        rows: 'measures',
        columns: [
          { key: 'stopped', labelNl: 'Stopgezet (Tabel 23)', labelEn: 'Stopped (Table 23)', kpi: 'K8', measure: 'stopped' },
          { key: 'expired', labelNl: 'Afgelopen (Tabel 24)', labelEn: 'Expired (Table 24)', kpi: 'K8', measure: 'expired' },
          { key: 'renewed', labelNl: 'Hernieuwd (Tabel 25)', labelEn: 'Renewed (Table 25)', kpi: 'K8', measure: 'renewed' },
        ],
        footnotesNl: ['Naar datum van de statusovergang; de cijfers kunnen niet opgeteld worden.'],
        footnotesEn: ['By the date of the status transition; the figures cannot be added up.'],
        kpis: ['K8'],
      },
    ],
  },
  {
    key: 'appeals',
    titleNl: 'Beroepen',
    titleEn: 'Appeals',
    tables: [
      {
        number: '28',
        key: 'appeals',
        section: 'appeals',
        titleNl: 'Ingediende beroepen per behandelend partnerschap',
        titleEn: 'Appeals filed by handling partnership',
        rows: { dimension: 'HANDLING_PARTNERSHIP', totalLabelNl: 'Eindtotaal', totalLabelEn: 'Total' },
        columns: [
          { key: 'inadmissible', labelNl: 'Onontvankelijk', labelEn: 'Inadmissible', kpi: 'K20', split: { dimension: 'STATUS', id: 'INADMISSIBLE' } },
          { key: 'admissible', labelNl: 'Ontvankelijk', labelEn: 'Admissible', kpi: 'K20', split: { dimension: 'STATUS', id: 'ADMISSIBLE' } },
          { key: 'withdrawn', labelNl: 'Ingetrokken', labelEn: 'Withdrawn', kpi: 'K20', split: { dimension: 'STATUS', id: 'WITHDRAWN' } },
          { key: 'handled', labelNl: 'Behandeld', labelEn: 'Handled', kpi: 'K20', split: { dimension: 'STATUS', id: 'HANDLED' } },
          { key: 'total', labelNl: 'Totaal ingediend', labelEn: 'Total filed', kpi: 'K20' },
        ],
        footnotesNl: ['Beroepen met indieningsdatum in het schooljaar, naar hun huidige status.'],
        footnotesEn: ['Appeals with a filing date in the school year, by their current status.'],
        kpis: ['K20'],
      },
    ],
  },
  {
    key: 'annex',
    titleNl: 'Bijlage: erkenningen per opleiding',
    titleEn: 'Annex: recognitions by training',
    tables: [
      {
        number: '30',
        key: 'recognitionsByTraining',
        section: 'annex',
        titleNl: 'Erkenningen (duplicaten inbegrepen) die minstens één dag goedgekeurd en geldig waren, per opleiding',
        titleEn: 'Recognitions (duplicates included) approved and valid on at least one day, by training',
        rows: { dimension: 'TRAINING', totalLabelNl: 'Totaal (uniek)', totalLabelEn: 'Total (unique)' },
        columns: [{ key: 'recognitions', labelNl: 'Erkenningen', labelEn: 'Recognitions', kpi: 'K1' }],
        footnotesNl: ['Een secundaire erkenning die ook geldig verklaard is voor een opleiding in het volwassenenonderwijs telt bij beide opleidingen; in het totaal één keer.'],
        footnotesEn: ['A secondary recognition also declared valid for an adult-education training counts under both trainings; once in the total.'],
        kpis: ['K1'],
      },
    ],
  },
  {
    key: 'pq759',
    titleNl: 'Schriftelijke vraag 759: erkende en actieve ondernemingen (Leren en Werken)',
    titleEn: 'Written question 759: recognised and active enterprises (Leren en Werken)',
    tables: [
      pq('759-1a', 'pqRecognisedByProvince', 'recognisedEnterprises', 'PROVINCE', 'Ondernemingen met een erkenning, per provincie', 'Enterprises with a recognition, by province'),
      pq('759-1b', 'pqRecognisedBySector', 'recognisedEnterprises', 'PARTNERSHIP', 'Ondernemingen met een erkenning, per sector', 'Enterprises with a recognition, by sector'),
      pq('759-2a', 'pqActiveByProvince', 'activeEnterprises', 'PROVINCE', 'Ondernemingen met een lopende overeenkomst, per provincie', 'Enterprises with a running agreement, by province'),
      pq('759-2b', 'pqActiveBySector', 'activeEnterprises', 'PARTNERSHIP', 'Ondernemingen met een lopende overeenkomst, per sector', 'Enterprises with a running agreement, by sector'),
    ],
  },
];

export const ANNUAL_REPORT_TABLES: readonly ReportTable[] = ANNUAL_REPORT.flatMap((s) => s.tables);
