import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import { SessionUserFields, useSession } from './session';

const LoginScreenMutation = graphql(
  `
    mutation LoginScreen($email: String!, $password: String!) {
      login(email: $email, password: $password) {
        token
        user {
          ...SessionUser
        }
      }
    }
  `,
  [SessionUserFields],
);

const LoginScreenMethodsQuery = graphql(`
  query LoginScreenMethods {
    authMethods {
      local
      oidc {
        label
        loginUrl
      }
    }
  }
`);

export function LoginScreen() {
  const { t, lang, setLang } = useI18n();
  const { signIn, ssoFailed } = useSession();
  const [{ data: methods }] = useQuery({ query: LoginScreenMethodsQuery });
  const oidc = methods?.authMethods.oidc ?? null;
  // Until the server has answered, the e-mail form is shown (the demo's way in).
  const local = methods?.authMethods.local ?? true;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, login] = useMutation(LoginScreenMutation);
  const [failed, setFailed] = useState(false);
  // The server refuses sign-ins for a while after too many failures (TOO_MANY_ATTEMPTS).
  const lockout = error?.graphQLErrors.find((e) => e.extensions?.code === 'TOO_MANY_ATTEMPTS');
  const retryAfter = Number(lockout?.extensions?.retryAfterSeconds ?? 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailed(false);
    const result = await login({ email, password });
    if (result.data?.login) signIn(result.data.login.token, result.data.login.user);
    else setFailed(true);
  };

  return (
    <main className="login" id="main">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <p className="brand">{t.appName}</p>
        <h1 id="login-title">{t.login.title}</h1>
        <p className="muted">{local ? t.login.intro : t.login.introSso}</p>
        {oidc && (
          // A full page navigation: the server sends the browser on to the provider.
          <a className="button primary sso-button" href={oidc.loginUrl}>
            {template(t.login.withSso, { label: oidc.label })}
          </a>
        )}
        {ssoFailed && (
          <p className="form-error" role="alert">
            {t.login.ssoFailed}
          </p>
        )}
        {oidc && local && <p className="login-or">{t.login.or}</p>}
        {local && (
          <>
            <label htmlFor="login-email">{t.login.email}</label>
            <input id="login-email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
            <label htmlFor="login-password">{t.login.password}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            {(failed || error) && (
              <p className="form-error" role="alert">
                {lockout ? template(t.login.tooManyAttempts, { seconds: retryAfter }) : t.login.failed}
              </p>
            )}
            <button type="submit" className="button primary" disabled={fetching}>
              {fetching ? t.login.busy : t.login.submit}
            </button>
          </>
        )}
        <button type="button" className="link-button lang-switch" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')} lang={lang === 'nl' ? 'en' : 'nl'}>
          {t.language.switchTo}
        </button>
      </form>
    </main>
  );
}
