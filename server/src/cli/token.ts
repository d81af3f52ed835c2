import { eq } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../db/client.js';
import { users } from '../db/schema/index.js';
import { readEnv } from '../env.js';
import { systemClock, type Clock } from '../clock.js';
import { appendAuditLog } from '../modules/auth/audit.js';
import { signToken } from '../modules/auth/tokens.js';

// npm run token -- <email>: prints a signed access token for that user (for curl, scripts, tests).

/** Signs a token for the user with this email; the issue is audited like a login. */
export async function issueTokenForEmail(db: Db, email: string, secret: string, clock: Clock = systemClock): Promise<string> {
  const user = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  if (!user) throw new Error(`No user with email ${email}`);
  if (!user.active) throw new Error(`User ${email} is deactivated`);
  const token = await signToken(user.id, secret, clock.now());
  appendAuditLog(db, { userId: user.id, action: 'token_issued', entity: 'users', detail: 'cli' }, clock.now());
  return token;
}

async function main(argv: string[]): Promise<number> {
  const email = argv[0];
  if (!email) {
    console.error('usage: npm run token -- <email>');
    return 2;
  }
  const env = readEnv();
  const db = openDatabase(env.DATABASE_FILE);
  try {
    console.log(await issueTokenForEmail(db, email, env.AUTH_SECRET));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  } finally {
    db.sqlite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
