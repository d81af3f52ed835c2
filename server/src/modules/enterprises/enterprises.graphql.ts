import { LEGAL_FORMS, SIZE_CLASSES } from '@duaal/shared';
import { enterprises, establishments } from '../../db/schema/index.js';
import { builder } from '../../graphql/builder.js';
import { ProvinceEnum } from '../geography/geography.graphql.js';
import { canSeeRecord, establishmentOfPartnership, recognitionOfPartnership, scopeCondition } from '../records/access.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum } from '../records/records.graphql.js';
import { enterpriseCondition, establishmentCondition, prospectCondition } from './enterprises.service.js';

export const LegalFormEnum = builder.enumType('LegalForm', { values: LEGAL_FORMS });
export const SizeClassEnum = builder.enumType('SizeClass', { values: SIZE_CLASSES });

export const EnterpriseRef = builder.drizzleNode('enterprises', {
  name: 'Enterprise',
  description: 'An enterprise (onderneming), by KBO number. Visible to SECTOR_STAFF when their partnership follows it up.',
  id: { column: (e) => e.id },
  authScopes: (enterprise, ctx) => canSeeRecord(ctx, 'enterprises', enterprise.id),
  fields: (t) => ({
    kboNumber: t.exposeString('kboNumber'),
    name: t.exposeString('name'),
    legalForm: t.expose('legalForm', { type: LegalFormEnum }),
    sizeClass: t.expose('sizeClass', { type: SizeClassEnum }),
    closedOn: t.expose('closedOn', { type: 'Date', nullable: true }),
    jointCommitteeCodes: t.stringList({
      description: 'PC numbers of the enterprise.',
      select: { with: { jointCommittees: { columns: { jointCommitteeCode: true } } } },
      resolve: (enterprise) => enterprise.jointCommittees.map((jc) => jc.jointCommitteeCode).sort(),
    }),
    establishments: t.relatedConnection('establishments', {
      description: 'Its establishments the caller may see, by establishment number.',
      totalCount: true,
      query: (_args, ctx) => ({
        where: { RAW: (es) => scopeCondition(ctx, es, establishmentOfPartnership) },
        orderBy: { establishmentNumber: 'asc' },
      }),
    }),
  }),
});

export const EstablishmentRef = builder.drizzleNode('establishments', {
  name: 'Establishment',
  description: 'A site of an enterprise (vestiging), with its municipality.',
  id: { column: (e) => e.id },
  authScopes: (establishment, ctx) => canSeeRecord(ctx, 'establishments', establishment.id),
  fields: (t) => ({
    establishmentNumber: t.exposeString('establishmentNumber'),
    name: t.exposeString('name'),
    closedOn: t.expose('closedOn', { type: 'Date', nullable: true }),
    municipality: t.relation('municipality'),
    enterprise: t.relation('enterprise'),
    recognitions: t.relatedConnection('recognitions', {
      description: 'Its recognitions the caller may see, newest submission first.',
      totalCount: true,
      query: (_args, ctx) => ({
        where: { RAW: (r) => scopeCondition(ctx, r, recognitionOfPartnership) },
        orderBy: { submittedOn: 'desc' },
      }),
    }),
  }),
});

const EnterpriseOrderField = builder.enumType('EnterpriseOrderField', { values: ['NAME', 'KBO_NUMBER'] as const });
const EnterpriseOrder = builder.inputType('EnterpriseOrder', {
  fields: (t) => ({
    field: t.field({ type: EnterpriseOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const EnterpriseFilter = builder.inputType('EnterpriseFilter', {
  fields: (t) => ({
    jointCommittees: t.stringList({ required: false, description: 'PC numbers, e.g. "124".' }),
    provinces: t.field({ type: [ProvinceEnum], required: false, description: 'With an establishment in one of these.' }),
    municipalities: t.stringList({ required: false, description: 'NIS codes; with an establishment in one of these.' }),
    legalForms: t.field({ type: [LegalFormEnum], required: false }),
    sizeClasses: t.field({ type: [SizeClassEnum], required: false }),
    search: t.string({ required: false, description: 'Part of the name, or the KBO number.' }),
  }),
});

const EstablishmentOrderField = builder.enumType('EstablishmentOrderField', { values: ['NAME', 'ESTABLISHMENT_NUMBER'] as const });
const EstablishmentOrder = builder.inputType('EstablishmentOrder', {
  fields: (t) => ({
    field: t.field({ type: EstablishmentOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
const EstablishmentFilter = builder.inputType('EstablishmentFilter', {
  fields: (t) => ({
    provinces: t.field({ type: [ProvinceEnum], required: false }),
    municipalities: t.stringList({ required: false, description: 'NIS codes.' }),
    enterpriseKboNumber: t.string({ required: false }),
    search: t.string({ required: false, description: 'Part of the name, or the establishment number.' }),
  }),
});

builder.queryFields((t) => ({
  enterprises: t.drizzleConnection({
    type: 'enterprises',
    description: 'Enterprises (record readers; SECTOR_STAFF: those their partnership follows up).',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: EnterpriseFilter, required: false }), orderBy: t.arg({ type: EnterpriseOrder, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(enterprises, enterpriseCondition(ctx, args.filter)(enterprises));
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const condition = enterpriseCondition(ctx, args.filter);
      const dir = direction(args.orderBy?.direction);
      return ctx.db.query.enterprises.findMany(
        query({
          where: { RAW: (e) => condition(e) },
          orderBy: args.orderBy?.field === 'KBO_NUMBER' ? { kboNumber: dir } : { name: dir },
        }),
      );
    },
  }),
  establishments: t.drizzleConnection({
    type: 'establishments',
    description: 'Establishments (record readers; SECTOR_STAFF: those of their enterprises).',
    authScopes: RECORD_READERS,
    args: { filter: t.arg({ type: EstablishmentFilter, required: false }), orderBy: t.arg({ type: EstablishmentOrder, required: false }) },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(establishments, establishmentCondition(ctx, args.filter)(establishments));
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const condition = establishmentCondition(ctx, args.filter);
      const dir = direction(args.orderBy?.direction);
      return ctx.db.query.establishments.findMany(
        query({
          where: { RAW: (e) => condition(e) },
          orderBy: args.orderBy?.field === 'ESTABLISHMENT_NUMBER' ? { establishmentNumber: dir } : { name: dir },
        }),
      );
    },
  }),
  prospects: t.drizzleConnection({
    type: 'enterprises',
    description:
      'Radar prospects for a training: enterprises under the partnerships that recognise this training, with an open establishment in the region and no recognition approved and valid today. Record readers only.',
    authScopes: RECORD_READERS,
    args: {
      trainingCode: t.arg.string({ required: true }),
      provinces: t.arg({ type: [ProvinceEnum], required: false }),
      municipalities: t.arg.stringList({ required: false }),
    },
    totalCount: async (_parent, args, ctx) => {
      assertPageSize(args);
      return ctx.db.$count(enterprises, prospectCondition({ db: ctx.db, actor: ctx.actor, today: ctx.today, input: args })(enterprises));
    },
    resolve: (query, _parent, args, ctx) => {
      assertPageSize(args);
      const condition = prospectCondition({ db: ctx.db, actor: ctx.actor, today: ctx.today, input: args });
      return ctx.db.query.enterprises.findMany(query({ where: { RAW: (e) => condition(e) }, orderBy: { name: 'asc' } }));
    },
  }),
}));
