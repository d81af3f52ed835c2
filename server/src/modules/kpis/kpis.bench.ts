import { addDays, latestMentorTrainingDeadline, validityEnd } from '@duaal/shared';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { createFactories } from '../../testing/factories.js';
import { OVERVIEW_QUERY } from './overview-query.js';

// Timing of the overview request on a synthetic database of ~150k recognitions (not a test):
//   npx tsx server/src/modules/kpis/kpis.bench.ts [recognitions]
// Random but seeded data; the figures are meaningless, only the timings matter.

const RECOGNITIONS = Number(process.argv[2] ?? 150_000);
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
const dayIn = (from: string, days: number) => addDays(from, Math.floor(rand() * days));

const db = createTestDb();
const f = createFactories(db);
const sqlite = db.sqlite;
const started = Date.now();

sqlite.transaction(() => {
  const provinces = ['ANTWERPEN', 'LIMBURG', 'OOST_VLAANDEREN', 'VLAAMS_BRABANT', 'WEST_VLAANDEREN'] as const;
  const municipalities = provinces.flatMap((province, p) =>
    Array.from({ length: 20 }, (_, i) => f.municipality({ province, nisCode: String(10_000 * (p + 1) + i + 100) })),
  );
  const partnerships = Array.from({ length: 23 }, (_, i) => f.partnership({ code: `P${i}`, jointCommittees: [`${100 + i}`, `${200 + i}.01`] }));
  const pcs = Array.from({ length: 23 }, (_, i) => [`${100 + i}`, `${200 + i}.01`]).flat();
  const trainings = Array.from({ length: 300 }, (_, i) =>
    f.training({ code: `TR${i}`, system: i % 2 ? 'DUAL' : 'LEREN_EN_WERKEN', level: i % 10 === 0 ? 'ADULT' : 'SECONDARY' }),
  );
  const providers = Array.from({ length: 200 }, () => f.provider({ municipalityNisCode: pick(municipalities) }));

  const insertEnterprise = sqlite.prepare("INSERT INTO enterprises (kbo_number, name, legal_form, size_class) VALUES (?, 'e', 'PRIVATE', 'SMALL')");
  const insertEstablishment = sqlite.prepare("INSERT INTO establishments (establishment_number, enterprise_id, name, municipality_nis_code) VALUES (?, ?, 's', ?)");
  const establishments: number[] = [];
  for (let i = 0; i < RECOGNITIONS / 3; i++) {
    const enterprise = Number(insertEnterprise.run(String(i).padStart(10, '0')).lastInsertRowid);
    const sites = rand() < 0.2 ? 2 : 1;
    for (let s = 0; s < sites; s++) establishments.push(Number(insertEstablishment.run(`2${String(establishments.length).padStart(9, '0')}`, enterprise, pick(municipalities)).lastInsertRowid));
  }

  const insertRecognition = sqlite.prepare(`INSERT INTO recognitions (application_id, establishment_id, training_id, kind, joint_committee_code,
    handling_partnership_id, mandate_type, submitted_on, status, decided_on, approved_on, automatic_approval, valid_from, valid_to, ended_on)
    VALUES (@app, @est, @tr, @kind, @pc, @hp, @mandate, @sub, @status, @decided, @approved, @auto, @vf, @vt, @ended)`);
  const insertEvent = sqlite.prepare('INSERT OR IGNORE INTO recognition_status_events (recognition_id, status, occurred_on) VALUES (?, ?, ?)');
  const insertMentor = sqlite.prepare("INSERT INTO mentors (mentor_key) VALUES (?)");
  const insertRm = sqlite.prepare('INSERT OR IGNORE INTO recognition_mentors (recognition_id, mentor_id, added_on) VALUES (?, ?, ?)');
  const insertMt = sqlite.prepare(`INSERT OR IGNORE INTO mentor_trainings (mentor_id, partnership_id, recognition_id, status, deadline, completed_on)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const insertAgreement = sqlite.prepare(`INSERT INTO agreements (agreement_number, type, learner_pseudonym, establishment_id, training_id, provider_id,
    recognition_id, start_on, planned_end_on, actual_end_on, status) VALUES (?, 'OAO', 'l', ?, ?, ?, ?, ?, ?, ?, ?)`);
  const mentors: number[] = [];
  for (let i = 0; i < RECOGNITIONS / 2.5; i++) mentors.push(Number(insertMentor.run(`M${i}`).lastInsertRowid));

  for (let i = 0; i < RECOGNITIONS; i++) {
    const sub = dayIn('2016-09-01', 365 * 7);
    const outcome = rand();
    const approved = outcome < 0.85 ? addDays(sub, Math.floor(rand() * 20)) : null;
    const rejected = !approved && outcome < 0.93 ? addDays(sub, 10 + Math.floor(rand() * 20)) : null;
    const vf = approved;
    const vt = vf ? validityEnd(vf) : null;
    const ended = vf && rand() < 0.1 ? addDays(vf, Math.floor(rand() * 900)) : null;
    const hp = pick(partnerships);
    const est = pick(establishments);
    const id = Number(
      insertRecognition.run({
        app: `A${i}`,
        est,
        tr: pick(trainings),
        kind: rand() < 0.1 ? 'RENEWAL' : rand() < 0.03 ? 'DUPLICATE' : 'NEW',
        pc: rand() < 0.95 ? pick(pcs) : null,
        hp,
        mandate: rand() < 0.5 ? 'NONE' : 'TRAINING_PROVIDER',
        sub,
        status: ended ? 'REVOKED' : approved ? 'APPROVED' : rejected ? 'REJECTED' : 'CANCELLED',
        decided: approved ?? rejected,
        approved,
        auto: approved && rand() < 0.03 ? 1 : 0,
        vf,
        vt,
        ended,
      }).lastInsertRowid,
    );
    insertEvent.run(id, 'SUBMITTED', sub);
    if (approved) insertEvent.run(id, 'APPROVED', approved);
    if (rejected) insertEvent.run(id, 'REJECTED', rejected);
    if (ended) insertEvent.run(id, 'REVOKED', ended);
    if (approved) {
      for (let k = 0; k < 1 + Math.floor(rand() * 2); k++) {
        const mentor = pick(mentors);
        insertRm.run(id, mentor, approved);
        insertMt.run(mentor, hp, id, 'COMPLETED_SECTOR', latestMentorTrainingDeadline(approved), rand() < 0.6 ? addDays(approved, 100) : null);
      }
      if (rand() < 0.5) {
        const start = addDays(approved, Math.floor(rand() * 400));
        const early = rand() < 0.25;
        insertAgreement.run(`O${i}`, est, 1, pick(providers), id, start, addDays(start, 600), early ? addDays(start, 120) : null, early ? 'TERMINATED_EARLY' : 'RUNNING');
      }
    }
  }
})();
sqlite.exec('ANALYZE');
console.log(`generated ${RECOGNITIONS} recognitions in ${Date.now() - started} ms`);

const admin = f.user({ role: 'ADMIN' });
const timings: number[] = [];
for (let i = 0; i < 40; i++) {
  const t0 = performance.now();
  const response = await runGraphQL(db, OVERVIEW_QUERY, { schoolYear: '2021-2022', compareWith: '2020-2021' }, { userId: admin });
  timings.push(performance.now() - t0);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  if (i === 0) console.log(`first (cold) overview request: ${timings[0]?.toFixed(1)} ms`);
}
timings.shift();
timings.sort((a, b) => a - b);
const at = (q: number) => (timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] as number).toFixed(1);
console.log(`repeated overview request (results cached until the data change): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${timings.length} runs)`);
