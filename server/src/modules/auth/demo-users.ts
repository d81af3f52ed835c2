import { eq } from 'drizzle-orm';
import type { Role } from '@duaal/shared';
import type { Db } from '../../db/client.js';
import { partnerships, users } from '../../db/schema/index.js';
import { hashPassword } from './passwords.js';

/**
 * DEMO ONLY: one user per role, all with the password "duaal-demo". These accounts exist for the
 * local demo and the walkthrough; never create them on a real deployment.
 */
export const DEMO_PASSWORD = 'duaal-demo';

export const DEMO_USERS: readonly { email: string; name: string; role: Role; partnershipCode?: string }[] = [
  { email: 'admin@duaal.test', name: 'Demo beheerder', role: 'ADMIN' },
  { email: 'lid@duaal.test', name: 'Demo lid Vlaams Partnerschap', role: 'PARTNERSHIP_MEMBER' },
  { email: 'bouw@duaal.test', name: 'Demo medewerker Bouw', role: 'SECTOR_STAFF', partnershipCode: 'BOUW' },
  { email: 'horeca@duaal.test', name: 'Demo medewerker Horeca', role: 'SECTOR_STAFF', partnershipCode: 'HORECA' },
  { email: 'beleid@duaal.test', name: 'Demo beleidsmaker', role: 'POLICYMAKER' },
];

/**
 * Creates the demo users that do not exist yet (by email); existing ones are left as they are.
 * The partnerships BOUW and HORECA must be loaded first. Returns the emails it created.
 */
export async function ensureDemoUsers(db: Db): Promise<string[]> {
  const created: string[] = [];
  for (const demo of DEMO_USERS) {
    if (db.select({ id: users.id }).from(users).where(eq(users.email, demo.email)).get()) continue;
    let partnershipId: number | null = null;
    if (demo.partnershipCode) {
      const partnership = db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.code, demo.partnershipCode)).get();
      if (!partnership) throw new Error(`Demo user ${demo.email} needs partnership ${demo.partnershipCode}: load the reference data first`);
      partnershipId = partnership.id;
    }
    db.insert(users)
      .values({ email: demo.email, name: demo.name, role: demo.role, partnershipId, passwordHash: await hashPassword(DEMO_PASSWORD) })
      .run();
    created.push(demo.email);
  }
  return created;
}
