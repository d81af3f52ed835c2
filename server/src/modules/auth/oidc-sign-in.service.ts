import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { partnerships, users } from '../../db/schema/index.js';
import { appendAuditLog } from './audit.js';
import { mapClaims, SsoRefusal, type ClaimNames } from './oidc-claims.js';

/**
 * Signs in the person of a validated ID token: the user is found by e-mail, created on the first
 * sign-in (without a password: SSO users never sign in locally) or given the role and partnership
 * the claims say now, since the provider is the authority on them. One transaction with the
 * audit row; a refusal writes nothing here (the caller audits it).
 */
export function signInWithClaims({
  db,
  claims,
  names,
  now,
}: {
  db: Db;
  claims: Record<string, unknown>;
  names: ClaimNames;
  now: Date;
}): { userId: number; email: string; created: boolean } {
  const signIn = mapClaims(claims, names);
  return db.transaction((tx) => {
    let partnershipId: number | null = null;
    if (signIn.partnershipCode !== null) {
      const partnership = tx.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.code, signIn.partnershipCode)).get();
      if (!partnership) {
        throw new SsoRefusal(names.partnershipClaim, `no partnership with code ${signIn.partnershipCode} (claim "${names.partnershipClaim}" of ${signIn.email})`, signIn.email);
      }
      partnershipId = partnership.id;
    }
    const existing = tx.select().from(users).where(eq(users.email, signIn.email)).get();
    let userId: number;
    if (existing) {
      userId = existing.id;
      // A deactivated account stays closed, whatever the provider says (Beheer reopens it).
      if (!existing.active) throw new SsoRefusal('account', `the account of ${signIn.email} is deactivated`, signIn.email);
      if (existing.role !== signIn.role || existing.partnershipId !== partnershipId || existing.name !== signIn.name) {
        tx.update(users).set({ role: signIn.role, partnershipId, name: signIn.name }).where(eq(users.id, existing.id)).run();
        appendAuditLog(
          tx,
          { userId, action: 'user_updated', entity: 'users', detail: `${userId} ${existing.role} -> ${signIn.role}${signIn.partnershipCode ? ` ${signIn.partnershipCode}` : ''} (oidc)` },
          now,
        );
      }
    } else {
      userId = tx
        .insert(users)
        .values({ email: signIn.email, name: signIn.name, role: signIn.role, partnershipId, passwordHash: null })
        .returning({ id: users.id })
        .get().id;
      appendAuditLog(tx, { userId, action: 'user_added', entity: 'users', detail: `${userId} ${signIn.role}${signIn.partnershipCode ? ` ${signIn.partnershipCode}` : ''} (oidc)` }, now);
    }
    appendAuditLog(tx, { userId, action: 'login', entity: 'users', detail: `oidc ${signIn.email}` }, now);
    return { userId, email: signIn.email, created: !existing };
  });
}

/** A refused single sign-on, in the audit log like a failed local sign-in; the reason is capped. */
export function auditSsoFailure(db: Db, reason: string, email: string | null, now: Date): void {
  const user = email ? db.select({ id: users.id }).from(users).where(eq(users.email, email)).get() : undefined;
  appendAuditLog(db, { userId: user?.id ?? null, action: 'login_failed', entity: 'users', detail: `oidc: ${reason.slice(0, 300)}` }, now);
}
