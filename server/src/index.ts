export { openDatabase, migrateDatabase, type Db } from './db/client.js';
export * as tables from './db/schema/index.js';
export { createApp } from './yoga.js';
export { startHttpServer } from './http-server.js';
export { readEnv, deploymentProblem, type Env } from './env.js';
export { createClock, systemClock, type Clock } from './clock.js';
export { signToken } from './modules/auth/tokens.js';
export { ensureDemoUsers, DEMO_USERS, DEMO_PASSWORD } from './modules/auth/demo-users.js';
export { warmKpiCache } from './modules/kpis/kpis.service.js';
