import { inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Province } from '@duaal/shared';
import { establishments, municipalities, partnerships, trainings } from '../../db/schema/index.js';
import { badUserInput } from './errors.js';
import { aliased } from './sql-alias.js';

/** Largest page a record connection serves; a larger `first`/`last` is refused, not silently cut. */
export const MAX_PAGE_SIZE = 200;

export function assertPageSize(args: { first?: number | null; last?: number | null }): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`"${name}" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
    }
  }
}

export type SortDirection = 'ASC' | 'DESC';
export const direction = (d: SortDirection | null | undefined): 'asc' | 'desc' => (d === 'DESC' ? 'desc' : 'asc');

type Col = SQLiteColumn;

const [fEst, fEstFrom] = aliased(establishments, 'f_est');
const [fMun, fMunFrom] = aliased(municipalities, 'f_mun');
const [fPar, fParFrom] = aliased(partnerships, 'f_par');
const [fTra, fTraFrom] = aliased(trainings, 'f_tra');

/** AND of the given conditions; undefined entries are skipped. */
export function allOf(conditions: (SQL | undefined)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length === 0 ? sql`1 = 1` : sql.join(present.map((c) => sql`(${c})`), sql` and `);
}

export const oneOf = <T>(column: Col, values: readonly T[] | null | undefined): SQL | undefined =>
  values && values.length > 0 ? inArray(column, values as unknown[]) : undefined;

export const onOrAfter = (column: Col, day: string | null | undefined): SQL | undefined =>
  day ? sql`${column} >= ${day}` : undefined;
export const onOrBefore = (column: Col, day: string | null | undefined): SQL | undefined =>
  day ? sql`${column} <= ${day}` : undefined;

/** Partnership id column whose partnership code is one of `codes`. */
export const partnershipCodeIn = (column: Col, codes: readonly string[] | null | undefined): SQL | undefined =>
  codes && codes.length > 0 ? sql`${column} in (select ${fPar.id} from ${fParFrom} where ${inArray(fPar.code, [...codes])})` : undefined;

/** Training id column whose training is one of the codes / systems / levels. */
export function trainingMatches(
  column: Col,
  filter: { trainings?: readonly string[] | null; systems?: readonly string[] | null; levels?: readonly string[] | null },
): SQL | undefined {
  const conditions = [oneOf(fTra.code, filter.trainings), oneOf(fTra.system, filter.systems), oneOf(fTra.level, filter.levels)].filter(
    (c): c is SQL => c !== undefined,
  );
  if (conditions.length === 0) return undefined;
  return sql`${column} in (select ${fTra.id} from ${fTraFrom} where ${allOf(conditions)})`;
}

/** Municipality NIS column in the given provinces / municipalities. */
export function municipalityMatches(
  column: Col,
  region: { provinces?: readonly Province[] | null; municipalities?: readonly string[] | null },
): SQL | undefined {
  const conditions = [oneOf(column, region.municipalities)];
  if (region.provinces && region.provinces.length > 0) {
    conditions.push(sql`${column} in (select ${fMun.nisCode} from ${fMunFrom} where ${inArray(fMun.provinceCode, [...region.provinces])})`);
  }
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length === 0 ? undefined : allOf(present);
}

/** Establishment id column of an establishment in the region. */
export function establishmentInRegion(
  column: Col,
  region: { provinces?: readonly Province[] | null; municipalities?: readonly string[] | null },
): SQL | undefined {
  const inRegion = municipalityMatches(fEst.municipalityNisCode, region);
  return inRegion ? sql`${column} in (select ${fEst.id} from ${fEstFrom} where ${inRegion})` : undefined;
}

