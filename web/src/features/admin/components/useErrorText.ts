import type { CombinedError } from 'urql';
import { useI18n } from '../../../i18n/i18n';

/** "Veld: melding" from a BAD_USER_INPUT error (the server names the field), else the message. */
export function useErrorText() {
  const { t } = useI18n();
  return (error: CombinedError | undefined): string | null => {
    const e = error?.graphQLErrors[0];
    if (!e) return error ? t.state.error : null;
    const field = e.extensions?.field as keyof typeof t.admin.fieldErrors | undefined;
    const label = field ? t.admin.fieldErrors[field] : undefined;
    return label ? `${label}: ${e.message.replace(/^[\w.]+: /, '')}` : e.message;
  };
}

