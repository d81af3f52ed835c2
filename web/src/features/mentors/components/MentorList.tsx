import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { useFilters } from '../../../lib/router';
import { useSession } from '../../auth/session';
import { WorkListTable } from '../../follow-up/components/WorkListTable';
import { workListFilter } from '../../follow-up/work-list-mapper';

/**
 * The mentors to follow up (training pending, or not completed past the deadline): the server's
 * `mentorsDue` list without a deadline window, paged and sorted on the server, narrowed by every
 * filter of the filter bar (school year → deadline in that year; province, PC number, training,
 * partnership) and by the user's role. Its downloads hold every row of the filter.
 */
export function MentorList() {
  const { t } = useI18n();
  const { user } = useSession();
  const { filters } = useFilters();
  const filter = workListFilter(filters, user?.role);
  return (
    <section className="card wide" aria-labelledby="mentor-list-title" data-chart="mentor-list">
      <header className="card-header">
        <h2 id="mentor-list-title">{t.mentors.listTitle}</h2>
      </header>
      <p className="small" data-list-year={filters.schoolYear ?? ''}>
        <strong>{template(t.mentors.listYear, { year: filters.schoolYear ?? '' })}</strong>
      </p>
      <WorkListTable key={JSON.stringify(filter)} list="mentors" filter={filter} withinDays={null} rule={t.mentors.listRule} title={t.mentors.listTitle} />
    </section>
  );
}
