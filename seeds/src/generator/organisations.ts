import { FLEMISH_PARTNERSHIP_CODE, LOCAL_GOVERNMENTS_CODE, type Province } from '@duaal/shared';
import type { MunicipalityInfo, ReferenceContext } from './context.js';
import { REPORT_YEAR, type Enterprise, type Establishment, type Unit } from './model.js';
import { enterpriseName, enterpriseNumber, establishmentNumber } from './names.js';
import { HEADLINE_2022_2023, PARTNERSHIPS_2022_2023, PQ759_RECOGNISED_BY_PROVINCE, PQ759_RECOGNISED_BY_SECTOR, REVOCATIONS_BY_YEAR } from './published.js';
import { Random, scaled } from './random.js';
import { validInYear } from './timeline.js';

// Enterprises and establishments for the units of each partnership: exactly the published number
// of establishments and enterprises holding a recognition in 2022-2023 (Tabel 15), some
// enterprises in two partnerships (the rows of Tabel 15 add up to 14,313 / 11,937, the distinct
// totals are 14,058 / 11,738), spread over provinces as the Leren en Werken enterprises of S003
// and over municipalities in proportion to population.

export interface Organisations {
  enterprises: Enterprise[];
  establishments: Establishment[];
}

/** Share of units outside 2022-2023 that get an establishment of their own, where S003 gives no target. */
const EXTRA_ESTABLISHMENT_SHARE = 0.3;

export class OrganisationBuilder {
  readonly enterprises: Enterprise[] = [];
  readonly establishments: Establishment[] = [];
  private enterpriseSerial = 0;
  private establishmentSerial = 0;
  private readonly byProvince: Map<Province, MunicipalityInfo[]>;
  private readonly provinceWeights: [Province, number][];

  constructor(
    private readonly random: Random,
    private readonly ref: ReferenceContext,
  ) {
    this.byProvince = new Map();
    for (const m of ref.municipalities) this.byProvince.set(m.province, [...(this.byProvince.get(m.province) ?? []), m]);
    // S003 answer 1a: the province rows (averaged over 2019-2022) and a few sites in Wallonia.
    this.provinceWeights = Object.entries(PQ759_RECOGNISED_BY_PROVINCE).map(([p, years]) => [
      p as Province,
      (years['2019-2020'] ?? 0) + (years['2020-2021'] ?? 0) + (years['2021-2022'] ?? 0),
    ]);
    this.provinceWeights.push(['WALLONIE', 90]);
  }

  newEnterprise(partnership: string, prospect = false): Enterprise {
    const legalForm: Enterprise['legalForm'] =
      partnership === LOCAL_GOVERNMENTS_CODE
        ? 'LOCAL_GOVERNMENT_FLANDERS'
        : partnership === 'SOCIAL_PROFIT'
          ? 'NON_PROFIT'
          : partnership === FLEMISH_PARTNERSHIP_CODE && this.random.chance(0.12)
            ? this.random.chance(0.7) ? 'PUBLIC_BODY' : 'LOCAL_GOVERNMENT_BRUSSELS'
            : 'PRIVATE';
    const pcs = this.ref.jointCommitteesByPartnership.get(partnership) ?? [];
    const jointCommittees = legalForm === 'PRIVATE' || legalForm === 'NON_PROFIT' ? (pcs.length > 0 ? [this.random.pick(pcs)] : []) : [];
    const enterprise: Enterprise = {
      idx: this.enterpriseSerial,
      kboNumber: enterpriseNumber(++this.enterpriseSerial),
      name: '',
      legalForm,
      sizeClass: 'MICRO',
      jointCommittees,
      partnerships: [partnership],
      declaredPartnership: null,
      establishments: [],
      closedOn: null,
      prospect,
    };
    this.enterprises.push(enterprise);
    return enterprise;
  }

  private municipalityIn(province: Province): MunicipalityInfo {
    const list = this.byProvince.get(province) ?? this.ref.municipalities;
    return this.random.weighted(list, (m) => m.population);
  }

  /** The province of an enterprise's first establishment, or (rarely) another one for the next. */
  private provinceFor(enterprise: Enterprise): Province {
    const first = enterprise.establishments[0];
    if (enterprise.legalForm === 'LOCAL_GOVERNMENT_BRUSSELS') return 'BRUSSEL';
    if (first && (enterprise.legalForm === 'LOCAL_GOVERNMENT_FLANDERS' || this.random.chance(enterprise.establishments.length >= 4 ? 0.55 : 0.92))) {
      return first.province as Province;
    }
    if (enterprise.legalForm === 'LOCAL_GOVERNMENT_FLANDERS') {
      return this.random.weighted(this.provinceWeights.filter(([p]) => p !== 'BRUSSEL' && p !== 'WALLONIE'), ([, w]) => w)[0];
    }
    return this.random.weighted(this.provinceWeights, ([, w]) => w)[0];
  }

