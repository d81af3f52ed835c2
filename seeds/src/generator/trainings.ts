import type { System } from '@duaal/shared';
import type { ReferenceContext, TrainingInfo } from './context.js';
import { REPORT_YEAR, type Chain, type Establishment } from './model.js';
import { HEADLINE_2022_2023 } from './published.js';
import type { Random } from './random.js';
import { validInYear, type Timeline } from './timeline.js';

// Trainings of the chains: each partnership draws from the trainings of its sector (keywords on
// the training name), weighted by the published 2022-2023 recognitions per training (Tabel 30);
// duplicates get the dual training equivalent to their original's; some dual recognitions are
// declared valid for the adult training built on the same qualification.

const SECTOR_KEYWORDS: [string, RegExp][] = [
  ['BINNENVAART', /binnenvaart|binnenscheepvaart|stuurman|matroos|zeevisserij|motorist|schipper/],
  ['BOUW', /metsel|ruwbouw|bouw|dak|tegel|stukad|bekist|vloer|schilder|behang|straten|wegenbouw|asfalt|beton|werfbedien|voeg|gevel|isolat|sanitair|verwarming|dekvloer|kraan|grond|glas|steen|loodgiet|centrale/],
  ['HOUTSECTOREN', /hout|schrijnwerk|interieur|meubel|trap|parket|zaag/],
  ['ELEKTRICIENS', /elektrotechn|elektrische|elektricien|beveiliging|gebouwenautomatisering|fotovolta|installatietechn|domotica|elektrotechnicus/],
  ['TECHNOLOGISCHE_INDUSTRIE', /las|plaat|metaal|cnc|elektromec|mechatron|pijp|smid|koel|draai|frees|onderhoudstechn|industri|productieoperator|monteerder|constructie|machine/],
  ['AUTO', /auto|banden|carross|koetswerk|fiets|motor|vrachtwagen|mecanic|voertuig|spuiter|onderhoudsmechanica/],
  ['HORECA', /kok|keuken|kelner|restaurant|horeca|hotel|fastfood|snackbar|taverne|barista|catering|kamerdienst|zaal|bar/],
  ['HAARTOOI', /kap|haar|schoonheid|nagel|fitness|grime|esthet/],
  ['HANDEL_VOEDINGSHANDEL', /slager|bakker|brood|banket|chocola|vis|kaas|traiteur|voedingswinkel/],
  ['HANDEL_DETAILHANDEL', /winkel|verkoper|kassier|aanvuller|commercieel|etaleur|verkoop|retail/],
  ['GROENE_SECTOREN', /groen|tuin|paard|hippisch|dier|plant|land|bos|bloem|hoef|akker|vee|teelt|florist|natuur/],
  ['SOCIAL_PROFIT', /zorg|verzorg|kinder|begeleid|opvoed|animator|sport|helper in de zorg|logistiek helper|welzijn/],
  ['TRANSPORT', /logistiek|magazijn|heftruck|reachtruck|transport|chauffeur|goederen|bestuurder|expeditie/],
  ['CHEMIE', /chemie|proces|kunststof|labo|farma/],
  ['GRAFISCHE', /druk|grafisch|print|boekbind|papier|karton|media/],
  ['TEXTIEL', /textiel|weef|spin|brei/],
  ['KLEDING', /kleding|confectie|naai|maatkle|mode|retouche|stik/],
  ['TEXTIELVERZORGING', /strijk|wasserij|droogkuis/],
  ['VOEDINGSINDUSTRIE', /voeding|zuivel|brouw|slagerij|bakkerij|vlees/],
  ['BEDIENDEN', /administratie|bediende|onthaal|receptie|boekhoud|secretar|ict|pc-|office|bedrijfsorganisatie|kantoor/],
];

/** Partnerships whose staff follow generic trainings of other sectors too. */
const GENERIC: Record<string, string[]> = {
  HANDEL_ZELFSTANDIGE_KLEINHANDEL: ['HANDEL_DETAILHANDEL', 'HANDEL_VOEDINGSHANDEL'],
  LOKALE_BESTUREN: ['BEDIENDEN', 'GROENE_SECTOREN', 'SOCIAL_PROFIT', 'HORECA'],
  VLAAMS_PARTNERSCHAP: ['BEDIENDEN', 'TRANSPORT', 'HANDEL_DETAILHANDEL', 'HORECA'],
  TEXTIELVERZORGING: ['KLEDING', 'TEXTIEL'],
};

function sectorsOf(t: TrainingInfo): string[] {
  const name = t.nameNl.toLowerCase();
  return SECTOR_KEYWORDS.filter(([, re]) => re.test(name)).map(([code]) => code);
}

