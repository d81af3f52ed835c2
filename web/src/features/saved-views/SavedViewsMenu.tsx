import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import { parseFilters } from '../../lib/filters';
import { navigate } from '../../lib/router';
import { FilterBarQuery, filterBarVariables } from '../filters/components/FilterBar';
import { currentViewAddress, missingFilterValues, saveErrorKind } from './saved-views';
import { setNotice } from './SavedViewNotice';

// Kept importable from here (the app shell imports both).
export { SavedViewNotice } from './SavedViewNotice';

// The "Opgeslagen weergaven" menu in the header (issue 11): save the current view under a name,
// open, rename or delete one's own. A disclosure (button + panel), not an ARIA menu: the panel
// holds a form and a list of links with their buttons.

const SavedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      id
      name
      url
    }
  }
`);

const SaveViewMutation = graphql(`
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) {
      id
      name
      url
    }
  }
`);

const RenameSavedViewMutation = graphql(`
  mutation RenameSavedView($id: ID!, $name: String!) {
    renameSavedView(id: $id, name: $name) {
      id
      name
      url
    }
  }
`);

const DeleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($id: ID!) {
    deleteSavedView(id: $id)
  }
`);

const urlParts = (url: string) => {
  const at = url.indexOf('?');
  return { path: at < 0 ? url : url.slice(0, at), search: at < 0 ? '' : url.slice(at) };
};

export function SavedViewsMenu() {
  const { t } = useI18n();
  const client = useClient();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // An empty list carries no SavedView typename: the query names it, so a save refetches it.
  const listContext = useMemo(() => ({ additionalTypenames: ['SavedView'] }), []);
  const [{ data }] = useQuery({ query: SavedViewsQuery, pause: !open, requestPolicy: 'cache-and-network', context: listContext });
  const [saving, save] = useMutation(SaveViewMutation);
  const [, rename] = useMutation(RenameSavedViewMutation);
  const [, remove] = useMutation(DeleteSavedViewMutation);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string; error?: string } | null>(null);
  const views = data?.savedViews ?? [];
  const refresh = { additionalTypenames: ['SavedView'] };

  // Escape or a click outside closes the panel; focus returns to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const errorText = (error: Parameters<typeof saveErrorKind>[0]) => {
    const kind = saveErrorKind(error);
    return kind === 'address' ? template(t.savedViews.errors.address, { message: error?.message.replace(/^\w+: /, '') ?? '' }) : t.savedViews.errors[kind];
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 80) return setMessage({ kind: 'error', text: t.savedViews.errors.name });
    const result = await save({ input: { name: trimmed, ...currentViewAddress(window.location.pathname, window.location.search) } }, refresh);
    if (result.error) return setMessage({ kind: 'error', text: errorText(result.error.graphQLErrors[0]) });
    setName('');
    setMessage({ kind: 'ok', text: template(t.savedViews.saved, { name: trimmed }) });
  };

  const onRename = async (e: FormEvent) => {
    e.preventDefault();
    if (!renaming) return;
    const trimmed = renaming.name.trim();
    if (!trimmed || trimmed.length > 80) return setRenaming({ ...renaming, error: t.savedViews.errors.name });
    const result = await rename({ id: renaming.id, name: trimmed }, refresh);
    if (result.error) return setRenaming({ ...renaming, error: errorText(result.error.graphQLErrors[0]) });
    setRenaming(null);
  };

  /** Opens the view's address, then checks its filters against the filter bar's lists. */
  const onOpen = async (view: { name: string; url: string }) => {
    setOpen(false);
    setNotice(null);
    navigate(view.url);
    const filters = parseFilters(new URLSearchParams(urlParts(view.url).search));
    const lists = await client.query(FilterBarQuery, filterBarVariables(filters)).toPromise();
    const missing = lists.data ? missingFilterValues(filters, lists.data) : [];
    if (missing.length > 0) {
      const names = missing.map((m) => `${t.filters[m.key]} "${m.value}"`).join(', ');
      setNotice(template(t.savedViews.missing, { name: view.name, filters: names }));
    }
  };

  return (
    <div className="saved-views" ref={root}>
      <button
        ref={button}
        type="button"
        className="button small on-dark"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setMessage(null);
        }}
      >
        {t.savedViews.menu}
      </button>
      <div id={panelId} className="saved-views-panel" hidden={!open} role="region" aria-label={t.savedViews.menu}>
        <form onSubmit={onSave} className="saved-views-form">
          <label htmlFor={`${panelId}-name`}>{t.savedViews.saveTitle}</label>
          <div className="saved-views-row">
            <input
              id={`${panelId}-name`}
              value={name}
              maxLength={80}
              placeholder={t.savedViews.namePlaceholder}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={message ? `${panelId}-message` : undefined}
            />
            <button type="submit" className="button small primary" disabled={saving.fetching}>
              {t.savedViews.save}
            </button>
          </div>
          {message && (
            <p id={`${panelId}-message`} className={message.kind === 'error' ? 'form-error' : 'small'} role={message.kind === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
        </form>
        <h2 className="saved-views-title">{t.savedViews.listTitle}</h2>
        {views.length === 0 ? (
          <p className="small muted">{t.savedViews.empty}</p>
        ) : (
          <ul className="saved-views-list">
            {views.map((view) =>
              renaming?.id === view.id ? (
                <li key={view.id}>
                  <form onSubmit={onRename} className="saved-views-row">
                    <label className="visually-hidden" htmlFor={`${panelId}-rename`}>
                      {template(t.savedViews.renameLabel, { name: view.name })}
                    </label>
                    <input id={`${panelId}-rename`} value={renaming.name} maxLength={80} autoFocus onChange={(e) => setRenaming({ ...renaming, name: e.target.value })} />
                    <button type="submit" className="button small primary">
                      {t.savedViews.renameSave}
                    </button>
                    <button type="button" className="button small" onClick={() => setRenaming(null)}>
                      {t.savedViews.cancel}
                    </button>
                  </form>
                  {renaming.error && (
                    <p className="form-error" role="alert">
                      {renaming.error}
                    </p>
                  )}
                </li>
              ) : (
                <li key={view.id} className="saved-views-item">
                  <a
                    href={view.url}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      void onOpen(view);
                    }}
                  >
                    {view.name}
                  </a>
                  <span className="saved-views-actions">
                    <button type="button" className="link-button" aria-label={template(t.savedViews.renameLabelButton, { name: view.name })} onClick={() => setRenaming({ id: view.id, name: view.name })}>
                      {t.savedViews.rename}
                    </button>
                    <button type="button" className="link-button" aria-label={template(t.savedViews.removeLabel, { name: view.name })} onClick={() => void remove({ id: view.id }, refresh)}>
                      {t.savedViews.remove}
                    </button>
                  </span>
                </li>
              ),
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
