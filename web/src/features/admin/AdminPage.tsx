import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { useViewParam } from '../../lib/router';
import { AuditLogPanel } from './components/AuditLogPanel';
import { UsersPanel } from './components/UsersPanel';

const TABS = ['gebruikers', 'auditlog'] as const;
type Tab = (typeof TABS)[number];

/** "Beheer" (ADMIN): the users, and the audit log; the tab is in the URL (?tab=auditlog). */
export function AdminPage() {
  const { t } = useI18n();
  const [param, setTab] = useViewParam('tab', 'gebruikers');
  const tab: Tab = (TABS as readonly string[]).includes(param) ? (param as Tab) : 'gebruikers';
  const label = { gebruikers: t.admin.usersTab, auditlog: t.admin.auditTab };
  return (
    <>
      <PageIntro title={t.admin.title} intro={t.admin.intro} />
      <div role="tablist" aria-label={t.admin.tabs} className="tabs">
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`tab-${x}`}
            aria-selected={x === tab}
            aria-controls={`panel-${x}`}
            className={`tab${x === tab ? ' active' : ''}`}
            onClick={() => setTab(x)}
          >
            {label[x]}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="admin-panel">
        {tab === 'gebruikers' ? <UsersPanel /> : <AuditLogPanel />}
      </section>
    </>
  );
}
