import type { Role } from '@duaal/shared';

/** Who is asking: decided on the server from the verified token, never from query arguments. */
export interface Actor {
  userId: number | null;
  role: Role | 'ANONYMOUS';
  /** The partnership of a SECTOR_STAFF user. */
  partnershipId: number | null;
}

export const ANONYMOUS: Actor = { userId: null, role: 'ANONYMOUS', partnershipId: null };
