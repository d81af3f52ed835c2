import { execSync } from 'node:child_process';
import { createClock, deploymentProblem, ensureDemoUsers, migrateDatabase, oidcSettings, openDatabase, readEnv, startHttpServer } from '@duaal/server';
import { loadReferenceData, loadDemoData } from '@duaal/seeds';

// `npm start`: build the dashboard, migrate the database, load reference data (idempotent)
// and, with DEMO=true (the default) on an empty database, the demo history and demo users;
// then serve API and dashboard on one port.
const env = readEnv();
const clock = createClock(env.TODAY);
const problem = deploymentProblem(env);
if (problem) {
  console.error(`Duaal Monitor will not start: ${problem}`);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  console.log('building the dashboard …');
  execSync('npm run build --workspace web', { stdio: 'inherit' });
}

const db = openDatabase(env.DATABASE_FILE);
migrateDatabase(db);
const reference = loadReferenceData(db);
console.log(`reference data: ${reference.partnerships} partnerships, ${reference.jointCommittees} PC numbers, ${reference.trainings} trainings, ${reference.municipalities} municipalities`);
if (env.DEMO) {
  await ensureDemoUsers(db);
  // The demo history ends on the clock's today (the TODAY setting, or today in Brussels).
  const demo = await loadDemoData(db, { seed: env.DEMO_SEED, scale: env.DEMO_SCALE, today: clock.today() });
  console.log(demo);
} else {
  const accounts = db.sqlite.prepare('select count(*) as n from users').get() as { n: number };
  console.log(`demo data and demo users: off (DEMO=false); ${accounts.n} user account(s)`);
  if (accounts.n === 0) console.log('create the first administrator: npm run user:add -- --role ADMIN <email>');
}

const oidc = oidcSettings(env);
if (oidc) console.log(`single sign-on: ${oidc.issuer} (client ${oidc.clientId}, redirect ${oidc.redirectUri})`);
const { url, stop } = await startHttpServer({
  db,
  port: env.PORT,
  host: env.HOST,
  authSecret: env.AUTH_SECRET,
  suppressionThreshold: env.SUPPRESSION_THRESHOLD,
  clock,
  webDist: env.WEB_DIST,
  corsOrigins: env.CORS_ORIGINS,
  trustProxy: env.TRUST_PROXY,
  production: env.NODE_ENV === 'production',
  kpiWorkers: env.KPI_WORKERS,
  queryBudgetMs: env.QUERY_BUDGET_MS,
  // Answer the first overview visit from the KPI result cache.
  warmKpiCacheFor: clock.today(),
  oidc,
  // A real deployment with single sign-on has no passwords; the demo keeps its local accounts.
  localSignIn: env.DEMO || !oidc,
});
// Ctrl-C or a SIGTERM ends the live-update streams and the data watcher, then the process.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stop().then(() => process.exit(0));
  });
}
const demoUsers = env.DEMO ? '\n  demo users admin@duaal.test, lid@duaal.test, bouw@duaal.test, horeca@duaal.test, beleid@duaal.test (password duaal-demo)' : '';
console.log(`\nDuaal Monitor is running:\n  dashboard  ${url}/\n  GraphQL    ${url}/graphql${demoUsers}\n  today      ${clock.today()} (${env.TODAY ? 'TODAY setting' : 'Europe/Brussels'})\n`);
