import { asc } from 'drizzle-orm';
import { PARTNERSHIP_KINDS } from '@duaal/shared';
import { partnerships } from '../../db/schema/index.js';
import { builder } from '../../graphql/builder.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum } from '../records/records.graphql.js';
import { currentAssignment, jointCommitteeOfPartnerships } from './partnerships.service.js';

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

export const JointCommitteeRef = builder.drizzleNode('jointCommittees', {
  name: 'JointCommittee',
  description: 'A joint committee (paritair comité), keyed by its number as printed: "124", "142.01".',
  id: { column: (jc) => jc.code },
  fields: (t) => ({
    code: t.exposeString('code'),
    nameNl: t.exposeString('nameNl', { nullable: true }),
    partnershipCode: t.string({
      nullable: true,
      description: 'Code of the partnership responsible for this PC number today.',
      select: { with: { assignments: { with: { partnership: { columns: { code: true } } } } } },
      resolve: (jc, _args, ctx) => currentAssignment(jc.assignments, ctx.today)?.partnership.code ?? null,
    }),
    assignments: t.relation('assignments', {
      description: 'Which partnership handled this PC number when.',
      query: { orderBy: (a) => [asc(a.validFrom)] },
    }),
  }),
});

const PartnershipOrderField = builder.enumType('PartnershipOrderField', { values: ['NAME', 'CODE'] as const });
const PartnershipOrder = builder.inputType('PartnershipOrder', {
  fields: (t) => ({
    field: t.field({ type: PartnershipOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const JointCommitteeFilter = builder.inputType('JointCommitteeFilter', {
  fields: (t) => ({
    partnerships: t.stringList({ required: false, description: 'Codes of the partnerships responsible today.' }),
  }),
});

builder.queryFields((t) => ({
  partnerships: t.drizzleField({
    type: [PartnershipRef],
    description:
      'The reporting partnerships (sector partnerships, Handel sub-sectors, Flemish Partnership). Reference data: every signed-in role.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => ctx.db.query.partnerships.findMany(query({ orderBy: (p) => [asc(p.nameNl)] })),
  }),
  jointCommittees: t.drizzleField({
    type: [JointCommitteeRef],
    description: 'PC numbers with their current partnership, optionally of some partnerships (codes). Every signed-in role.',
    authScopes: { authenticated: true },
    args: { partnerships: t.arg.stringList({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.jointCommittees.findMany(
        query({
          where: args.partnerships?.length ? { RAW: (jc) => jointCommitteeOfPartnerships(jc.code, args.partnerships ?? [], ctx.today) } : undefined,
          orderBy: (jc) => [asc(jc.code)],
        }),
      ),
  }),
  partnershipsConnection: t.drizzleConnection({
    type: 'partnerships',
    description: 'The partnerships as a record connection (record readers).',
    authScopes: RECORD_READERS,
    args: { orderBy: t.arg({ type: PartnershipOrder, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(partnerships);
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const dir = direction(args.orderBy?.direction);
      return ctx.db.query.partnerships.findMany(
        query({ orderBy: args.orderBy?.field === 'CODE' ? { code: dir } : { nameNl: dir } }),
      );
    },
  }),
  jointCommitteesConnection: t.drizzleConnection({
    type: 'jointCommittees',
    description: 'The PC numbers as a record connection, ordered by code (record readers).',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: JointCommitteeFilter, required: false }), direction: t.arg({ type: SortDirectionEnum, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.query.jointCommittees
        .findMany({ columns: { code: true }, where: jointCommitteeWhere(args.filter?.partnerships, ctx.today) })
        .then((rows) => rows.length);
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.query.jointCommittees.findMany(
        query({ where: jointCommitteeWhere(args.filter?.partnerships, ctx.today), orderBy: { code: direction(args.direction) } }),
      );
    },
  }),
}));

function jointCommitteeWhere(codes: readonly string[] | null | undefined, today: string) {
  return codes?.length ? { RAW: (jc: { code: Parameters<typeof jointCommitteeOfPartnerships>[0] }) => jointCommitteeOfPartnerships(jc.code, codes, today) } : undefined;
}
