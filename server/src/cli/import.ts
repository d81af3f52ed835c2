import { systemClock } from '../clock.js';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { readEnv } from '../env.js';
import { formatImportError, importFolder } from '../modules/imports/index.js';

// npm run import -- <folder>: imports a counter export into the database of DATABASE_FILE.
// Exit code 0 when imported, 1 when the files hold errors (nothing written), 2 on wrong usage.

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run import -- <folder with the CSV files of docs/import-format.md>');
  process.exit(2);
}

const env = readEnv();
const db = openDatabase(env.DATABASE_FILE);
migrateDatabase(db);
const started = performance.now();
const result = importFolder(db, folder, { at: systemClock.now() });
const hasReferenceData = (db.sqlite.prepare('select count(*) as n from partnerships').get() as { n: number }).n > 0;
db.sqlite.close();

if (!result.ok) {
  for (const error of result.errors) console.error(formatImportError(error));
  console.error(`${result.errors.length} error(s); nothing was imported.`);
  if (!hasReferenceData) console.error('The database holds no reference data (partnerships, trainings, municipalities): load it first.');
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Imported ${folder} into ${env.DATABASE_FILE} in ${seconds} s:`);
for (const [file, c] of Object.entries(result.counts)) {
  if (c.inserted + c.updated + c.unchanged === 0) continue;
  console.log(`  ${file.padEnd(26)} ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`);
}
