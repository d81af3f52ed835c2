import { sql, type SQL } from 'drizzle-orm';

/** SQL text of the KPI engine (or of its day rules) with its @named parameters bound by drizzle. */
export function withParams(text: string, params: Record<string, unknown>): SQL {
  return sql.join(
    text.split(/@(\w+)/).map((part, i) => {
      if (i % 2 === 0) return sql.raw(part);
      if (!(part in params)) throw new Error(`unbound parameter @${part}`);
      return sql`${params[part]}`;
    }),
  );
}
