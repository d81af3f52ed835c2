export { loadReferenceData, type ReferenceSummary } from './reference/index.js';
export { loadDemoData } from './demo.js';
