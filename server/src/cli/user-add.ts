import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../clock.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { readEnv } from '../env.js';
import { addUser, UserInputError } from '../modules/auth/users.service.js';

// npm run user:add -- --role ADMIN [--name "…"] [--partnership BOUW] <email>
// Creates an account and prints its one-time password once (the first administrator of a
// deployment started with DEMO=false comes from here).

const USAGE = 'usage: npm run user:add -- --role ADMIN|PARTNERSHIP_MEMBER|SECTOR_STAFF|POLICYMAKER [--partnership CODE] [--name NAME] <email>';

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, partnership: { type: 'string' }, name: { type: 'string' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const email = parsed.positionals[0];
  if (!email || !parsed.values.role || parsed.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const env = readEnv();
  const db = openDatabase(env.DATABASE_FILE);
  try {
    migrateDatabase(db);
    const user = await addUser({
      db,
      by: null,
      now: systemClock.now(),
      input: { email, role: parsed.values.role as never, name: parsed.values.name, partnershipCode: parsed.values.partnership },
    });
    console.log(`created ${parsed.values.role} ${user.email} (id ${user.id})`);
    console.log(`one-time password: ${user.password}`);
    console.log('It is shown only now: hand it over securely.');
    return 0;
  } catch (error) {
    if (error instanceof UserInputError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    db.sqlite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
