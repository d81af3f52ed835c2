import { getTableName, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * An aliased table for correlated subqueries: its columns render as "alias"."column", and the second
 * element renders the FROM item `"table" as "alias"` (interpolating the alias alone names only the alias).
 */
export function aliased<T extends SQLiteTable>(table: T, name: string): [T, SQL] {
  return [alias(table, name) as unknown as T, sql`${sql.identifier(getTableName(table))} as ${sql.identifier(name)}`];
}
