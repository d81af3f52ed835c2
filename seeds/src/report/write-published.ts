import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishedReportModule } from './published-report.js';

const target = fileURLToPath(new URL('../../../shared/src/annual-report-published.ts', import.meta.url));
writeFileSync(target, publishedReportModule());
console.log(`wrote ${target}`);
