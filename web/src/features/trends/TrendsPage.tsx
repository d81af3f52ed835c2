import { IndicatorSelect } from '../../components/IndicatorSelect';
import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { useViewParam } from '../../lib/router';
import { TrendChart } from './components/TrendChart';

export function TrendsPage() {
  const { t } = useI18n();
  const [indicator, setIndicator] = useViewParam('indicator', 'K1');
  return (
    <>
      <PageIntro title={t.trends.title} intro={t.trends.intro} />
      <div className="toolbar">
        <IndicatorSelect value={indicator} onChange={setIndicator} />
      </div>
      <div className="view-grid">
        <TrendChart indicator={indicator} dimensionLabels={t.dimensions} />
      </div>
    </>
  );
}