  newEstablishment(enterprise: Enterprise, partnership: string): Establishment {
    const province = this.provinceFor(enterprise);
    const first = enterprise.establishments[0];
    const municipality =
      first && enterprise.legalForm === 'LOCAL_GOVERNMENT_FLANDERS'
        ? (this.ref.municipalities.find((m) => m.nisCode === first.municipality) as MunicipalityInfo)
        : this.municipalityIn(province);
    if (!enterprise.name) enterprise.name = enterpriseName(this.random, partnership, municipality.nameNl, enterprise.legalForm);
    const establishment: Establishment = {
      idx: this.establishmentSerial,
      number: establishmentNumber(++this.establishmentSerial),
      enterprise,
      name: enterprise.establishments.length === 0 ? enterprise.name : `${enterprise.name} ${municipality.nameNl}`,
      municipality: municipality.nisCode,
      province: municipality.province,
      units: [],
      partnerships: new Set([partnership]),
      reportYear: false,
      closedOn: null,
    };
    enterprise.establishments.push(establishment);
    this.establishments.push(establishment);
    return establishment;
  }

  /** Establishments and enterprises of one partnership, then its units placed on them. */
  private scale = 1;

  buildPartnership(partnership: string, units: Unit[], scale: number): void {
    this.scale = scale;
    const figures = PARTNERSHIPS_2022_2023[partnership];
    const reportUnits = units.filter((u) => u.chains.some((c) => c.recs.some((r) => validInYear(r, REPORT_YEAR))));
    const others = units.filter((u) => !reportUnits.includes(u));
    const establishmentCount = Math.max(1, Math.min(reportUnits.length, scaled(figures?.establishments ?? 1, scale)));
    const enterpriseCount = Math.max(1, Math.min(establishmentCount, scaled(figures?.enterprises ?? 1, scale)));

    // Enterprise sizes: one establishment each, the rest to a few chains (Pólya urn).
    const enterprises = Array.from({ length: enterpriseCount }, () => this.newEnterprise(partnership));
    const sizes = enterprises.map(() => 1);
    for (let k = enterpriseCount; k < establishmentCount; k++) {
      const i = this.random.weightedIndex(sizes.map((s) => (s - 0.6) ** 1.3));
      sizes[i] = (sizes[i] ?? 1) + 1;
    }
    const reportEstablishments: Establishment[] = [];
    enterprises.forEach((e, i) => {
      for (let k = 0; k < (sizes[i] ?? 1); k++) reportEstablishments.push(this.newEstablishment(e, partnership));
      e.sizeClass = sizeClassOf(this.random, sizes[i] ?? 1);
    });

    // Units valid in 2022-2023: one per establishment first, then by size; revocation clusters of
    // one school year on different establishments.
    // Revocation clusters last, so that they can be steered to the right enterprises.
    this.random.shuffle(reportUnits);
    reportUnits.sort((a, b) => Number(a.revokedIn !== null) - Number(b.revokedIn !== null));
    reportUnits.forEach((unit, i) => {
      const target = i < reportEstablishments.length ? (reportEstablishments[i] as Establishment) : this.pickEstablishment(reportEstablishments, unit);
      this.place(unit, target, partnership);
    });
    for (const e of reportEstablishments) e.reportYear = true;

    // Units outside 2022-2023: on an existing establishment, or on one of their own; the share of
    // own establishments is set so that the Leren en Werken enterprises of 2019-2022 match S003.
    this.random.shuffle(others);
    const share = this.extraShare(partnership, reportEstablishments, others);
    const extra: Establishment[] = [];
    for (const unit of others) {
      let target: Establishment;
      if (extra.length === 0 || this.random.chance(share)) {
        const enterprise = this.random.chance(0.9) ? this.newEnterprise(partnership) : this.random.pick(enterprises);
        target = this.newEstablishment(enterprise, partnership);
        if (enterprise.establishments.length === 1) enterprise.sizeClass = sizeClassOf(this.random, 1);
        extra.push(target);
      } else {
        const fromExtra = this.random.chance(extra.length / (extra.length + reportEstablishments.length));
        target = this.pickEstablishment(fromExtra ? extra : reportEstablishments, unit);
      }
      this.place(unit, target, partnership);
    }
  }

