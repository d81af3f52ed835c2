import { timeInBrussels } from '@duaal/shared';
import { useSubscription } from 'urql';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n';

// The dashboard's live-update stream: while this is on screen the client listens for data
// changes and refetches the page's queries (lib/live-refresh.ts); here we say when that was.

const LiveStatusSubscription = graphql(`
  subscription LiveStatus {
    dataChanged {
      at
    }
  }
`);

/** "Bijgewerkt om 14:32" (Brussels time of the last data change); empty before the first one. */
export function LiveStatus() {
  const { t } = useI18n();
  const [{ data }] = useSubscription({ query: LiveStatusSubscription });
  const at = data?.dataChanged.at;
  // The live region exists from the start, so the first update is announced too.
  return (
    <p className="live-status" aria-live="polite" data-updated-at={at ?? ''}>
      {at ? `${t.live.updatedAt} ${timeInBrussels(new Date(at))}` : ''}
    </p>
  );
}
