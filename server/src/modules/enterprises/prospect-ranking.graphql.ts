import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { ProvinceEnum } from '../geography/geography.graphql.js';
import { badUserInput } from '../records/errors.js';
import { assertPageSize, direction } from '../records/filters.js';
import { RECORD_READERS, SortDirectionEnum } from '../records/records.graphql.js';
import { LevelEnum, SystemEnum } from '../trainings/trainings.graphql.js';
import { SizeClassEnum } from './enterprises.graphql.js';
import { PROSPECT_SORTS, prospectPage, type ProspectPage, type ProspectReason, type ProspectRow } from './prospect-ranking.service.js';
import { PROSPECT_REASON_KINDS } from './prospect-weights.js';

// The ranked prospect list of Radar (docs/prospects.md): paged and sorted on the server, each row
// with the signals behind its score.

const ProspectReasonKindEnum = builder.enumType('ProspectReasonKind', {
  values: {
    SAME_TRAINING_EARLIER: { description: 'Recognised earlier for this training (expired or stopped, not revoked).' },
    RELATED_TRAINING_NOW: { description: 'Recognised on the reference day for a related training.' },
    RELATED_TRAINING_EARLIER: { description: 'Recognised earlier for a related training (not revoked).' },
    COVERING_PARTNERSHIP: { description: 'Its PC number belongs to the partnership that handles most recognitions of this training.' },
    AGREEMENTS: { description: 'Agreements started at its establishments (any training): count and school year of the latest.' },
    PROVIDER_MUNICIPALITY: { description: 'A provider with learners in this training in the school year, in the municipality of one of its establishments.' },
    PROVIDER_PROVINCE: { description: 'Such a provider elsewhere in the province of one of its establishments.' },
    SIZE: { description: 'A medium or large enterprise (size class by employees).' },
    JOINT_COMMITTEE: { description: 'The condition of the list: a PC number under a partnership that handles this training (0 points).' },
  } satisfies Record<(typeof PROSPECT_REASON_KINDS)[number], unknown>,
});

const ProspectReasonRef = builder.objectRef<ProspectReason>('ProspectReason').implement({
  description: 'One signal behind a prospect\'s score; which fields are set depends on the kind.',
  fields: (t) => ({
    kind: t.expose('kind', { type: ProspectReasonKindEnum }),
    points: t.exposeInt('points'),
    count: t.exposeInt('count', { nullable: true, description: 'AGREEMENTS: agreements started; PROVIDER_*: learners enrolled.' }),
    schoolYear: t.exposeString('schoolYear', { nullable: true, description: 'AGREEMENTS: of the latest start; *_EARLIER: of the last valid day.' }),
    trainingNames: t.exposeStringList('trainingNames', { description: 'RELATED_*: the related trainings.' }),
    place: t.exposeString('place', { nullable: true, description: 'PROVIDER_MUNICIPALITY: municipality name; PROVIDER_PROVINCE: province code.' }),
    sizeClass: t.expose('sizeClass', { type: SizeClassEnum, nullable: true }),
    jointCommitteeCodes: t.exposeStringList('jointCommitteeCodes', { description: 'COVERING_PARTNERSHIP, JOINT_COMMITTEE: the PC numbers.' }),
    partnershipName: t.exposeString('partnershipName', { nullable: true }),
  }),
});

const ProspectRef = builder.objectRef<ProspectRow>('Prospect').implement({
  description: 'An enterprise to approach for a training, with its score and the reasons behind it.',
  fields: (t) => ({
    enterpriseId: t.id({ resolve: (r) => encodeGlobalID('Enterprise', r.enterpriseId) }),
    name: t.exposeString('name'),
    kboNumber: t.exposeString('kboNumber'),
    sizeClass: t.expose('sizeClass', { type: SizeClassEnum }),
    jointCommitteeCodes: t.exposeStringList('jointCommitteeCodes'),
    municipalities: t.exposeStringList('municipalities', { description: 'Of its open establishments in the region.' }),
    score: t.exposeInt('score', { description: 'Sum of the reasons\' points.' }),
    reasons: t.field({ type: [ProspectReasonRef], description: 'Strongest first; the last one is always why it is on the list.', resolve: (r) => r.reasons }),
  }),
});

const ProspectPageRef = builder.objectRef<ProspectPage>('ProspectPage').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    hasNextPage: t.boolean({ resolve: (p) => p.offset + p.rows.length < p.totalCount }),
    trainingName: t.exposeString('trainingName'),
    referenceDay: t.expose('referenceDay', { type: 'Date', description: 'The day the recognitions and PC assignments are read on: today, or the end of an earlier school year.' }),
    nodes: t.field({ type: [ProspectRef], resolve: (p) => p.rows }),
  }),
});

const ProspectSortEnum = builder.enumType('ProspectSort', { values: PROSPECT_SORTS });

const ProspectFilterInput = builder.inputType('ProspectFilter', {
  fields: (t) => ({
    trainingCode: t.string({ required: true }),
    schoolYear: t.string({ required: false, description: 'Enrolments of this year; recognitions read on its last day when that is past (default: today\'s year).' }),
    provinces: t.field({ type: [ProvinceEnum], required: false }),
    municipalities: t.stringList({ required: false, description: 'NIS codes.' }),
    partnership: t.string({ required: false, description: 'Partnership code: enterprises with a PC number assigned to it.' }),
    jointCommittees: t.stringList({ required: false, description: 'PC numbers.' }),
    systems: t.field({ type: [SystemEnum], required: false, description: 'The training must be of one of these (else the list is empty).' }),
    levels: t.field({ type: [LevelEnum], required: false }),
  }),
});

builder.queryFields((t) => ({
  prospectRanking: t.field({
    type: ProspectPageRef,
    authScopes: RECORD_READERS,
    description:
      'Radar: enterprises to approach for a training, ranked by a score from documented signals (docs/prospects.md), each with its reasons; ties by name, then enterprise number. Record readers only.',
    args: {
      filter: t.arg({ type: ProspectFilterInput, required: true }),
      sort: t.arg({ type: ProspectSortEnum, required: false, description: 'Default SCORE.' }),
      direction: t.arg({ type: SortDirectionEnum, required: false, description: 'Default: SCORE high to low, NAME and MUNICIPALITY A to Z.' }),
      first: t.arg.int({ required: false, defaultValue: 50 }),
      offset: t.arg.int({ required: false, defaultValue: 0 }),
    },
    resolve: (_root, args, ctx) => {
      assertPageSize({ first: args.first });
      const offset = args.offset ?? 0;
      if (offset < 0) throw badUserInput(`prospectRanking: "offset" must be 0 or more, got ${offset}`);
      return prospectPage(ctx, { filter: args.filter, sort: args.sort, direction: args.direction, limit: args.first ?? 50, offset });
    },
  }),
}));
