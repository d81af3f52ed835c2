import { openDatabase, migrateDatabase, ensureDemoUsers } from '@duaal/server';
import { loadDemoData, loadReferenceData } from '@duaal/seeds';
const db = openDatabase('/tmp/cachework/demo.db');
migrateDatabase(db);
loadReferenceData(db);
await ensureDemoUsers(db);
const t = performance.now();
console.log(await loadDemoData(db, { seed: 2023, scale: 1, today: '2026-11-29' }));
console.log('generated', Math.round(performance.now() - t), 'ms');
