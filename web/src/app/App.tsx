import { ROLE_LABELS } from '@duaal/shared';
import { useEffect, useRef, type ComponentType } from 'react';
import { SchoolYearGate } from '../components/SchoolYearGate';
import { Loading } from '../components/StateView';
import { LoginScreen } from '../features/auth/LoginScreen';
import { SessionProvider, useSession } from '../features/auth/session';
import { FilterBar } from '../features/filters/components/FilterBar';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { navigate, useRoute, viewHref, VIEWS, type View } from '../lib/router';
import Agreements from '../routes/overeenkomsten';
import Mentors from '../routes/mentoren';
import Overview from '../routes/overzicht';
import Provinces from '../routes/provincies';
import Radar from '../routes/radar';
import Sectors from '../routes/sectoren';
import Trends from '../routes/trends';

const ROUTES: Record<View, ComponentType> = {
  overzicht: Overview,
  provincies: Provinces,
  sectoren: Sectors,
  mentoren: Mentors,
  overeenkomsten: Agreements,
  radar: Radar,
  trends: Trends,
};

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        {(state) => (state === 'anonymous' ? <LoginScreen /> : state === 'loading' ? <Loading /> : <Shell />)}
      </SessionProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { t, lang, setLang } = useI18n();
  const { user, signOut } = useSession();
  const { view, filters } = useRoute();
  const Page = ROUTES[view];
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${t.nav[view]} · ${t.appName}`;
    // Move focus to the new page's heading on navigation (not on first load), for screen readers.
    if (!firstRender.current) main.current?.querySelector<HTMLElement>('#page-title')?.focus();
    firstRender.current = false;
  }, [view, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand-block">
          <p className="brand">{t.appName}</p>
          <p className="tagline">{t.appTagline}</p>
        </div>
        <div className="user-block">
          {user && (
            <span className="user" data-role={user.role}>
              <span className="visually-hidden">{t.login.signedInAs} </span>
              {user.name} · {ROLE_LABELS[user.role]}
              {user.partnership ? ` · ${user.partnership.nameNl}` : ''}
            </span>
          )}
          <button type="button" className="link-button on-dark" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')} lang={t.language.switchToLang}>
            {t.language.switchTo}
          </button>
          <button type="button" className="button small on-dark" onClick={signOut}>
            {t.login.logout}
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label={t.nav.label}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <a
                href={viewHref(v, filters)}
                aria-current={v === view ? 'page' : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  navigate(viewHref(v, filters));
                }}
              >
                {t.nav[v]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar />
      <main id="main" ref={main} className="app-main" data-view={view}>
        <SchoolYearGate schoolYear={filters.schoolYear}>
          <Page key={view} />
        </SchoolYearGate>
      </main>
      <footer className="app-footer small muted">{t.footer}</footer>
    </div>
  );
}
