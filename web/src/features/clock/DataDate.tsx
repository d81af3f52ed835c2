import { useI18n } from '../../i18n/i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { template } from '../../i18n/template';
import { useClock } from './clock';

/** "Cijfers tot en met 05-10-2026 · geladen op 18-11-2026 08:15", on every view. */
export function DataDate() {
  const { t, locale } = useI18n();
  const { dataUntil, loadedAt } = useClock();
  const text = dataUntil
    ? template(t.dataDate.line, {
        until: formatDate(dataUntil, locale),
        loaded: loadedAt ? formatDateTime(loadedAt, locale) : t.dataDate.notLoaded,
      })
    : t.dataDate.noData;
  return (
    <p className="data-date small muted" data-testid="data-date" title={t.dataDate.title}>
      {text}
    </p>
  );
}
