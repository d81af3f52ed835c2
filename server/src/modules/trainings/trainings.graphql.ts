import { asc } from 'drizzle-orm';
import { LEVELS, PROVIDER_TYPES, SYSTEMS, trainingLabel } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum } from '../records/records.graphql.js';

export const SystemEnum = builder.enumType('System', { values: SYSTEMS });
export const LevelEnum = builder.enumType('Level', { values: LEVELS });
export const ProviderTypeEnum = builder.enumType('ProviderType', { values: PROVIDER_TYPES });

export const TrainingRef = builder.drizzleNode('trainings', {
  name: 'Training',
  id: { column: (t) => t.id },
  fields: (t) => ({
    code: t.exposeString('code'),
    nameNl: t.exposeString('nameNl'),
    label: t.string({
      description: 'The name with system and level, "Kapper (duaal, SO)": tells apart trainings that share a name.',
      select: { columns: { nameNl: true, system: true, level: true } },
      resolve: (training) => trainingLabel(training),
    }),
    system: t.expose('system', { type: SystemEnum }),
    level: t.expose('level', { type: LevelEnum }),
    studyArea: t.exposeString('studyArea', { nullable: true }),
    standardTrajectory: t.exposeString('standardTrajectory', { nullable: true }),
  }),
});

export const TrainingProviderRef = builder.drizzleObject('trainingProviders', {
  name: 'TrainingProvider',
  description: 'A school, CDO, Syntra or adult-education centre (opleidingsverstrekker).',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    type: t.expose('type', { type: ProviderTypeEnum }),
    municipalityNisCode: t.exposeString('municipalityNisCode', { nullable: true }),
  }),
});

const TrainingOrderField = builder.enumType('TrainingOrderField', { values: ['NAME', 'CODE'] as const });
const TrainingOrder = builder.inputType('TrainingOrder', {
  fields: (t) => ({
    field: t.field({ type: TrainingOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const TrainingFilter = builder.inputType('TrainingFilter', {
  fields: (t) => ({
    systems: t.field({ type: [SystemEnum], required: false }),
    levels: t.field({ type: [LevelEnum], required: false }),
  }),
});

const trainingWhere = (filter: { systems?: readonly (typeof SYSTEMS)[number][] | null; levels?: readonly (typeof LEVELS)[number][] | null } | null | undefined) => ({
  system: filter?.systems?.length ? { in: [...filter.systems] } : undefined,
  level: filter?.levels?.length ? { in: [...filter.levels] } : undefined,
});

builder.queryFields((t) => ({
  trainings: t.drizzleField({
    type: [TrainingRef],
    description: 'The training catalogue (secondary and adult, both systems). Reference data: every signed-in role.',
    authScopes: { authenticated: true },
    args: {
      system: t.arg({ type: SystemEnum, required: false }),
      level: t.arg({ type: LevelEnum, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.trainings.findMany(
        query({
          where: { system: args.system ?? undefined, level: args.level ?? undefined },
          orderBy: (tr) => [asc(tr.level), asc(tr.system), asc(tr.nameNl)],
        }),
      ),
  }),
  trainingsConnection: t.drizzleConnection({
    type: 'trainings',
    description: 'The training catalogue as a record connection (record readers).',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: TrainingFilter, required: false }), orderBy: t.arg({ type: TrainingOrder, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return (await ctx.db.query.trainings.findMany({ columns: { id: true }, where: trainingWhere(args.filter) })).length;
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const dir = direction(args.orderBy?.direction);
      return ctx.db.query.trainings.findMany(
        query({ where: trainingWhere(args.filter), orderBy: args.orderBy?.field === 'CODE' ? { code: dir } : { nameNl: dir } }),
      );
    },
  }),
}));
