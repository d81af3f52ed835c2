export * from './enums.js';
export * from './labels.js';
export * from './identifiers.js';
export * from './school-year.js';
export * from './rules.js';
export * from './partnerships.js';
export * from './clock.js';
export * from './calendar-status.js';
