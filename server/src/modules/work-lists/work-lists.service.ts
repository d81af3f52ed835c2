// The four work lists of the Opvolging page, one file each, on the shared filter, scope and paging
// of work-list-query.ts; this file is the module's verbs in one place for the resolvers and tests.

export * from './work-list-query.js';
export * from './pending-applications.js';
export * from './mentors-due.js';
export * from './expiring-recognitions.js';
export * from './establishments-to-follow-up.js';