export function assignTrainings(random: Random, timeline: Timeline, ref: ReferenceContext, scale: number): void {
  const secondary = ref.trainings.filter((t) => t.level === 'SECONDARY');
  const pools = new Map<string, TrainingInfo[]>();
  const poolOf = (partnership: string, system: System): TrainingInfo[] => {
    const key = `${partnership}|${system}`;
    let pool = pools.get(key);
    if (!pool) {
      const sectors = new Set([partnership, ...(GENERIC[partnership] ?? [])]);
      pool = secondary.filter((t) => t.system === system && sectorsOf(t).some((s) => sectors.has(s)));
      if (pool.length === 0) pool = secondary.filter((t) => t.system === system);
      pools.set(key, pool);
    }
    return pool;
  };
  const weight = (t: TrainingInfo) => t.published + 0.5;

  // Tabel 30: approved and valid recognitions of 2022-2023 per training. Chains valid in that year
  // draw from the trainings of their sector with recognitions still to place; once those are used
  // up, from any training of their system that still has some (generic trainings such as
  // Magazijnmedewerker are followed in every sector).
  const quota = new Map(secondary.map((t) => [t.code, t.published * scale]));
  const validIn = (chain: Chain) => chain.recs.filter((r) => validInYear(r, REPORT_YEAR)).length;
  const bySystem = (system: System) => secondary.filter((t) => t.system === system);
  const anyOf = new Map<System, TrainingInfo[]>([
    ['DUAL', bySystem('DUAL')],
    ['LEREN_EN_WERKEN', bySystem('LEREN_EN_WERKEN')],
  ]);

  // Originals of duplicates need a Leren en Werken training that has a dual equivalent.
  const originals = new Set(timeline.duplicates.map((d) => d.previous?.chain));
  const duplicable = secondary.filter((t) => ref.lenwToDual.has(t.code));

  const used = new Map<Establishment, Set<string>>();
  const assign = (chain: Chain) => {
    const unit = chain.unit;
    const establishment = unit.establishment as Establishment;
    let taken = used.get(establishment);
    if (!taken) used.set(establishment, (taken = new Set()));
    const isOriginal = originals.has(chain);
    let pool = isOriginal ? duplicable.filter((t) => poolOf(unit.partnership as string, 'LEREN_EN_WERKEN').includes(t)) : poolOf(unit.partnership as string, chain.system);
    if (pool.length === 0) pool = isOriginal ? duplicable : poolOf(unit.partnership as string, chain.system);
    const free = pool.filter((t) => !taken.has(t.code));
    const valid = validIn(chain);
    let training: TrainingInfo;
    if (valid > 0) {
      const open = (list: TrainingInfo[]) => list.filter((t) => !taken.has(t.code) && (quota.get(t.code) ?? 0) >= 0.5);
      let choice = open(free);
      if (choice.length === 0 && !isOriginal) choice = open(anyOf.get(chain.system) ?? []);
      training = choice.length > 0 ? random.weighted(choice, (t) => quota.get(t.code) ?? 0) : random.weighted(free.length > 0 ? free : pool, weight);
      quota.set(training.code, (quota.get(training.code) ?? 0) - valid);
    } else {
      training = random.weighted(free.length > 0 ? free : pool, weight);
    }
    chain.training = training.code;
    taken.add(training.code);
  };
  for (const chain of timeline.chains) if (originals.has(chain)) assign(chain);
  // Duplicates: the dual training(s) equivalent to the original's; a second duplicate takes the second.
  const seen = new Map<Chain, number>();
  for (const dup of timeline.duplicates) {
    const originalChain = dup.previous?.chain as Chain;
    const targets = ref.lenwToDual.get(originalChain.training as string) ?? [];
    const k = seen.get(originalChain) ?? 0;
    seen.set(originalChain, k + 1);
    dup.chain.training = targets[k % Math.max(1, targets.length)] ?? pickDual(random, secondary);
    quota.set(dup.chain.training, (quota.get(dup.chain.training) ?? 0) - validIn(dup.chain));
    const establishment = dup.chain.unit.establishment as Establishment;
    let taken = used.get(establishment);
    if (!taken) used.set(establishment, (taken = new Set()));
    taken.add(dup.chain.training);
  }
  for (const chain of timeline.chains) if (chain.recs[0]?.kind !== 'DUPLICATE' && !originals.has(chain)) assign(chain);
  declareAdult(random, timeline, ref, scale);
}

function pickDual(random: Random, trainings: TrainingInfo[]): string {
  return random.weighted(trainings.filter((t) => t.system === 'DUAL'), (t) => t.published + 0.5).code;
}

/**
 * K1 adult (8,691): secondary dual recognitions valid from 2022-2023 on, declared valid for the
 * equivalent adult training, as many per adult training as Tabel 30 prints.
 */
function declareAdult(random: Random, timeline: Timeline, ref: ReferenceContext, scale: number): void {
  const candidates = new Map<string, typeof timeline.recs>();
  for (const r of timeline.recs) {
    const adult = ref.dualToAdult.get(r.chain.training ?? '');
    if (!adult || !validInYear(r, REPORT_YEAR)) continue;
    candidates.set(adult, [...(candidates.get(adult) ?? []), r]);
  }
  let total = 0;
  for (const [adult, recs] of candidates) {
    const target = Math.round((ref.trainingByCode.get(adult)?.published ?? 0) * scale);
    for (const r of random.shuffle(recs).slice(0, target)) {
      r.adultTraining = adult;
      total++;
    }
  }
  // Recognitions approved later for the same trainings are declared valid too (same share).
  const share = total / Math.max(1, Math.round(HEADLINE_2022_2023.recognitionsAdult * scale));
  for (const r of timeline.recs) {
    const adult = ref.dualToAdult.get(r.chain.training ?? '');
    if (adult && r.outcome === 'APPROVED' && (r.validFrom ?? '') > '2023-08-31' && random.chance(Math.min(0.9, share))) r.adultTraining = adult;
  }
}
