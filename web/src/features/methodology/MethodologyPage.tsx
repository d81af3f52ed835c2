import { useEffect } from 'react';
import { useQuery } from 'urql';
import { PageIntro } from '../../components/PageIntro';
import { QueryState } from '../../components/StateView';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import { formatDate, SYMBOLS } from '../../lib/format';
import { useClock } from '../clock/clock';
import { MethodologyQuery, type MethodologyEntry } from './methodology-query';

// /methode: how every KPI is counted, one section per KPI with its anchor (/methode#K9), which
// the "Methode" link beside every definition button opens.

export function MethodologyPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MethodologyQuery });
  const catalog = data?.kpiCatalog;

  // Opened at /methode#K9: once the sections exist, bring that one into view and give it focus
  // (after the shell has focused the page title, hence the next frame).
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || !catalog) return;
    const frame = requestAnimationFrame(() => {
      const section = document.getElementById(id);
      if (!section) return;
      section.scrollIntoView({ block: 'start' });
      section.querySelector<HTMLElement>('h2, h3')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [catalog]);

  return (
    <>
      <PageIntro title={t.methodology.title} intro={t.methodology.intro} />
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {catalog && (
          <>
            <nav className="card methodology-toc" aria-labelledby="methode-inhoud">
              <h2 id="methode-inhoud">{t.methodology.contents}</h2>
              <p>
                <a href="#algemeen">{t.methodology.general}</a>
              </p>
              <ol>
                {catalog.map((k) => (
                  <li key={k.id}>
                    <a href={`#${k.id}`}>
                      {k.id} · <KpiName entry={k} />
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
            <GeneralSection />
            <h2 className="methodology-heading">{t.methodology.kpis}</h2>
            {catalog.map((k) => (
              <KpiSection key={k.id} entry={k} />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}

function KpiName({ entry }: { entry: Pick<MethodologyEntry, 'nameNl' | 'nameEn'> }) {
  const { lang } = useI18n();
  return <>{lang === 'en' ? entry.nameEn : entry.nameNl}</>;
}

function GeneralSection() {
  const { t, locale } = useI18n();
  const clock = useClock();
  const m = t.methodology;
  return (
    <section className="card methodology-section" id="algemeen" aria-labelledby="algemeen-title">
      <h2 id="algemeen-title" tabIndex={-1}>
        {m.general}
      </h2>
      <h3 id="schooljaar">{m.schoolYearTitle}</h3>
      <p>{m.schoolYear}</p>
      <h3>{m.validTitle}</h3>
      <p>{m.valid}</p>
      <p>{m.running}</p>
      <p>{m.events}</p>
      <h3>{m.distinctTitle}</h3>
      <p>{m.distinct}</p>
      <p>{m.partnership}</p>
      <h3 id="tekens">{m.symbolsTitle}</h3>
      <dl className="symbol-list">
        <dt aria-label={t.suppression.legend}>{SYMBOLS.suppressed}</dt>
        <dd>{m.symbolSuppressed}</dd>
        <dt aria-label={t.suppression.rounded}>{SYMBOLS.rounded}</dt>
        <dd>{m.symbolRounded}</dd>
        <dt aria-label={t.suppression.notApplicable}>{SYMBOLS.notApplicable}</dt>
        <dd>{m.symbolNa}</dd>
        <dt>0</dt>
        <dd>{m.symbolZero}</dd>
      </dl>
      <h3 id="datum">{m.dateTitle}</h3>
      <p>
        {m.date}
        {clock.dataUntil && ` ${template(m.dateNow, { until: formatDate(clock.dataUntil, locale) })}`}
      </p>
      <h3 id="vergelijking">{m.compareTitle}</h3>
      <p>{m.compare}</p>
      <p>{template(m.samePeriod, { year: clock.schoolYear })}</p>
    </section>
  );
}

function KpiSection({ entry }: { entry: MethodologyEntry }) {
  const { t, lang } = useI18n();
  const m = t.methodology;
  const titleId = `${entry.id}-title`;
  const footnotes = lang === 'en' ? entry.footnotesEn : entry.footnotesNl;
  const published = lang === 'en' ? entry.publishedFigureEn : entry.publishedFigureNl;
  return (
    <section className="card methodology-section" id={entry.id} aria-labelledby={titleId} data-kpi={entry.id}>
      <h3 id={titleId} tabIndex={-1}>
        <span className="kpi-id">{entry.id}</span> <KpiName entry={entry} />
      </h3>
      <dl>
        <dt>{m.rule}</dt>
        <dd>{lang === 'en' ? entry.definitionEn : entry.definitionNl}</dd>
        <dt>{m.unit}</dt>
        <dd>{m.units[entry.unit]}</dd>
        <dt>{m.measures}</dt>
        <dd>
          <ul>
            {entry.measures.map((x) => (
              <li key={x.id}>
                {lang === 'en' ? x.nameEn : x.nameNl} — {m.units[x.unit]}
                {x.personCount ? `, ${m.personCount}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{m.comparison}</dt>
        <dd data-period-kind={entry.periodKind}>{m.periodKinds[entry.periodKind]}</dd>
        {footnotes.length > 0 && (
          <>
            <dt>{m.footnotes}</dt>
            <dd>
              <ul>
                {footnotes.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{m.published}</dt>
        <dd data-published>{published ?? m.notPublished}</dd>
      </dl>
    </section>
  );
}
