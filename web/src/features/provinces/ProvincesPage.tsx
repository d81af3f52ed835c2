import type { KpiIndicator } from '@duaal/shared';
import { KpiBreakdownChart } from '../../components/KpiBreakdownChart';
import { KpiMap } from '../../components/KpiMap';
import { PageIntro } from '../../components/PageIntro';
import { SegmentedControl } from '../../components/Controls';
import { IndicatorSelect } from '../../components/IndicatorSelect';
import { useI18n } from '../../i18n/i18n';
import { useViewParam } from '../../lib/router';

// KPIs that can be drawn per province and municipality ("K2.enterprises" = KPI K2, measure enterprises).
export const MAP_INDICATORS = [
  'K1',
  'K2.establishments',
  'K2.enterprises',
  'K9',
  'K12',
  'K13',
  'K15.recognisedEnterprises',
  'K15.activeEnterprises',
  'K16',
] as const satisfies readonly KpiIndicator[];

export function splitIndicator(value: string): { kpi: string; measure?: string } {
  const [kpi, measure] = value.split('.');
  return { kpi: kpi ?? 'K1', measure };
}

export function ProvincesPage() {
  const { t } = useI18n();
  const [level, setLevel] = useViewParam('kaart', 'provincies');
  const [indicator, setIndicator] = useViewParam('indicator', 'K1');
  const valid = (MAP_INDICATORS as readonly string[]).includes(indicator) ? indicator : 'K1';
  const { kpi, measure } = splitIndicator(valid);
  return (
    <>
      <PageIntro title={t.provinces.title} intro={t.provinces.intro} />
      <div className="view-grid">
        <KpiMap
          id="province-map"
          title={t.provinces.title}
          kpi={kpi as 'K1'}
          measure={measure}
          level={level === 'gemeenten' ? 'MUNICIPALITY' : 'PROVINCE'}
          toolbar={
            <>
              <IndicatorSelect value={valid} options={MAP_INDICATORS} onChange={setIndicator} />
              <SegmentedControl
                label={t.provinces.level}
                value={level === 'gemeenten' ? 'gemeenten' : 'provincies'}
                options={[
                  { value: 'provincies', label: t.provinces.provinces },
                  { value: 'gemeenten', label: t.provinces.municipalities },
                ]}
                onChange={setLevel}
              />
            </>
          }
        />
        <KpiBreakdownChart
          id="province-activation"
          title={`K16 · ${t.sectors.activationRate}`}
          kpi="K16"
          dimension="PROVINCE"
          dimensionLabel={t.filters.province}
        />
        <KpiBreakdownChart
          id="province-agreements"
          title={`K13 · ${t.sectors.agreements}`}
          kpi="K13"
          dimension="PROVINCE"
          dimensionLabel={t.filters.province}
        />
      </div>
    </>
  );
}