  /**
   * Binary search on the share of units outside 2022-2023 that get an establishment of their own,
   * on a light simulation of the placement: Leren en Werken enterprises recognised in 2019-2022
   * (S003 answer 1b; the Flemish Partnership's row also holds PC 200, now Bedienden).
   */
  private extraShare(partnership: string, reportEstablishments: Establishment[], others: Unit[]): number {
    const years = ['2019-2020', '2020-2021', '2021-2022'];
    const published = (code: string) => years.reduce((a, y) => a + (PQ759_RECOGNISED_BY_SECTOR[code]?.[y] ?? 0), 0);
    const vp = PARTNERSHIPS_2022_2023.VLAAMS_PARTNERSCHAP?.recognitions ?? 0;
    const bedienden = PARTNERSHIPS_2022_2023.BEDIENDEN?.recognitions ?? 0;
    const target =
      (partnership === 'BEDIENDEN'
        ? (published('VLAAMS_PARTNERSCHAP') * bedienden) / (vp + bedienden)
        : partnership === 'VLAAMS_PARTNERSCHAP'
          ? (published('VLAAMS_PARTNERSCHAP') * vp) / (vp + bedienden)
          : published(partnership)) * this.scale;
    if (target <= 0) return EXTRA_ESTABLISHMENT_SHARE;
    const maskOf = (u: Unit) => {
      let mask = 0;
      for (const c of u.chains) {
        if (c.system !== 'LEREN_EN_WERKEN') continue;
        for (const r of c.recs) years.forEach((y, i) => (mask |= validInYear(r, y) ? 1 << i : 0));
      }
      return mask;
    };
    const base = new Map<Enterprise, number>();
    for (const e of reportEstablishments) for (const u of e.units) base.set(e.enterprise, (base.get(e.enterprise) ?? 0) | maskOf(u));
    const masks = others.map(maskOf);
    const enterprises = [...new Set(reportEstablishments.map((e) => e.enterprise))];
    const simulate = (share: number): number => {
      const random = new Random(this.scale * 1e6 + partnership.length * 7919 + others.length);
      const own = new Map<number | Enterprise, number>(base);
      const extra: (number | Enterprise)[] = [];
      let next = 0;
      masks.forEach((mask) => {
        let owner: number | Enterprise;
        if (extra.length === 0 || random.chance(share)) {
          owner = random.chance(0.9) ? next++ : random.pick(enterprises);
          extra.push(owner);
        } else {
          owner = random.chance(extra.length / (extra.length + reportEstablishments.length)) ? random.pick(extra) : (random.pick(reportEstablishments) as Establishment).enterprise;
        }
        own.set(owner, (own.get(owner) ?? 0) | mask);
      });
      let count = 0;
      for (const mask of own.values()) count += (mask & 1) + ((mask >> 1) & 1) + ((mask >> 2) & 1);
      return count;
    };
    let [low, high] = [0, 1];
    for (let i = 0; i < 12; i++) {
      const mid = (low + high) / 2;
      if (simulate(mid) < target) low = mid;
      else high = mid;
    }
    return (low + high) / 2;
  }

  /** Enterprises with a revocation per school year, for the unique-enterprise counts of Tabel 17. */
  private readonly revokedEnterprises = new Map<string, Set<Enterprise>>();
  private readonly revokedSiblings = new Map<string, Establishment[]>();
  private readonly candidateSets = new Map<Establishment[], Set<Establishment>>();

  /**
   * An establishment for a unit; a revocation cluster goes to an establishment without another
   * revocation that year, in an enterprise already hit that year as often as Tabel 17 has more
   * establishments than enterprises.
   */
  private pickEstablishment(candidates: Establishment[], unit: Unit): Establishment {
    const year = unit.revokedIn;
    if (!year) return this.random.pick(candidates);
    let hit = this.revokedEnterprises.get(year);
    if (!hit) this.revokedEnterprises.set(year, (hit = new Set()));
    const published = REVOCATIONS_BY_YEAR[year] ?? { establishments: 1200, enterprises: 1040 };
    const sameEnterprise = this.random.chance(1 - published.enterprises / published.establishments);
    const free = (e: Establishment) => !e.units.some((u) => u.revokedIn === year);
    if (sameEnterprise) {
      let inCandidates = this.candidateSets.get(candidates);
      if (!inCandidates) this.candidateSets.set(candidates, (inCandidates = new Set(candidates)));
      const siblings = (this.revokedSiblings.get(year) ?? []).filter((e) => free(e) && inCandidates.has(e));
      if (siblings.length > 0) return this.random.pick(siblings);
    }
    // A first revocation in an enterprise: preferably one with several establishments, so that
    // later clusters can find a sibling.
    for (let attempt = 0; attempt < 60; attempt++) {
      const e = this.random.pick(candidates);
      if (free(e) && !hit.has(e.enterprise) && (attempt >= 8 || e.enterprise.establishments.length > 1)) return e;
    }
    return this.random.pick(candidates);
  }

