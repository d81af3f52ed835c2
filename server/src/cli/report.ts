import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportWorkbookBlob } from '@duaal/shared/report-workbook';
import { openReadOnlyDatabase } from '../db/client.js';
import { readEnv } from '../env.js';
import { createClock } from '../clock.js';
import type { Actor } from '../modules/auth/actor.js';
import { computeKpi } from '../modules/kpis/index.js';
import { buildAnnualReport, reportDataDate, toReportDoc } from '../modules/report/report.service.js';

// npm run report -- 2022-2023 --out report.xlsx [--db FILE] [--lang en] [--policymaker]
// Writes the annual report's workbook (the same one the Rapport view downloads) without a browser.
// By default with every figure as computed (an administrator's view); --policymaker applies the
// disclosure control of a policymaker, as the web does for that role.

const USAGE = 'usage: npm run report -- <school year, e.g. 2022-2023> --out <file.xlsx> [--db FILE] [--lang nl|en] [--policymaker]';

export async function writeReportWorkbook(options: { file: string; schoolYear: string; out: string; lang: 'nl' | 'en'; policymaker: boolean; today: string; threshold: number }): Promise<number> {
  const db = openReadOnlyDatabase(options.file);
  try {
    const actor: Actor = { userId: null, role: options.policymaker ? 'POLICYMAKER' : 'ADMIN', partnershipId: null };
    const report = await buildAnnualReport({
      schoolYear: options.schoolYear,
      ask: async (input) => computeKpi({ db, actor, today: options.today, suppressionThreshold: options.threshold, input }),
    });
    const blob = await reportWorkbookBlob(toReportDoc(report, reportDataDate(db, options.today)), options.lang);
    const bytes = Buffer.from(await blob.arrayBuffer());
    writeFileSync(options.out, bytes);
    return report.tables.length;
  } finally {
    db.sqlite.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const schoolYear = argv.find((a) => /^\d{4}-\d{4}$/.test(a));
  const out = flag('out');
  const lang = flag('lang') ?? 'nl';
  if (!schoolYear || !out || (lang !== 'nl' && lang !== 'en')) {
    console.error(USAGE);
    return 2;
  }
  const env = readEnv();
  const file = flag('db') ?? env.DATABASE_FILE;
  try {
    const tables = await writeReportWorkbook({
      file,
      schoolYear,
      out,
      lang,
      policymaker: argv.includes('--policymaker'),
      today: createClock(env.TODAY ?? null).today(),
      threshold: env.SUPPRESSION_THRESHOLD,
    });
    console.log(`wrote ${out}: ${tables} tables, school year ${schoolYear} (${file})`);
    return 0;
  } catch (error) {
    console.error(`report: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
