import { describe, expect, it } from 'vitest';
import { deploymentProblem, readEnv } from '../../env.js';
import { mapClaims, normaliseRoleValue, SsoRefusal } from './oidc-claims.js';
import { TEST_SECRET } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { createApp } from '../../yoga.js';
import { oidcSettings, SignInCodes } from './oidc.js';

const names = { roleClaim: 'duaal_rol', partnershipClaim: 'duaal_partnerschap' };
const refusal = (claims: Record<string, unknown>) => {
  try {
    mapClaims(claims, names);
  } catch (error) {
    if (error instanceof SsoRefusal) return error;
    throw error;
  }
  throw new Error('no refusal');
};

describe('ID-token claims to a user', () => {
  it.each([
    ['ADMIN', 'ADMIN'],
    ['beheerder', 'ADMIN'],
    ['DuaalMonitor-Beheerder:OVO002949', 'ADMIN'],
    ['Partnerschapslid', 'PARTNERSHIP_MEMBER'],
    ['partnership member', 'PARTNERSHIP_MEMBER'],
    ['duaal_monitor_beleidsmedewerker:OVO000001', 'POLICYMAKER'],
  ])('maps the role value %s to %s', (value, role) => {
    expect(mapClaims({ email: 'x@vlaanderen.test', duaal_rol: value }, names).role).toBe(role);
  });

  it('folds the ACM form "<role>:<organisation>" before looking up', () => {
    expect(normaliseRoleValue(' DuaalMonitor-Sector Medewerker:OVO1 ')).toBe('sector_medewerker');
  });

  it('takes the partnership code of SECTOR_STAFF in upper case, and ignores it for other roles', () => {
    expect(mapClaims({ email: 'A@B.test', duaal_rol: 'sectormedewerker', duaal_partnerschap: ' horeca ' }, names)).toEqual({
      email: 'a@b.test',
      name: 'a@b.test',
      role: 'SECTOR_STAFF',
      partnershipCode: 'HORECA',
    });
    expect(mapClaims({ email: 'a@b.test', duaal_rol: 'ADMIN', duaal_partnerschap: 'HORECA', given_name: 'An', family_name: 'Peeters' }, names)).toMatchObject({
      name: 'An Peeters',
      partnershipCode: null,
    });
  });

  it('accepts a list with one of our roles among roles of other applications', () => {
    expect(mapClaims({ email: 'a@b.test', duaal_rol: ['LED-Gebruiker:OVO1', 'DuaalMonitor-Beleidsmedewerker:OVO1'] }, names).role).toBe('POLICYMAKER');
  });

  it.each([
    [{ duaal_rol: 'ADMIN' }, 'email'],
    [{ email: 'a@b.test', email_verified: false, duaal_rol: 'ADMIN' }, 'email_verified'],
    [{ email: 'a@b.test' }, 'duaal_rol'],
    [{ email: 'a@b.test', duaal_rol: 42 }, 'duaal_rol'],
    [{ email: 'a@b.test', duaal_rol: 'Koning' }, 'duaal_rol'],
    [{ email: 'a@b.test', duaal_rol: ['ADMIN', 'beleidsmedewerker'] }, 'duaal_rol'],
    [{ email: 'a@b.test', duaal_rol: 'SECTOR_STAFF' }, 'duaal_partnerschap'],
    [{ email: 'a@b.test', duaal_rol: 'SECTOR_STAFF', duaal_partnerschap: ['BOUW', 'HORECA'] }, 'duaal_partnerschap'],
  ])('refuses %j naming the claim %s', (claims, field) => {
    const error = refusal(claims);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });
});

describe('the single sign-on settings', () => {
  const full = { OIDC_ISSUER: 'https://authenticatie.vlaanderen.be/op', OIDC_CLIENT_ID: 'duaal', OIDC_CLIENT_SECRET: 's3cret' };

  it('are off without any OIDC variable, on with issuer, client id and secret', () => {
    expect(oidcSettings(readEnv({}))).toBeNull();
    expect(deploymentProblem(readEnv(full))).toBeNull();
    // The redirect URI defaults to the public URL + /auth/oidc/callback.
    expect(oidcSettings(readEnv({ ...full, PUBLIC_URL: 'https://monitor.example.be/' }))).toMatchObject({
      redirectUri: 'https://monitor.example.be/auth/oidc/callback',
      roleClaim: 'role',
      scopes: 'openid profile email',
    });
  });

  it.each([
    [{ OIDC_ISSUER: full.OIDC_ISSUER }, 'OIDC_CLIENT_ID, OIDC_CLIENT_SECRET are missing'],
    [{ OIDC_ISSUER: full.OIDC_ISSUER, OIDC_CLIENT_ID: 'duaal' }, 'OIDC_CLIENT_SECRET is missing'],
    [{ OIDC_ROLE_CLAIM: 'rol' }, 'OIDC_ROLE_CLAIM is set but OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET are missing'],
    [{ ...full, OIDC_ISSUER: 'http://idp.example.be' }, 'OIDC_ISSUER must use https'],
    [{ ...full, OIDC_REDIRECT_URI: 'https://monitor.example.be/callback' }, 'OIDC_REDIRECT_URI must end in /auth/oidc/callback'],
  ])('refuse to start with %j', (vars, message) => {
    expect(deploymentProblem(readEnv(vars))).toContain(message);
  });
});

describe('local sign-in switched off (DEMO=false with single sign-on)', () => {
  it('refuses the login mutation with LOCAL_SIGN_IN_DISABLED and says so in authMethods', async () => {
    const db = createTestDb();
    const app = createApp({ db, authSecret: TEST_SECRET, suppressionThreshold: 5, signIn: { local: false, oidc: { label: 'ACM/IDM', codes: new SignInCodes() } } });
    const post = async (query: string) =>
      (await (await app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as {
        data?: Record<string, unknown>;
        errors?: { extensions?: { code?: string } }[];
      };
    const login = await post(`mutation { login(email: "a@b.test", password: "x") { token } }`);
    expect(login.errors?.[0]?.extensions?.code).toBe('LOCAL_SIGN_IN_DISABLED');
    const methods = await post(`{ authMethods { local oidc { label } } }`);
    expect(methods.data).toEqual({ authMethods: { local: false, oidc: { label: 'ACM/IDM' } } });
  });
});

it('takes an empty OIDC variable for an unset one', () => {
  expect(deploymentProblem(readEnv({ OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_ROLE_CLAIM: '' }))).toBeNull();
});
