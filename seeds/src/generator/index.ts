import { FLEMISH_PARTNERSHIP_CODE, LOCAL_GOVERNMENTS_CODE } from '@duaal/shared';
import type { Db } from '@duaal/server';
import type { ImportBundle } from '@duaal/server/imports';
import { generateAppeals, generateEnrolments, generateFollowUp } from './activities.js';
import { generateAgreements, generateProviders } from './agreements.js';
import { assignPartnerships, PARTNERSHIP_CODES, settleSystems } from './allocate.js';
import { toBundle } from './bundle.js';
import { readReferenceContext } from './context.js';
import { horizonOf, type Horizon } from './horizon.js';
import { generateMentors } from './mentors.js';
import { REPORT_YEAR, type Unit } from './model.js';
import { OrganisationBuilder } from './organisations.js';
import { HEADLINE_2022_2023, PARTNERSHIPS_2022_2023 } from './published.js';
import { Random, scaled } from './random.js';
import { buildTimeline, validInYear, type Timeline } from './timeline.js';
import { assignTrainings } from './trainings.js';

// The deterministic demo history for (seed, scale, endDate), as an import bundle: school years
// 2016-2017 up to the one of the end date, that one filled up to the end date, every status as it
// stands on that day. Reads the reference lists from the database; writes nothing.

export interface GeneratorOptions {
  seed: number;
  scale: number;
  /** The last day of the history (ISO date, from 2023-09-01 on): "today" for the demo. */
  endDate: string;
}

export interface GeneratedHistory {
  bundle: ImportBundle;
  /** Trajectory names of Tabel 29 without a training in the catalogue (their enrolments are left out). */
  unmatchedTrajectories: string[];
}

/**
 * K1 of 2022-2023 follows from how many revocations and stops before that year hit recognitions
 * approved from 2018-2019 on; a first pass measures it, a second one corrects the count.
 */
function solveTimeline(random: Random, scale: number, horizon: Horizon): Timeline {
  const target = scaled(HEADLINE_2022_2023.recognitionsSecondary, scale);
  const k1 = (t: Timeline) => t.recs.filter((r) => validInYear(r, REPORT_YEAR)).length;
  let guess = 2000;
  let timeline = buildTimeline(random.fork('timeline'), { scale, endingsOnNewCohorts: guess, horizon });
  for (let pass = 0; pass < 2; pass++) {
    const error = k1(timeline) - target;
    if (Math.abs(error) <= Math.max(2, target * 0.0005)) break;
    guess = Math.max(0, guess + Math.round(error / scale));
    timeline = buildTimeline(random.fork('timeline'), { scale, endingsOnNewCohorts: guess, horizon });
  }
  return timeline;
}

export function generateHistory(db: Db, options: GeneratorOptions): GeneratedHistory {
  const { scale } = options;
  const horizon = horizonOf(options.endDate);
  const random = new Random(options.seed);
  const ref = readReferenceContext(db);

  const timeline = solveTimeline(random, scale, horizon);
  settleSystems(random.fork('systems'), timeline, scale);
  assignPartnerships(random.fork('partnerships'), timeline.units, scale);

  const organisations = new OrganisationBuilder(random.fork('organisations'), ref);
  const unitsByPartnership = new Map<string, Unit[]>();
  for (const u of timeline.units) {
    if (u.chains.length === 0) continue;
    const list = unitsByPartnership.get(u.partnership as string);
    if (list) list.push(u);
    else unitsByPartnership.set(u.partnership as string, [u]);
  }
  // Partnerships with local governments first: those keep their province, the Leren en Werken
  // enterprises of the others are then steered to the provinces still behind S003 answer 1a.
  const keepProvince = new Set([LOCAL_GOVERNMENTS_CODE, FLEMISH_PARTNERSHIP_CODE]);
  const buildOrder = [...PARTNERSHIP_CODES.filter((c) => keepProvince.has(c)), ...PARTNERSHIP_CODES.filter((c) => !keepProvince.has(c))];
  for (const code of buildOrder) organisations.buildPartnership(code, unitsByPartnership.get(code) ?? [], scale);
  organisations.mergeAcrossPartnerships(scale);
  organisations.balanceLenwProvinces(timeline.units);
  addProspects(random.fork('prospects'), organisations, scale);
  const { enterprises, establishments } = organisations.finish();

  assignTrainings(random.fork('trainings'), timeline, ref, scale);
  const mentors = generateMentors(random.fork('mentors'), timeline, establishments, scale, horizon);
  const providers = generateProviders(random.fork('providers'), ref.municipalities);
  const agreements = generateAgreements(random.fork('agreements'), timeline, providers, scale, horizon);
  const { enrolments, unmatched } = generateEnrolments(random.fork('enrolments'), ref, providers, scale);
  const followUp = generateFollowUp(random.fork('follow-up'), timeline, scale, horizon);
  const appeals = generateAppeals(random.fork('appeals'), timeline, agreements, scale, horizon);

  const bundle = toBundle({ recs: timeline.recs, enterprises, establishments, mentors, providers, agreements, enrolments, followUp, appeals }, ref);
  return { bundle, unmatchedTrajectories: unmatched };
}

/**
 * Enterprises without any recognition, per sector and municipality (population-weighted): the
 * companies Radar Duaal helps to approach. About as many as the recognised ones.
 */
function addProspects(random: Random, organisations: OrganisationBuilder, scale: number): void {
  for (const [code, f] of Object.entries(PARTNERSHIPS_2022_2023)) {
    const count = scaled(f.enterprises * 0.8, scale);
    for (let k = 0; k < count; k++) {
      const enterprise = organisations.newEnterprise(code, true);
      organisations.newEstablishment(enterprise, code);
    }
  }
  void random;
}
