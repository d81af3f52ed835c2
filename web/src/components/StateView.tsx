import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.state.loading}
    </div>
  );
}

export function Empty({ text }: { text?: string }) {
  const { t } = useI18n();
  return (
    <p className="state state-empty" role="status">
      {text ?? t.state.empty}
    </p>
  );
}

export const isForbidden = (error: CombinedError | undefined): boolean =>
  !!error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');

export function ErrorState({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <p>{isForbidden(error) ? t.state.forbidden : t.state.error}</p>
      <p className="muted small">{error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t.state.retry}
        </button>
      )}
    </div>
  );
}

/** Loading, error or empty state for a query; renders `children` once there is data. */
export function QueryState({
  fetching,
  error,
  empty,
  emptyText,
  retry,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  empty?: boolean;
  /** Instead of the generic "no data" text. */
  emptyText?: string;
  retry?: () => void;
  children: React.ReactNode;
}) {
  if (error) return <ErrorState error={error} retry={retry} />;
  if (fetching) return <Loading />;
  if (empty) return <Empty text={emptyText} />;
  return <>{children}</>;
}
