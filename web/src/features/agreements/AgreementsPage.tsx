import { KpiBreakdownChart } from '../../components/KpiBreakdownChart';
import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';

export function AgreementsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageIntro title={t.agreements.title} intro={t.agreements.intro} />
      <div className="view-grid">
        <KpiBreakdownChart id="agreements-started-system" title={`K12 · ${t.agreements.startedBySystem}`} kpi="K12" dimension="SYSTEM" dimensionLabel={t.filters.system} keepOrder />
        <KpiBreakdownChart id="agreements-started-level" title={`K12 · ${t.agreements.startedByLevel}`} kpi="K12" dimension="LEVEL" dimensionLabel={t.filters.level} keepOrder />
        <KpiBreakdownChart id="agreements-started-type" title={`K12 · ${t.agreements.startedByType}`} kpi="K12" dimension="AGREEMENT_TYPE" dimensionLabel={t.agreements.type} keepOrder />
        <KpiBreakdownChart id="agreements-running-type" title={`K13 · ${t.agreements.runningByType}`} kpi="K13" dimension="AGREEMENT_TYPE" dimensionLabel={t.agreements.type} keepOrder />
        <KpiBreakdownChart id="agreements-running-system" title={`K13 · ${t.agreements.runningBySystem}`} kpi="K13" dimension="SYSTEM" dimensionLabel={t.filters.system} keepOrder />
        <KpiBreakdownChart id="agreements-terminations-system" title={`K14 · ${t.agreements.terminationsBySystem}`} kpi="K14" dimension="SYSTEM" dimensionLabel={t.filters.system} keepOrder />
        <KpiBreakdownChart
          id="agreements-terminations-reason"
          title={`K14 · ${t.agreements.terminationsByReason}`}
          kpi="K14"
          dimension="REASON"
          dimensionLabel={t.agreements.reason}
          wide
          labelWidth={380}
        />
      </div>
    </>
  );
}
