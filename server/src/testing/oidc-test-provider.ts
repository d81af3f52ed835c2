import { createServer, type Server } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';

// A real OpenID provider (panva's oidc-provider, certified) for the single sign-on tests: one
// confidential client with our redirect URI, PKCE required, and its development login form, where
// any password is accepted for the account typed in (the `login` field is the account id).

export interface TestAccount {
  email: string;
  name?: string;
  /** Value of the role claim (string or list, as the provider would send it); absent: no claim. */
  role?: string | string[];
  partnership?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop: () => Promise<void>;
}

export const TEST_OIDC_CLIENT = { clientId: 'duaal-monitor-test', clientSecret: 'a-client-secret-for-the-test-provider' } as const;

/**
 * Starts the provider on a free port of 127.0.0.1. `accounts` are keyed by what is typed in the
 * login form; an unknown login is a person with only an e-mail address and no role.
 */
export async function startTestProvider({
  redirectUris,
  accounts,
  roleClaim = 'role',
  partnershipClaim = 'partnership',
  port = 0,
}: {
  redirectUris: string[];
  accounts: Record<string, TestAccount>;
  roleClaim?: string;
  partnershipClaim?: string;
  port?: number;
}): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT.clientId,
        client_secret: TEST_OIDC_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // Claims of the scopes; by default (conformIdTokenClaims) they come from the userinfo endpoint,
    // as OIDC Core says for the code flow, so the client must fetch them there.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', roleClaim, partnershipClaim] },
    pkce: { required: () => true },
    cookies: { keys: ['a-cookie-key-for-the-test-provider-only'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const account = accounts[sub];
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account?.email ?? sub,
          email_verified: true,
          ...(account?.name ? { name: account.name } : {}),
          ...(account?.role !== undefined ? { [roleClaim]: account.role } : {}),
          ...(account?.partnership !== undefined ? { [partnershipClaim]: account.partnership } : {}),
        }),
      };
    },
  };
  const provider = new Provider(issuer, configuration);
  // The provider logs every error it answers with; the tests provoke some on purpose.
  provider.on('server_error', (_ctx, error) => console.error('test provider:', error));
  server.on('request', provider.callback());
  return {
    issuer,
    ...TEST_OIDC_CLIENT,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
