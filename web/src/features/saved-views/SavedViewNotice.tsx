import { useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/i18n';

// The notice about filters that no longer exist outlives the closed panel: a tiny store that
// the page shows above its content (SavedViewNotice).
let notice: string | null = null;
const noticeListeners = new Set<() => void>();
export function setNotice(next: string | null) {
  notice = next;
  noticeListeners.forEach((l) => l());
}
const subscribeNotice = (listener: () => void) => {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
};

/** Says which filters of the saved view just opened no longer exist; shown at the top of <main>. */
export function SavedViewNotice() {
  const { t } = useI18n();
  const text = useSyncExternalStore(subscribeNotice, () => notice);
  if (!text) return null;
  return (
    <div className="notice saved-view-notice" role="status" data-testid="saved-view-notice">
      <span>{text}</span>{' '}
      <button type="button" className="link-button" onClick={() => setNotice(null)}>
        {t.savedViews.dismiss}
      </button>
    </div>
  );
}
