import { asc } from 'drizzle-orm';
import { LEVELS, SYSTEMS } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';

export const SystemEnum = builder.enumType('System', { values: SYSTEMS });
export const LevelEnum = builder.enumType('Level', { values: LEVELS });

export const TrainingRef = builder.drizzleNode('trainings', {
  name: 'Training',
  id: { column: (t) => t.id },
  fields: (t) => ({
    code: t.exposeString('code'),
    nameNl: t.exposeString('nameNl'),
    system: t.expose('system', { type: SystemEnum }),
    level: t.expose('level', { type: LevelEnum }),
    studyArea: t.exposeString('studyArea', { nullable: true }),
    standardTrajectory: t.exposeString('standardTrajectory', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  trainings: t.drizzleField({
    type: [TrainingRef],
    description: 'The training catalogue (secondary and adult, both systems).',
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
}));
