import { index, integer, text, snakeCase } from 'drizzle-orm/sqlite-core';
import { PROVINCES } from '@duaal/shared';

export const provinces = snakeCase.table('provinces', {
  code: text({ enum: PROVINCES }).primaryKey(),
  nisCode: text().notNull().unique(),
  nameNl: text().notNull(),
});

export const arrondissements = snakeCase.table('arrondissements', {
  nisCode: text().primaryKey(),
  nameNl: text().notNull(),
  provinceCode: text({ enum: PROVINCES })
    .notNull()
    .references(() => provinces.code),
});

export const municipalities = snakeCase.table(
  'municipalities',
  {
    nisCode: text().primaryKey(),
    nameNl: text().notNull(),
    arrondissementNisCode: text()
      .notNull()
      .references(() => arrondissements.nisCode),
    provinceCode: text({ enum: PROVINCES })
      .notNull()
      .references(() => provinces.code),
    population: integer().notNull(),
  },
  (t) => [index('municipalities_province_code_idx').on(t.provinceCode)],
);
