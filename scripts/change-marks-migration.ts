import { writeFileSync } from 'node:fs';
import { changeMarksMigration } from '@duaal/server/db';

// Writes the SQL of the change marks (server/src/db/change-marks.ts) into the given migration file.
const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/change-marks-migration.ts drizzle/<migration>/migration.sql');
writeFileSync(file, changeMarksMigration());
console.log(`wrote ${file}`);
