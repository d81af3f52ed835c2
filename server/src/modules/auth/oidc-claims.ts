import type { Role } from '@duaal/shared';

// What an ID token must say for a user to get in: an e-mail address, exactly one of our roles,
// and for SECTOR_STAFF a partnership code. The mapping is documented in docs/single-sign-on.md.

/**
 * Role claim values we accept, after normalising (see `normaliseRoleValue`): our own role names
 * and their Dutch names, as an access-management administrator would type them.
 */
export const OIDC_ROLE_VALUES: Readonly<Record<string, Role>> = {
  admin: 'ADMIN',
  beheerder: 'ADMIN',
  partnership_member: 'PARTNERSHIP_MEMBER',
  partnerschapslid: 'PARTNERSHIP_MEMBER',
  sector_staff: 'SECTOR_STAFF',
  sectormedewerker: 'SECTOR_STAFF',
  policymaker: 'POLICYMAKER',
  beleidsmedewerker: 'POLICYMAKER',
};

/**
 * ACM/IDM writes a role as `<role name>:<organisation code>` (e.g. `DuaalMonitor-Beheerder:OVO002949`);
 * the organisation part is dropped, case, spaces and dashes are folded, and an application prefix
 * `duaalmonitor_` / `duaal_monitor_` is removed.
 */
export function normaliseRoleValue(value: string): string {
  return (value.split(':')[0] ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/^duaal_?monitor_/, '');
}

export interface ClaimNames {
  roleClaim: string;
  partnershipClaim: string;
}

export interface SignInClaims {
  email: string;
  name: string;
  role: Role;
  /** Upper-case partnership code, for SECTOR_STAFF only. */
  partnershipCode: string | null;
}

/** The provider's answer cannot sign anyone in; `field` names the claim (or step) at fault. */
export class SsoRefusal extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** The e-mail address of the ID token, when the refusal came after it was read. */
    readonly email: string | null = null,
  ) {
    super(`${field}: ${message}`);
  }
}

/** A claim value quoted in an error message, never longer than a line. */
const quote = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

const stringsOf = (value: unknown): string[] | null => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
};

/** Reads the ID token's claims into a user, or throws an SsoRefusal naming the claim. */
export function mapClaims(claims: Record<string, unknown>, names: ClaimNames): SignInClaims {
  const rawEmail = claims.email;
  if (typeof rawEmail !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(rawEmail.trim()) || rawEmail.length > 254) {
    throw new SsoRefusal('email', `the ID token has no usable e-mail address (claim "email": ${quote(rawEmail)}); the scope "email" must be granted`);
  }
  const email = rawEmail.trim().toLowerCase();
  if (claims.email_verified === false) throw new SsoRefusal('email_verified', `the provider has not verified ${email}`, email);

  const roleValues = stringsOf(claims[names.roleClaim]);
  if (!roleValues || roleValues.length === 0) {
    throw new SsoRefusal(names.roleClaim, `the ID token of ${email} has no role (claim "${names.roleClaim}": ${quote(claims[names.roleClaim])})`, email);
  }
  const roles = [...new Set(roleValues.map((v) => OIDC_ROLE_VALUES[normaliseRoleValue(v)]).filter((r): r is Role => r !== undefined))];
  if (roles.length === 0) {
    throw new SsoRefusal(names.roleClaim, `no role of Duaal Monitor in claim "${names.roleClaim}" of ${email}: ${quote(roleValues)}`, email);
  }
  if (roles.length > 1) {
    throw new SsoRefusal(names.roleClaim, `claim "${names.roleClaim}" of ${email} gives several roles (${roles.join(', ')}); give exactly one`, email);
  }
  const role = roles[0]!;

  let partnershipCode: string | null = null;
  if (role === 'SECTOR_STAFF') {
    const values = stringsOf(claims[names.partnershipClaim]);
    const code = values?.length === 1 ? values[0]!.trim().toUpperCase() : '';
    if (!code || code.length > 64) {
      throw new SsoRefusal(
        names.partnershipClaim,
        `SECTOR_STAFF needs one partnership code in claim "${names.partnershipClaim}" (got ${quote(claims[names.partnershipClaim])}) for ${email}`,
        email,
      );
    }
    partnershipCode = code;
  }

  const given = [claims.given_name, claims.family_name].filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(' ');
  const name = (typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim() : given || email).slice(0, 200);
  return { email, name, role, partnershipCode };
}
