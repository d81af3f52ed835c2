import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { KpiTile, type KpiId } from './components/KpiTile';

// The headline KPIs of DOMAIN.md §4 with the measure each tile shows.
export const OVERVIEW_TILES: { kpi: KpiId; measure?: string }[] = [
  { kpi: 'K1' },
  { kpi: 'K2', measure: 'establishments' },
  { kpi: 'K3' },
  { kpi: 'K5', measure: 'approved' },
  { kpi: 'K9' },
  { kpi: 'K10', measure: 'complianceRate' },
  { kpi: 'K12' },
  { kpi: 'K13' },
  { kpi: 'K14' },
];

export function OverviewPage() {
  const { t } = useI18n();
  return (
    <>
      <PageIntro title={t.overview.title} intro={t.overview.intro} />
      <div className="tile-grid">
        {OVERVIEW_TILES.map((tile) => (
          <KpiTile key={`${tile.kpi}-${tile.measure ?? ''}`} kpi={tile.kpi} measure={tile.measure} />
        ))}
      </div>
    </>
  );
}
