import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { MentorCompliance } from './components/MentorCompliance';
import { MentorList } from './components/MentorList';

export function MentorsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  // Personal data: sector staff see their own partnership's mentors, administrators all;
  // the server enforces the same rule, the UI only avoids asking.
  const showList = user?.role === 'SECTOR_STAFF' || user?.role === 'ADMIN';
  return (
    <>
      <PageIntro title={t.mentors.title} intro={t.mentors.intro} />
      <div className="view-grid">
        {showList && <MentorList />}
        <MentorCompliance dimension="PARTNERSHIP" />
        <MentorCompliance dimension="PROVINCE" />
        {!showList && <p className="muted small note-card">{t.mentors.listNotAllowed}</p>}
      </div>
    </>
  );
}
