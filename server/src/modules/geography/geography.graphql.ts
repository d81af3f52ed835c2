import { asc } from 'drizzle-orm';
import { PROVINCES } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';

/** Province codes of shared PROVINCES; the KPI filter and the record filters use this one enum. */
export const ProvinceEnum = builder.enumType('Province', { values: PROVINCES });

export const ProvinceInfoRef = builder.drizzleObject('provinces', {
  name: 'ProvinceInfo',
  description: 'A province (or Brussels, Wallonia) of the filter bar.',
  fields: (t) => ({
    code: t.expose('code', { type: ProvinceEnum }),
    nisCode: t.exposeString('nisCode'),
    nameNl: t.exposeString('nameNl'),
  }),
});

export const MunicipalityRef = builder.drizzleObject('municipalities', {
  name: 'Municipality',
  fields: (t) => ({
    nisCode: t.exposeString('nisCode'),
    nameNl: t.exposeString('nameNl'),
    provinceCode: t.expose('provinceCode', { type: ProvinceEnum }),
    population: t.exposeInt('population'),
  }),
});

// Reference lists of the filter bar: every signed-in role, policymakers included.
builder.queryFields((t) => ({
  provinces: t.drizzleField({
    type: [ProvinceInfoRef],
    description: 'Provinces by Dutch name. Reference data: every signed-in role.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.db.query.provinces.findMany(query({ orderBy: (p) => [asc(p.nameNl)] })),
  }),
  municipalities: t.drizzleField({
    type: [MunicipalityRef],
    description: 'Municipalities with NIS code and population, optionally of some provinces. Every signed-in role.',
    authScopes: { authenticated: true },
    args: { provinces: t.arg({ type: [ProvinceEnum], required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.municipalities.findMany(
        query({
          where: args.provinces && args.provinces.length > 0 ? { provinceCode: { in: args.provinces } } : undefined,
          orderBy: (m) => [asc(m.nameNl)],
        }),
      ),
  }),
}));
