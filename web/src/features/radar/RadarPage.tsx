import { PageIntro } from '../../components/PageIntro';
import { KpiMap } from '../../components/KpiMap';
import { SegmentedControl } from '../../components/Controls';
import { useI18n } from '../../i18n/i18n';
import { useFilters, useViewParam } from '../../lib/router';
import { mayReadRecords, useSession } from '../auth/session';
import { ProspectList } from './components/ProspectList';
import { RadarTable } from './components/RadarTable';
import { useEnrolmentNotice } from './components/useEnrolmentNotice';

export function RadarPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [mapMeasure, setMapMeasure] = useViewParam('kaartmaat', 'unusedCapacity');
  const measure = mapMeasure === 'shortage' ? 'shortage' : 'unusedCapacity';
  const [level, setLevel] = useViewParam('kaart', 'provincies');
  const { filters } = useFilters();
  // Shortage is computed from enrolments: without them the map is "no data", not zero.
  const { notice } = useEnrolmentNotice(filters.schoolYear!);
  // Policymakers see aggregates only: the prospecting list names enterprises.
  const showProspects = mayReadRecords(user);
  return (
    <>
      <PageIntro title={t.radar.title} intro={t.radar.intro} />
      <div className="view-grid">
        <KpiMap
          id="radar-map"
          title={`${t.radar.mapMeasure}: ${t.radar[measure]}`}
          kpi="K17"
          measure={measure}
          level={level === 'gemeenten' ? 'MUNICIPALITY' : 'PROVINCE'}
          notice={notice && (measure === 'shortage' ? <><strong>{notice}</strong> {t.radar.noEnrolmentsWhy}</> : notice)}
          withoutData={!!notice && measure === 'shortage'}
          toolbar={
            <>
              <SegmentedControl
                label={t.radar.mapMeasure}
                value={measure}
                options={[
                  { value: 'unusedCapacity', label: t.radar.unusedCapacity },
                  { value: 'shortage', label: t.radar.shortage },
                ]}
                onChange={setMapMeasure}
              />
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
        <RadarTable dimension="TRAINING" />
        <RadarTable dimension="PROVINCE" />
        {showProspects ? <ProspectList /> : <p className="muted small note-card">{t.radar.prospectsNotAllowed}</p>}
      </div>
    </>
  );
}