  private place(unit: Unit, establishment: Establishment, partnership: string): void {
    if (unit.revokedIn) {
      let hit = this.revokedEnterprises.get(unit.revokedIn);
      if (!hit) this.revokedEnterprises.set(unit.revokedIn, (hit = new Set()));
      if (!hit.has(establishment.enterprise)) {
        hit.add(establishment.enterprise);
        const siblings = this.revokedSiblings.get(unit.revokedIn) ?? [];
        siblings.push(...establishment.enterprise.establishments.filter((e) => e !== establishment));
        this.revokedSiblings.set(unit.revokedIn, siblings);
      }
    }
    unit.establishment = establishment;
    establishment.units.push(unit);
    establishment.partnerships.add(partnership);
  }

  /**
   * Enterprises active in two partnerships: pairs of establishments of two partnerships become one
   * establishment of one enterprise holding both PC numbers (255 establishments, 199 enterprises).
   */
  mergeAcrossPartnerships(scale: number): void {
    const establishmentPairs = scaled(
      sumOf('establishments') - HEADLINE_2022_2023.establishmentsSecondary,
      scale,
    );
    const enterprisePairs = scaled(sumOf('enterprises') - HEADLINE_2022_2023.enterprisesSecondary, scale);
    const doubles = Math.max(0, establishmentPairs - enterprisePairs);
    const candidates = this.random.shuffle(
      this.enterprises.filter((e) => e.legalForm === 'PRIVATE' && e.establishments.some((x) => x.reportYear)),
    );
    const used = new Set<Enterprise>();
    let merged = 0;
    for (const a of candidates) {
      if (merged >= enterprisePairs) break;
      if (used.has(a)) continue;
      const wantTwo = merged < doubles;
      let b: Enterprise | undefined;
      for (let tries = 0; tries < 200 && !b; tries++) {
        const x = candidates[this.random.int(0, candidates.length - 1)] as Enterprise;
        const ok =
          !used.has(x) &&
          x !== a &&
          x.partnerships[0] !== a.partnerships[0] &&
          (!wantTwo || (x.establishments.filter((e) => e.reportYear).length >= 2 && a.establishments.filter((e) => e.reportYear).length >= 2));
        if (ok) b = x;
      }
      if (!b) continue;
      used.add(a);
      used.add(b);
      const pairs = wantTwo ? 2 : 1;
      const aEst = a.establishments.filter((e) => e.reportYear);
      const bEst = b.establishments.filter((e) => e.reportYear);
      for (let k = 0; k < pairs; k++) mergeEstablishments(aEst[k] as Establishment, bEst[k] as Establishment);
      // b's remaining establishments move to a; b disappears.
      for (const e of b.establishments) {
        if (e.units.length === 0) continue;
        e.enterprise = a;
        a.establishments.push(e);
      }
      b.establishments = [];
      a.jointCommittees = [...new Set([...a.jointCommittees, ...b.jointCommittees])];
      a.partnerships = [...new Set([...a.partnerships, ...b.partnerships])];
      merged++;
    }
    const gone = new Set(this.enterprises.filter((e) => e.establishments.length === 0 && !e.prospect));
    this.enterprises.splice(0, this.enterprises.length, ...this.enterprises.filter((e) => !gone.has(e)));
    this.establishments.splice(0, this.establishments.length, ...this.establishments.filter((e) => e.units.length > 0 || e.enterprise.prospect));
  }

  finish(): Organisations {
    return { enterprises: this.enterprises, establishments: this.establishments };
  }
}

function sumOf(key: 'establishments' | 'enterprises'): number {
  return Object.values(PARTNERSHIPS_2022_2023).reduce((a, p) => a + p[key], 0);
}

/** b's units move into a; b is left empty (removed by the caller). */
function mergeEstablishments(a: Establishment, b: Establishment): void {
  for (const u of b.units) {
    u.establishment = a;
    a.units.push(u);
  }
  for (const p of b.partnerships) a.partnerships.add(p);
  b.units = [];
}

/** Size class by number of establishments (Tabel 14 of 2017-2018: most recognised enterprises are small). */
function sizeClassOf(random: Random, establishments: number): Enterprise['sizeClass'] {
  if (establishments >= 8) return 'LARGE';
  if (establishments >= 3) return random.chance(0.6) ? 'MEDIUM' : 'LARGE';
  return (['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'UNKNOWN'] as const)[random.weightedIndex([46, 25, 15, 6, 8])] as Enterprise['sizeClass'];
}

