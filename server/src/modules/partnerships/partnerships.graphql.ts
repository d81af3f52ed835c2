import { asc } from 'drizzle-orm';
import { PARTNERSHIP_KINDS } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';

export const PartnershipKindEnum = builder.enumType('PartnershipKind', { values: PARTNERSHIP_KINDS });

export const JointCommitteeAssignmentRef = builder.drizzleObject('jointCommitteeAssignments', {
  name: 'JointCommitteeAssignment',
  description: 'A PC number handled by a partnership from validFrom until validTo (null: still).',
  fields: (t) => ({
    jointCommitteeCode: t.exposeString('jointCommitteeCode'),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true }),
    partnership: t.relation('partnership'),
  }),
});

export const PartnershipRef = builder.drizzleNode('partnerships', {
  name: 'Partnership',
  id: { column: (p) => p.id },
  fields: (t) => ({
    code: t.exposeString('code'),
    nameNl: t.exposeString('nameNl'),
    kind: t.expose('kind', { type: PartnershipKindEnum }),
    sectorGroup: t.exposeString('sectorGroup', { nullable: true }),
    jointCommittees: t.relation('assignments', {
      description: 'PC numbers assigned to this partnership, with their validity.',
      query: { orderBy: (a) => [asc(a.jointCommitteeCode)] },
    }),
  }),
});

builder.queryFields((t) => ({
  partnerships: t.drizzleField({
    type: [PartnershipRef],
    description: 'The reporting partnerships (sector partnerships, Handel sub-sectors, Flemish Partnership).',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.partnerships.findMany(query({ orderBy: (p) => [asc(p.nameNl)] })),
  }),
}));
