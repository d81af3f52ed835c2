import { openReadOnlyDatabase } from './../server/src/db/client.js';
import { computeKpi, computeKpiTrend } from '../server/src/modules/kpis/kpis.service.js';
const TILES: [string, string | undefined][] = [['K1', undefined], ['K2', 'establishments'], ['K3', undefined], ['K5', 'approved'], ['K9', undefined], ['K10', 'complianceRate'], ['K12', undefined], ['K13', undefined], ['K14', undefined]];
const nis = process.argv[2];
const filter = nis ? { municipalities: [nis] } : {};
const db = openReadOnlyDatabase('/tmp/cachework/demo.db');
const actor = { userId: 1, role: 'POLICYMAKER', partnershipId: null } as const;
const base = { db, actor, suppressionThreshold: 5, today: '2026-11-29' } as never as Parameters<typeof computeKpi>[0];
import Database from 'better-sqlite3';
const w = new Database('/tmp/cachework/demo.db');
w.exec('CREATE TABLE IF NOT EXISTS tmpx(a)');
for (const pass of ['cold', 'warm', 'recold', 'warm']) {
  if (pass === 'recold') w.prepare('INSERT INTO tmpx VALUES (1)').run();
  let total = 0;
  const parts: string[] = [];
  for (const [id, measure] of TILES) {
    let t = performance.now();
    computeKpi({ ...base, input: { id, measure, schoolYear: '2026-2027', compareWith: '2025-2026', filter } as never });
    const a = performance.now() - t;
    t = performance.now();
    computeKpiTrend({ ...base, input: { id, measure, filter } as never });
    const b = performance.now() - t;
    total += a + b;
    parts.push(`${id} ${a.toFixed(0)}/${b.toFixed(0)}`);
  }
  console.log(pass, total.toFixed(0), 'ms', 'multi-year totals', Math.round((globalThis as any).__totalMs ?? 0), parts.join(' | ')); (globalThis as any).__totalMs = 0;
}
