import { lazy, Suspense, useEffect, useRef, type ComponentType, type LazyExoticComponent, type ReactNode, type RefObject } from 'react';
import { SchoolYearGate } from '../components/SchoolYearGate';
import { Loading } from '../components/StateView';
import { LoginScreen } from '../features/auth/LoginScreen';
import { WelcomeScreen } from '../features/auth/WelcomeScreen';
import { SessionProvider, useSession } from '../features/auth/session';
import { ClockProvider } from '../features/clock/clock';
import { DataDate } from '../features/clock/DataDate';
import { FilterBar } from '../features/filters/components/FilterBar';
import { LiveStatus } from '../features/live/LiveStatus';
import { SavedViewNotice, SavedViewsMenu } from '../features/saved-views/SavedViewsMenu';
import { enumLabels } from '../i18n/enum-labels';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { readToken } from '../lib/session';
import { DATA_VIEWS, OWN_YEAR_VIEWS, navigate, usePathname, useRoute, viewAllowed, viewHref, viewOfPath, VIEWS, type View } from '../lib/router';

// Each view is its own chunk, so the login screen and the first view load without the code of
// the others (recharts, d3-geo and topojson stay out of the login screen's path).
const LOADERS: Record<View, () => Promise<{ default: ComponentType }>> = {
  overzicht: () => import('../routes/overzicht'),
  provincies: () => import('../routes/provincies'),
  sectoren: () => import('../routes/sectoren'),
  mentoren: () => import('../routes/mentoren'),
  overeenkomsten: () => import('../routes/overeenkomsten'),
  radar: () => import('../routes/radar'),
  trends: () => import('../routes/trends'),
  rapport: () => import('../routes/rapport'),
  import: () => import('../routes/import'),
  opvolging: () => import('../routes/opvolging'),
  beheer: () => import('../routes/beheer'),
  tabel: () => import('../routes/tabel'),
  methode: () => import('../routes/methode'),
};
const ROUTES = Object.fromEntries(Object.entries(LOADERS).map(([view, load]) => [view, lazy(load)])) as Record<View, LazyExoticComponent<ComponentType>>;
/** Starts loading a view's chunk before the click (hover or keyboard focus on its link). */
const preload = (view: View) => void LOADERS[view]().catch(() => undefined);
// Signed in, the view opened is fetched at once, alongside the first GraphQL request, not after
// it (the login screen loads no view code).
if (typeof window !== 'undefined' && readToken()) preload(viewOfPath(window.location.pathname));

export function App() {
  // A one-time link (/welkom#code=…) opens its own page, whoever is signed in in this tab.
  const welcome = usePathname() === '/welkom';
  return (
    <I18nProvider>
      <SessionProvider>
        {(state) =>
          welcome ? (
            <WelcomeScreen />
          ) : state === 'anonymous' ? (
            <LoginScreen />
          ) : state === 'loading' ? (
            <Loading />
          ) : (
            <ClockProvider>
              <Shell />
            </ClockProvider>
          )
        }
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
  // Focus moves only after a navigation, never on the first load (also when coming back to it).
  const firstView = useRef(view);
  const navigated = useRef(false);
  if (view !== firstView.current) navigated.current = true;
  const views = VIEWS.filter((v) => viewAllowed(v, user?.role));
  const dataView = DATA_VIEWS.includes(view);
  const ownYear = OWN_YEAR_VIEWS.includes(view);
  const page = (
    <Suspense fallback={<Loading />}>
      <FocusOnMount key={view} enabled={navigated.current} root={main}>
        <Page />
      </FocusOnMount>
    </Suspense>
  );

  useEffect(() => {
    document.title = `${t.nav[view]} · ${t.appName}`;
  }, [view, t]);

  // On a phone the navigation is one row that scrolls sideways: keep the current view in it.
  const navList = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const list = navList.current;
    const current = list?.querySelector('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft += current.getBoundingClientRect().left - list.getBoundingClientRect().left - 12;
  }, [view]);

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
          <LiveStatus />
          <SavedViewsMenu />
          {user && (
            <span className="user" data-role={user.role}>
              <span className="visually-hidden">{t.login.signedInAs} </span>
              {user.name} · {enumLabels(lang).role[user.role]}
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
        <ul ref={navList}>
          {views.map((v) => (
            <li key={v}>
              <a
                href={viewHref(v, filters)}
                aria-current={v === view ? 'page' : undefined}
                onMouseEnter={() => preload(v)}
                onFocus={() => preload(v)}
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
      {!dataView && !ownYear && <FilterBar />}
      <main id="main" ref={main} className="app-main" data-view={view}>
        <DataDate />
        <SavedViewNotice />
        {dataView || ownYear ? page : <SchoolYearGate schoolYear={filters.schoolYear}>{page}</SchoolYearGate>}
      </main>
      <footer className="app-footer small muted">{t.footer}</footer>
    </div>
  );
}

/**
 * Moves focus to the new page's heading once its chunk has loaded and it is on screen (not on
 * the first load), for screen readers.
 */
function FocusOnMount({ enabled, root, children }: { enabled: boolean; root: RefObject<HTMLElement | null>; children: ReactNode }) {
  useEffect(() => {
    if (enabled) root.current?.querySelector<HTMLElement>('#page-title')?.focus();
  }, [enabled, root]);
  return <>{children}</>;
}
