import { useQuery } from 'urql';
import { PageIntro } from '../../components/PageIntro';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import { useFilters, useViewParam } from '../../lib/router';
import { useSession } from '../auth/session';
import { useClock } from '../clock/clock';
import { LIVE, WorkListTable } from './components/WorkListTable';
import { workListFilter, WORK_LISTS, type WorkList } from './work-list-mapper';

// The Opvolging page: four work lists of the user's partnership (server-side paging, sorting and
// filtering), each with its rule, an export of every row, and "Actie registreren" on every row.

const CountsQuery = graphql(`
  query FollowUpCounts($filter: WorkListFilter, $mentorFilter: WorkListFilter, $withinDays: Int) {
    pendingApplications(filter: $filter, first: 0) { totalCount }
    mentorsDue(filter: $mentorFilter, withinDays: $withinDays, first: 0) { totalCount }
    expiringRecognitions(filter: $filter, first: 0) { totalCount }
    establishmentsToFollowUp(filter: $filter, first: 0) { totalCount }
  }
`);

const K19Query = graphql(`
  query FollowUpK19($schoolYear: String!, $filter: KpiFilter) {
    kpi(id: K19, schoolYear: $schoolYear, filter: $filter) { total { value status } }
  }
`);

export function FollowUpPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { filters } = useFilters();
  const { schoolYear } = useClock();
  const [tab, setTab] = useViewParam('lijst', 'applications');
  const [days, setDays] = useViewParam('dagen', '30');
  const list: WorkList = (WORK_LISTS as readonly string[]).includes(tab) ? (tab as WorkList) : 'applications';
  const withinDays = ['30', '60', '90'].includes(days) ? Number(days) : 30;
  const filter = workListFilter(filters, user?.role);
  const allowed = user?.role === 'SECTOR_STAFF' || user?.role === 'ADMIN';
  // The mentors due are a horizon from today (within N days, or overdue since any year): the filter
  // bar's school year, always set, would hide last year's overdue mentors, so that list leaves it out.
  const { schoolYear: _year, ...mentorFilter } = filter;
  const listFilter = list === 'mentors' ? mentorFilter : filter;
  const [counts] = useQuery({ query: CountsQuery, variables: { filter: filter as never, mentorFilter: mentorFilter as never, withinDays }, context: LIVE, pause: !allowed });
  const [k19] = useQuery({
    query: K19Query,
    variables: { schoolYear: filters.schoolYear ?? schoolYear, filter: user?.role === 'SECTOR_STAFF' && user.partnership ? { partnerships: [user.partnership.code] } : filters.partnership ? { partnerships: [filters.partnership] } : {} },
    context: LIVE,
    pause: !allowed,
  });

  if (!allowed) {
    return (
      <>
        <PageIntro title={t.followUp.title} intro={t.followUp.intro} />
        <p className="state" role="status">{t.followUp.notAllowed}</p>
      </>
    );
  }
  const count = (l: WorkList) => {
    const d = counts.data;
    if (!d) return undefined;
    return { applications: d.pendingApplications, mentors: d.mentorsDue, recognitions: d.expiringRecognitions, establishments: d.establishmentsToFollowUp }[l].totalCount;
  };
  const k19Total = k19.data?.kpi.total;
  return (
    <>
      <PageIntro title={t.followUp.title} intro={t.followUp.intro} />
      {k19Total && (
        <p className="small" data-kpi="K19" data-value={k19Total.value ?? ''}>
          {t.followUp.actions} ({filters.schoolYear ?? schoolYear}, K19): <strong>{k19Total.value ?? '–'}</strong>
        </p>
      )}
      <div role="tablist" aria-label={t.followUp.tabs} className="tabs">
        {WORK_LISTS.map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            id={`tab-${l}`}
            aria-selected={l === list}
            aria-controls={`panel-${l}`}
            className={`tab${l === list ? ' active' : ''}`}
            onClick={() => setTab(l)}
          >
            {t.followUp[l]} <span className="badge" data-count={count(l) ?? ''}>{count(l) ?? '…'}</span>
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${list}`} aria-labelledby={`tab-${list}`} className="card wide" data-list={list} data-chart="work-list">
        {list === 'mentors' && (
          <label className="small inline-field">
            {t.followUp.withinDays}{' '}
            <select value={String(withinDays)} onChange={(e) => setDays(e.target.value)}>
              {[30, 60, 90].map((d) => (
                <option key={d} value={d}>
                  {template(t.followUp.days, { days: d })}
                </option>
              ))}
            </select>
          </label>
        )}
        <WorkListTable key={`${list}:${withinDays}:${JSON.stringify(listFilter)}`} list={list} filter={listFilter} withinDays={withinDays} />
      </section>
    </>
  );
}
