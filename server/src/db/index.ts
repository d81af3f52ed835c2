// The database layer for other packages (`@duaal/server/db`): the connection, the tables, and the
// SQL of the change marks the migration script writes.

export { migrateDatabase, openDatabase, type Db } from './client.js';
export * as tables from './schema/index.js';
export { changeMarksMigration } from './change-marks.js';
