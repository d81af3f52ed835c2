import { describe, expect, it } from 'vitest';
import { createFactories } from '../../testing/factories.js';
import { createTestDb } from '../../testing/test-db.js';
import { SsoRefusal } from './oidc-claims.js';
import { signInWithClaims } from './oidc-sign-in.service.js';

// A deactivated account (Beheer) stays closed to single sign-on: the provider's claims do not
// reopen it, and nothing is written.

describe('single sign-on of a deactivated user', () => {
  it('is refused, naming the account, with no login written', () => {
    const db = createTestDb();
    const f = createFactories(db);
    const id = f.user({ role: 'POLICYMAKER', email: 'an@vlaanderen.test', name: 'An' });
    db.sqlite.prepare('update users set active = 0 where id = ?').run(id);
    const names = { roleClaim: 'role', partnershipClaim: 'partnership' };
    const claims = { email: 'an@vlaanderen.test', name: 'An', role: 'beleidsmedewerker' };
    const now = new Date('2026-11-29T09:00:00Z');
    const refusal = (() => {
      try {
        signInWithClaims({ db, claims, names, now });
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(SsoRefusal);
    expect((refusal as SsoRefusal).field).toBe('account');
    expect(db.sqlite.prepare("select count(*) from audit_log where action = 'login'").pluck().get()).toBe(0);
    // Active again: the same claims sign in.
    db.sqlite.prepare('update users set active = 1 where id = ?').run(id);
    expect(signInWithClaims({ db, claims, names, now }).userId).toBe(id);
  });
});
