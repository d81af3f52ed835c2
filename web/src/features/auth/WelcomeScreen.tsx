import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import { navigate } from '../../lib/router';
import { SessionUserFields, useSession } from './session';

/** The server's minimum (user-admin.service.ts); checked here first to answer without a request. */
export const MIN_PASSWORD_LENGTH = 12;

const WelcomeScreenMutation = graphql(
  `
    mutation WelcomeScreen($code: String!, $password: String!) {
      acceptInvitation(code: $code, password: $password) {
        token
        user {
          ...SessionUser
        }
      }
    }
  `,
  [SessionUserFields],
);

/** The code of a one-time link /welkom#code=…: in the fragment, so it never reaches a server log. */
export const invitationCode = (hash: string): string | null => new URLSearchParams(hash.replace(/^#/, '')).get('code');

/** The public page of a one-time link: the new user chooses a password and is signed in. */
export function WelcomeScreen() {
  const { t, lang, setLang } = useI18n();
  const { signIn } = useSession();
  const [code] = useState(() => invitationCode(window.location.hash));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, accept] = useMutation(WelcomeScreenMutation);
  const w = t.welcome;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!code) return;
    if (password.length < MIN_PASSWORD_LENGTH) return setProblem(template(w.tooShort, { min: MIN_PASSWORD_LENGTH }));
    if (password !== repeat) return setProblem(w.mismatch);
    setProblem(null);
    const result = await accept({ code, password });
    const payload = result.data?.acceptInvitation;
    if (!payload) {
      const field = result.error?.graphQLErrors[0]?.extensions?.field;
      return setProblem(field === 'password' ? template(w.tooShort, { min: MIN_PASSWORD_LENGTH }) : w.invalid);
    }
    // The code leaves the address bar and the history entry before the dashboard opens.
    navigate('/overzicht', { replace: true });
    signIn(payload.token, payload.user);
  };

  return (
    <main className="login" id="main">
      <form className="card login-card" onSubmit={submit} aria-labelledby="welcome-title" noValidate>
        <p className="brand">{t.appName}</p>
        <h1 id="welcome-title">{w.title}</h1>
        {code ? (
          <>
            <p className="muted">{w.intro}</p>
            <label htmlFor="welcome-password">{w.password}</label>
            <input
              id="welcome-password"
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              aria-describedby="welcome-hint"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <p id="welcome-hint" className="small muted">
              {template(w.hint, { min: MIN_PASSWORD_LENGTH })}
            </p>
            <label htmlFor="welcome-repeat">{w.repeat}</label>
            <input id="welcome-repeat" type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
            {problem && (
              <p className="form-error" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" className="button primary" disabled={fetching}>
              {fetching ? w.busy : w.submit}
            </button>
          </>
        ) : (
          <>
            <p role="alert">{w.noCode}</p>
            <a className="button" href="/" onClick={(e) => (e.preventDefault(), navigate('/', { replace: true }))}>
              {w.toLogin}
            </a>
          </>
        )}
        <button type="button" className="link-button lang-switch" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')} lang={lang === 'nl' ? 'en' : 'nl'}>
          {t.language.switchTo}
        </button>
      </form>
    </main>
  );
}
