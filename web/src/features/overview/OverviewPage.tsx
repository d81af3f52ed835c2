import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { KpiTile } from './components/KpiTile';
import { OVERVIEW_TILES } from './tile-query';

export function OverviewPage() {
  const { t } = useI18n();
  return (
    <>
      <PageIntro title={t.overview.title} intro={t.overview.intro} />
      <div className="tile-grid">
        {OVERVIEW_TILES.map((tile) => (
          <KpiTile key={`${tile.kpi}-${tile.measure ?? ''}`} {...tile} />
        ))}
      </div>
    </>
  );
}
