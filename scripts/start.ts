import { execSync } from 'node:child_process';
import { createClock, ensureDemoUsers, migrateDatabase, openDatabase, readEnv, startHttpServer } from '@duaal/server';
import { loadReferenceData, loadDemoData } from '@duaal/seeds';

// `npm start`: build the dashboard, migrate the database, load reference data (idempotent)
// and, on an empty database, the demo history; then serve API and dashboard on one port.
const env = readEnv();
const clock = createClock(env.TODAY);

if (!process.argv.includes('--no-build')) {
  console.log('building the dashboard …');
  execSync('npm run build --workspace web', { stdio: 'inherit' });
}

const db = openDatabase(env.DATABASE_FILE);
migrateDatabase(db);
const reference = loadReferenceData(db);
console.log(`reference data: ${reference.partnerships} partnerships, ${reference.jointCommittees} PC numbers, ${reference.trainings} trainings, ${reference.municipalities} municipalities`);
await ensureDemoUsers(db);
const demo = await loadDemoData(db, { seed: env.DEMO_SEED, scale: env.DEMO_SCALE });
console.log(demo);

const { url } = await startHttpServer({
  db,
  port: env.PORT,
  host: env.HOST,
  authSecret: env.AUTH_SECRET,
  suppressionThreshold: env.SUPPRESSION_THRESHOLD,
  clock,
  webDist: env.WEB_DIST,
  kpiWorkers: env.KPI_WORKERS,
  queryBudgetMs: env.QUERY_BUDGET_MS,
  // Answer the first overview visit from the KPI result cache.
  warmKpiCacheFor: clock.today(),
});
console.log(`\nDuaal Monitor is running:\n  dashboard  ${url}/\n  GraphQL    ${url}/graphql\n  demo users admin@duaal.test, lid@duaal.test, bouw@duaal.test, horeca@duaal.test, beleid@duaal.test (password duaal-demo)\n`);
