// Test helpers for the server's own tests and for other packages (`@duaal/server/testing`):
// a fresh migrated database, the data factories and fixtures, and GraphQL without a listener.

export { createTestDb } from './test-db.js';
export { runGraphQL, TEST_SECRET, type GraphQLResponse } from './graphql-client.js';
export { createFactories, type Factories, type JointCommitteeSpec, type RecognitionSpec } from './factories.js';
export { buildRecordsFixture, RECORDS_TODAY, type RecordsFixture } from './records-fixture.js';
export { buildKpiFixture, type KpiFixture } from '../modules/kpis/kpi-fixture.js';
