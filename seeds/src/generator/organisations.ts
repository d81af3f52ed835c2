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
// totals are 14,058 / 11,738). The Leren en Werken enterprises of 2019-2020 to 2021-2022 follow
// S003 (parliamentary question 759): per partnership the units that open one are planned from
// answer 1b, each opening goes to the province furthest behind answer 1a, and a final round of
// swaps evens out the years. Municipalities are drawn in proportion to population.

const BEDIENDEN = 'BEDIENDEN';

export interface Organisations {
  enterprises: Enterprise[];
  establishments: Establishment[];
}

/** Share of units outside 2022-2023 without Leren en Werken years of S003 that get an establishment of their own. */
const EXTRA_ESTABLISHMENT_SHARE = 0.12;

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

  newEstablishment(enterprise: Enterprise, partnership: string, chosen?: Province): Establishment {
    const province = chosen ?? this.provinceFor(enterprise);
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
    const inReport = new Set(reportUnits);
    const others = units.filter((u) => !inReport.has(u));
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
    for (const e of reportEstablishments) e.reportYear = true;

    // Leren en Werken enterprises of 2019-2022 (S003 answer 1b): how many units of each year mask
    // open an enterprise of their own; every other Leren en Werken unit joins an enterprise that
    // already holds a Leren en Werken recognition in those years.
    const masks = new Map<Unit, number>(units.map((u) => [u, lenwMask(u)]));
    const maskOf = (u: Unit) => masks.get(u) ?? 0;
    const lenw = new LenwCoverage(this.random);
    const byMask = (list: Unit[]) => {
      const count = Array<number>(8).fill(0);
      for (const u of list) count[maskOf(u)]! += 1;
      return count;
    };
    const freeReport = this.random.shuffle(reportUnits.filter((u) => u.revokedIn === null));
    const fresh = planFresh(
      recognisedLenwTargets(partnership).map((t) => t * scale),
      byMask(freeReport),
      byMask(others),
      enterpriseCount,
    );

    // Units valid in 2022-2023 on the establishments of Tabel 15, every establishment at least one:
    // first those opening a Leren en Werken enterprise, then the other Leren en Werken units on
    // an enterprise that already has their years, then the rest on the establishments still empty.
    for (const e of this.random.shuffle([...enterprises])) lenw.addUncovered(e);
    const reportFresh = [...fresh.report];
    const later: Unit[] = [];
    for (const unit of freeReport) {
      const m = maskOf(unit);
      if (m !== 0 && (reportFresh[m] ?? 0) > 0 && lenw.hasUncovered()) {
        reportFresh[m]! -= 1;
        const enterprise = lenw.takeUncovered();
        this.settleLenwProvince(enterprise, m);
        lenw.cover(enterprise, m);
        this.place(unit, enterprise.establishments[0] as Establishment, partnership);
      } else {
        later.push(unit);
      }
    }
    const dual: Unit[] = [];
    for (const unit of later) {
      const m = maskOf(unit);
      if (m === 0) dual.push(unit);
      else {
        const target = lenw.joinReport(m) ?? this.random.pick(reportEstablishments);
        this.place(unit, target, partnership);
        lenw.cover(target.enterprise, m);
      }
    }
    const empty = this.random.shuffle(reportEstablishments.filter((e) => e.units.length === 0));
    for (const unit of dual) this.place(unit, empty.pop() ?? this.random.pick(reportEstablishments), partnership);
    // Revocation clusters last, so that they can be steered to the right enterprises.
    for (const unit of this.random.shuffle(reportUnits.filter((u) => u.revokedIn !== null))) {
      const m = maskOf(unit);
      const target = this.pickEstablishment(reportEstablishments, unit, (e) => e.reportYear && e.partnerships.has(partnership) && lenw.fits(e, m));
      this.place(unit, target, partnership);
      lenw.cover(target.enterprise, m);
    }
    this.fillEmpty(reportEstablishments, partnership, maskOf, lenw);

    // Units outside 2022-2023: the planned ones on an enterprise of their own; the other Leren en
    // Werken units on an enterprise with their years; the rest on an existing establishment, or
    // (EXTRA_ESTABLISHMENT_SHARE, not for revocation clusters: those follow Tabel 17) on one of their own.
    const othersFresh = [...fresh.others];
    const extra: Establishment[] = [];
    const ordered = this.random.shuffle([...others]);
    const opening = ordered.filter((u) => {
      const m = maskOf(u);
      if (m === 0 || (othersFresh[m] ?? 0) === 0) return false;
      othersFresh[m]! -= 1;
      return true;
    });
    const opened = new Set(opening);
    for (const unit of opening) {
      const enterprise = this.newEnterprise(partnership);
      const target = this.newEstablishment(enterprise, partnership, this.lenwProvince(enterprise, maskOf(unit)));
      enterprise.sizeClass = sizeClassOf(this.random, 1);
      extra.push(target);
      this.countLenwProvince(target.province, maskOf(unit));
      lenw.cover(enterprise, maskOf(unit));
      this.place(unit, target, partnership);
    }
    const mine = (e: Establishment) => e.partnerships.has(partnership);
    for (const unit of ordered) {
      if (opened.has(unit)) continue;
      const m = maskOf(unit);
      let target: Establishment;
      if (m !== 0) {
        target = unit.revokedIn
          ? this.pickEstablishment(lenw.establishmentsFor(m, reportEstablishments), unit, (e) => mine(e) && lenw.fits(e, m))
          : (lenw.join(m) ?? this.random.pick(reportEstablishments));
      } else if (extra.length === 0 || (unit.revokedIn === null && this.random.chance(EXTRA_ESTABLISHMENT_SHARE))) {
        const enterprise = this.random.chance(0.9) ? this.newEnterprise(partnership) : this.random.pick(enterprises);
        target = this.newEstablishment(enterprise, partnership);
        if (enterprise.establishments.length === 1) enterprise.sizeClass = sizeClassOf(this.random, 1);
        extra.push(target);
        lenw.addEstablishment(target);
      } else {
        const fromExtra = this.random.chance(extra.length / (extra.length + reportEstablishments.length));
        target = this.pickEstablishment(fromExtra ? extra : reportEstablishments, unit, mine);
      }
      this.place(unit, target, partnership);
      lenw.cover(target.enterprise, m);
    }
  }

  /** Leren en Werken enterprises opened per province and school year of S003 (answer 1a is the target). */
  private readonly lenwOpened = new Map<Province, number[]>();

  /**
   * The province for an enterprise opening Leren en Werken years `mask`: the one whose S003 count
   * (answer 1a) those years is furthest behind relative to its target, so that every partnership
   * spreads over the provinces alike. Local governments keep theirs.
   */
  private lenwProvince(enterprise: Enterprise, mask: number): Province | undefined {
    if (enterprise.legalForm === 'LOCAL_GOVERNMENT_BRUSSELS' || enterprise.legalForm === 'LOCAL_GOVERNMENT_FLANDERS') return undefined;
    let best: Province | undefined;
    let bestBehind = -Infinity;
    for (const [province, years] of Object.entries(PQ759_RECOGNISED_BY_PROVINCE) as [Province, Record<string, number>][]) {
      const opened = this.lenwOpened.get(province) ?? [];
      let behind = 0;
      PQ759_YEARS.forEach((y, i) => {
        if (!(mask & (1 << i))) return;
        const target = Math.max(1, (years[y] ?? 0) * this.scale);
        behind += (target - (opened[i] ?? 0)) / target;
      });
      if (behind > bestBehind) {
        bestBehind = behind;
        best = province;
      }
    }
    return best;
  }

  private countLenwProvince(province: string, mask: number): void {
    const opened = this.lenwOpened.get(province as Province) ?? PQ759_YEARS.map(() => 0);
    PQ759_YEARS.forEach((_, i) => (opened[i]! += mask & (1 << i) ? 1 : 0));
    this.lenwOpened.set(province as Province, opened);
  }

  /** Moves an enterprise of Tabel 15 opening Leren en Werken years to the province lenwProvince picks. */
  private settleLenwProvince(enterprise: Enterprise, mask: number): void {
    const province = this.lenwProvince(enterprise, mask);
    const first = enterprise.establishments[0] as Establishment;
    if (province && province !== first.province) {
      const from = first.province;
      for (const x of enterprise.establishments) {
        if (x.province !== from) continue;
        const municipality = this.municipalityIn(province);
        x.municipality = municipality.nisCode;
        x.province = municipality.province;
        if (x !== first) x.name = `${enterprise.name} ${municipality.nameNl}`;
      }
    }
    this.countLenwProvince(first.province, mask);
  }

  /**
   * Establishments of Tabel 15 left without a unit take one from an establishment holding several:
   * a unit without revocation whose move leaves the Leren en Werken enterprises as they are.
   */
  private fillEmpty(reportEstablishments: Establishment[], partnership: string, maskOf: (u: Unit) => number, lenw: LenwCoverage): void {
    const empty = reportEstablishments.filter((e) => e.units.length === 0);
    if (empty.length === 0) return;
    const donors = this.random.shuffle(reportEstablishments.filter((e) => e.units.length >= 2));
    for (const e of empty) {
      let moved = false;
      for (const pass of [0, 1]) {
        for (const donor of donors) {
          if (donor.units.length < 2) continue;
          const unit = donor.units.find((u) => u.revokedIn === null && (maskOf(u) === 0 || (pass === 1 ? true : donor.enterprise === e.enterprise || lenw.fits(e, maskOf(u)))));
          if (!unit) continue;
          donor.units.splice(donor.units.indexOf(unit), 1);
          this.place(unit, e, partnership);
          if (maskOf(unit) !== 0) lenw.cover(e.enterprise, maskOf(unit));
          moved = true;
          break;
        }
        if (moved) break;
      }
    }
  }

  /** Enterprises with a revocation per school year, for the unique-enterprise counts of Tabel 17. */
  private readonly revokedEnterprises = new Map<string, Set<Enterprise>>();
  private readonly revokedSiblings = new Map<string, Establishment[]>();
  /** Revocation clusters placed per school year (one establishment each). */
  private readonly revokedPlaced = new Map<string, number>();

  /**
   * An establishment for a unit among the candidates `accept` lets through; a revocation cluster
   * goes to an establishment without another revocation that year, in an enterprise already hit
   * that year as often as Tabel 17 has more establishments than enterprises.
   */
  private pickEstablishment(candidates: Establishment[], unit: Unit, accept: (e: Establishment) => boolean = () => true): Establishment {
    const anyAccepted = () => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const e = this.random.pick(candidates);
        if (accept(e)) return e;
      }
      return this.random.pick(candidates);
    };
    const year = unit.revokedIn;
    if (!year) return anyAccepted();
    let hit = this.revokedEnterprises.get(year);
    if (!hit) this.revokedEnterprises.set(year, (hit = new Set()));
    // Another establishment of an enterprise already hit whenever a new enterprise would take the
    // year above Tabel 17's ratio of enterprises to establishments.
    const published = REVOCATIONS_BY_YEAR[year] ?? { establishments: 1200, enterprises: 1040 };
    const sameEnterprise = hit.size + 1 > ((this.revokedPlaced.get(year) ?? 0) + 1) * (published.enterprises / published.establishments);
    const free = (e: Establishment) => !e.units.some((u) => u.revokedIn === year);
    if (sameEnterprise) {
      const siblings = (this.revokedSiblings.get(year) ?? []).filter((e) => free(e) && accept(e));
      if (siblings.length > 0) return this.random.pick(siblings);
    }
    // A first revocation in an enterprise: preferably one with several establishments, so that
    // later clusters can find a sibling.
    for (let attempt = 0; attempt < 60; attempt++) {
      const e = this.random.pick(candidates);
      if (free(e) && accept(e) && !hit.has(e.enterprise) && (attempt >= 8 || e.enterprise.establishments.length > 1)) return e;
    }
    return anyAccepted();
  }

  private place(unit: Unit, establishment: Establishment, partnership: string): void {
    if (unit.revokedIn) {
      this.revokedPlaced.set(unit.revokedIn, (this.revokedPlaced.get(unit.revokedIn) ?? 0) + 1);
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
   * S003 answer 1a year by year: the openings above place one enterprise at a time with its own
   * years, so a small province can end up right in one year and off in another. Swaps the
   * provinces of two Leren en Werken enterprises (each in one province, not a local government)
   * while that brings the counts per province and year closer to the published ones.
   */
  balanceLenwProvinces(units: Unit[]): void {
    const provinces = Object.keys(PQ759_RECOGNISED_BY_PROVINCE) as Province[];
    const targets = new Map(provinces.map((p) => [p, PQ759_YEARS.map((y) => Math.max(1, (PQ759_RECOGNISED_BY_PROVINCE[p]?.[y] ?? 0) * this.scale))]));
    const byEnterprise = new Map<Enterprise, Map<string, number>>();
    for (const u of units) {
      const m = lenwMask(u);
      if (m === 0 || !u.establishment) continue;
      const e = u.establishment;
      let years = byEnterprise.get(e.enterprise);
      if (!years) byEnterprise.set(e.enterprise, (years = new Map()));
      years.set(e.province, (years.get(e.province) ?? 0) | m);
    }
    const counts = new Map(provinces.map((p) => [p, PQ759_YEARS.map(() => 0)]));
    const groups = new Map<string, Enterprise[]>();
    for (const [enterprise, years] of byEnterprise) {
      for (const [province, m] of years) {
        const c = counts.get(province as Province);
        if (c) PQ759_YEARS.forEach((_, i) => (c[i]! += m & (1 << i) ? 1 : 0));
      }
      const [only] = [...years.keys()];
      const movable =
        years.size === 1 &&
        counts.has(only as Province) &&
        enterprise.legalForm !== 'LOCAL_GOVERNMENT_BRUSSELS' &&
        enterprise.legalForm !== 'LOCAL_GOVERNMENT_FLANDERS' &&
        enterprise.establishments.every((x) => x.province === only);
      if (!movable) continue;
      const key = `${only}|${years.get(only as string)}`;
      (groups.get(key) ?? groups.set(key, []).get(key))!.push(enterprise);
    }
    const cost = (p: Province, c: number[]) => c.reduce((a, n, i) => a + ((n - (targets.get(p)?.[i] ?? 1)) / (targets.get(p)?.[i] ?? 1)) ** 2, 0);
    const shifted = (c: number[], minus: number, plus: number) => c.map((n, i) => n - (minus & (1 << i) ? 1 : 0) + (plus & (1 << i) ? 1 : 0));
    for (let swap = 0; swap < 5000; swap++) {
      let best = -1e-12;
      let move: [string, string] | null = null;
      const keys = [...groups.keys()].filter((k) => (groups.get(k)?.length ?? 0) > 0).sort();
      for (const a of keys) {
        const [pa, ma] = a.split('|') as [Province, string];
        for (const b of keys) {
          const [pb, mb] = b.split('|') as [Province, string];
          if (pa === pb || ma === mb) continue;
          const ca = counts.get(pa) as number[];
          const cb = counts.get(pb) as number[];
          const delta = cost(pa, shifted(ca, Number(ma), Number(mb))) + cost(pb, shifted(cb, Number(mb), Number(ma))) - cost(pa, ca) - cost(pb, cb);
          if (delta < best) {
            best = delta;
            move = [a, b];
          }
        }
      }
      if (!move) break;
      const [a, b] = move;
      const [pa, ma] = a.split('|') as [Province, string];
      const [pb, mb] = b.split('|') as [Province, string];
      const ea = this.takeRandom(groups.get(a) as Enterprise[]);
      const eb = this.takeRandom(groups.get(b) as Enterprise[]);
      this.relocate(ea, pb);
      this.relocate(eb, pa);
      counts.set(pa, shifted(counts.get(pa) as number[], Number(ma), Number(mb)));
      counts.set(pb, shifted(counts.get(pb) as number[], Number(mb), Number(ma)));
      (groups.get(`${pb}|${ma}`) ?? groups.set(`${pb}|${ma}`, []).get(`${pb}|${ma}`))!.push(ea);
      (groups.get(`${pa}|${mb}`) ?? groups.set(`${pa}|${mb}`, []).get(`${pa}|${mb}`))!.push(eb);
    }
  }

  private takeRandom<T>(list: T[]): T {
    const i = this.random.int(0, list.length - 1);
    const item = list[i] as T;
    list[i] = list[list.length - 1] as T;
    list.pop();
    return item;
  }

  /** All establishments of an enterprise to municipalities of another province. */
  private relocate(enterprise: Enterprise, province: Province): void {
    enterprise.establishments.forEach((x, i) => {
      const municipality = this.municipalityIn(province);
      x.municipality = municipality.nisCode;
      x.province = municipality.province;
      if (i > 0) x.name = `${enterprise.name} ${municipality.nameNl}`;
    });
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
    // K15 counts an enterprise in the sector of each of its PC numbers (DOMAIN.md §4): merging two
    // enterprises with the same Leren en Werken years keeps every sector's count of S003 answer 1b.
    const lenwYears = new Map(candidates.map((e) => [e, e.establishments.reduce((m, x) => x.units.reduce((n, u) => n | lenwMask(u), m), 0)]));
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
          lenwYears.get(x) === lenwYears.get(a) &&
          // Same province for Leren en Werken enterprises: the merge then leaves S003 answers 1a/2a as they were.
          (lenwYears.get(a) === 0 || x.establishments[0]?.province === a.establishments[0]?.province) &&
          !this.revokedTogether(a, x) &&
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
    keepInPlace(this.enterprises, (e) => !gone.has(e));
    keepInPlace(this.establishments, (e) => e.units.length > 0 || e.enterprise.prospect);
  }

  /** Both enterprises had a revocation in the same school year: merged, Tabel 17 would count one. */
  private revokedTogether(a: Enterprise, b: Enterprise): boolean {
    for (const hit of this.revokedEnterprises.values()) if (hit.has(a) && hit.has(b)) return true;
    return false;
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

/** School years of S003 (parliamentary question 759) the calibration compares; 2022-2023 was not finished. */
export const PQ759_YEARS = ['2019-2020', '2020-2021', '2021-2022'] as const;

/** Bit i set: the unit holds a Leren en Werken recognition valid in PQ759_YEARS[i]. */
export function lenwMask(unit: Unit): number {
  let mask = 0;
  for (const c of unit.chains) {
    if (c.system !== 'LEREN_EN_WERKEN') continue;
    for (const r of c.recs) PQ759_YEARS.forEach((y, i) => (mask |= validInYear(r, y) ? 1 << i : 0));
  }
  return mask;
}

/**
 * S003 answer 1b for a partnership, 2019-2020 to 2021-2022. The Flemish Partnership's row also
 * holds PC 200 (Bedienden since 3 July 2023): split between the two by Tabel 16 recognitions.
 */
export function recognisedLenwTargets(partnership: string): number[] {
  const row = (code: string) => PQ759_YEARS.map((y) => PQ759_RECOGNISED_BY_SECTOR[code]?.[y] ?? 0);
  if (partnership !== BEDIENDEN && partnership !== FLEMISH_PARTNERSHIP_CODE) return row(partnership);
  const vp = PARTNERSHIPS_2022_2023[FLEMISH_PARTNERSHIP_CODE]?.recognitions ?? 0;
  const bedienden = PARTNERSHIPS_2022_2023[BEDIENDEN]?.recognitions ?? 0;
  const share = (partnership === BEDIENDEN ? bedienden : vp) / Math.max(1, vp + bedienden);
  return row(FLEMISH_PARTNERSHIP_CODE).map((n) => n * share);
}

/**
 * How many units of each year mask open a Leren en Werken enterprise: report units (valid in
 * 2022-2023) on one of the partnership's enterprises of Tabel 15, the others on one of their own.
 * One opening at a time, the one that brings the yearly counts closest to the targets (least
 * squares of the relative deviations), until no opening helps.
 */
export function planFresh(targets: number[], report: number[], others: number[], reportEnterprises: number): { report: number[]; others: number[] } {
  // The openings per mask first, from both kinds of unit together.
  const planned = Array<number>(8).fill(0);
  const counts = targets.map(() => 0);
  const cost = (y: number, c: number) => ((c - (targets[y] ?? 0)) / Math.max(1, targets[y] ?? 0)) ** 2;
  for (;;) {
    let best = -1e-12;
    let bestMask = -1;
    for (let m = 1; m < 8; m++) {
      if ((planned[m] ?? 0) >= (report[m] ?? 0) + (others[m] ?? 0)) continue;
      let delta = 0;
      for (let y = 0; y < counts.length; y++) if (m & (1 << y)) delta += cost(y, (counts[y] ?? 0) + 1) - cost(y, counts[y] ?? 0);
      if (delta < best) {
        best = delta;
        bestMask = m;
      }
    }
    if (bestMask < 0) break;
    planned[bestMask]! += 1;
    for (let y = 0; y < counts.length; y++) if (bestMask & (1 << y)) counts[y]! += 1;
  }
  // Then who opens them: report units where the others cannot (their years exist only in
  // 2022-2023 units), then as many more as the enterprises of Tabel 15 allow, so that the later
  // Leren en Werken units valid in 2022-2023 find an enterprise of Tabel 15 with their years.
  const fresh = { report: Array<number>(8).fill(0), others: Array<number>(8).fill(0) };
  let capacity = reportEnterprises;
  for (let m = 7; m >= 1; m--) {
    const forced = Math.min(report[m] ?? 0, Math.max(0, (planned[m] ?? 0) - (others[m] ?? 0)), capacity);
    fresh.report[m] = forced;
    capacity -= forced;
  }
  for (let m = 7; m >= 1; m--) {
    const more = Math.min(capacity, (planned[m] ?? 0) - fresh.report[m]!, (report[m] ?? 0) - fresh.report[m]!);
    fresh.report[m]! += Math.max(0, more);
    capacity -= Math.max(0, more);
  }
  for (let m = 1; m < 8; m++) fresh.others[m] = Math.min(others[m] ?? 0, (planned[m] ?? 0) - fresh.report[m]!);
  return fresh;
}

/**
 * The Leren en Werken years (lenwMask bits) each enterprise of one partnership holds, and the
 * establishments a unit can join without adding years to its enterprise.
 */
class LenwCoverage {
  private readonly years = new Map<Enterprise, number>();
  private readonly uncovered: Enterprise[] = [];
  /** Establishments per years of their enterprise; entries gone stale are dropped when met. */
  private readonly byYears: Establishment[][] = Array.from({ length: 8 }, () => []);
  /** Establishments of Tabel 15 still without a unit, per years of their enterprise. */
  private readonly emptyByYears: Establishment[][] = Array.from({ length: 8 }, () => []);
  private readonly candidates = new Map<number, Establishment[]>();

  constructor(private readonly random: Random) {}

  yearsOf(e: Enterprise): number {
    return this.years.get(e) ?? 0;
  }

  fits(e: Establishment, mask: number): boolean {
    return (this.yearsOf(e.enterprise) & mask) === mask;
  }

  addUncovered(e: Enterprise): void {
    this.uncovered.push(e);
  }

  hasUncovered(): boolean {
    while (this.uncovered.length > 0 && this.yearsOf(this.uncovered[this.uncovered.length - 1] as Enterprise) !== 0) this.uncovered.pop();
    return this.uncovered.length > 0;
  }

  takeUncovered(): Enterprise {
    return this.uncovered.pop() as Enterprise;
  }

  cover(e: Enterprise, mask: number): void {
    const before = this.yearsOf(e);
    const after = before | mask;
    if (after === before) return;
    this.years.set(e, after);
    this.candidates.clear();
    for (const x of e.establishments) {
      this.byYears[after]!.push(x);
      if (x.reportYear && x.units.length === 0) this.emptyByYears[after]!.push(x);
    }
  }

  addEstablishment(x: Establishment): void {
    const years = this.yearsOf(x.enterprise);
    if (years !== 0) this.byYears[years]!.push(x);
  }

  /** An establishment of Tabel 15 of an enterprise holding the years: one still empty if any. */
  joinReport(mask: number): Establishment | null {
    return this.take(this.emptyByYears, mask, (x) => x.units.length === 0, true) ?? this.take(this.byYears, mask, (x) => x.reportYear, false);
  }

  /** Any establishment of an enterprise holding the years. */
  join(mask: number): Establishment | null {
    return this.take(this.byYears, mask, () => true, false);
  }

  /** The establishments of enterprises holding the years (for the revocation steering), or the fallback. */
  establishmentsFor(mask: number, fallback: Establishment[]): Establishment[] {
    let list = this.candidates.get(mask);
    if (!list) {
      list = [];
      for (let c = 1; c < 8; c++) if ((c & mask) === mask) for (const x of this.byYears[c]!) if (this.yearsOf(x.enterprise) === c) list.push(x);
      if (list.length === 0) list = fallback;
      this.candidates.set(mask, list);
    }
    return list;
  }

  private take(lists: Establishment[][], mask: number, ok: (x: Establishment) => boolean, consume: boolean): Establishment | null {
    for (let attempt = 0; attempt < 400; attempt++) {
      const supersets: number[] = [];
      const weights: number[] = [];
      for (let c = 1; c < 8; c++) {
        if ((c & mask) === mask && lists[c]!.length > 0) {
          supersets.push(c);
          weights.push(lists[c]!.length);
        }
      }
      if (supersets.length === 0) return null;
      const c = supersets[this.random.weightedIndex(weights)] as number;
      const list = lists[c]!;
      const i = this.random.int(0, list.length - 1);
      const x = list[i] as Establishment;
      const stale = this.yearsOf(x.enterprise) !== c || !ok(x);
      if (stale || consume) {
        list[i] = list[list.length - 1] as Establishment;
        list.pop();
      }
      if (!stale) return x;
    }
    return null;
  }
}

/** Filters an array in place, keeping order (a spread of 10^5+ items into splice overflows the stack at scale 10). */
function keepInPlace<T>(list: T[], keep: (item: T) => boolean): void {
  let kept = 0;
  for (const item of list) if (keep(item)) list[kept++] = item;
  list.length = kept;
}
