import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { runGraphQL, type GraphQLResponse } from '../../testing/graphql-client.js';
import { buildRecordsFixture, type RecordsFixture } from '../../testing/records-fixture.js';
import { createTestDb } from '../../testing/test-db.js';

// ROLE MATRIX: every role × every record list and personal field. Expectations come from the
// fixture table in testing/records-fixture.ts, worked out by hand.

let db: Db;
let f: RecordsFixture;
beforeAll(() => {
  db = createTestDb();
  f = buildRecordsFixture(db);
});

type Who = 'admin' | 'member' | 'bouw' | 'horeca' | 'bedienden' | 'policymaker' | 'anonymous';
const WHO: Who[] = ['admin', 'member', 'bouw', 'horeca', 'bedienden', 'policymaker', 'anonymous'];
const as = (who: Who) => (who === 'anonymous' ? {} : { userId: f.users[who] });
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/** Each record list, with the field naming its rows and what each role gets (null: refused). */
const LISTS: { field: string; key: string; expected: Record<Exclude<Who, 'policymaker' | 'anonymous'>, string[]> }[] = [
  {
    field: 'recognitions',
    key: 'applicationId',
    expected: {
      admin: ['APP-001', 'APP-002', 'APP-003', 'APP-004', 'APP-005', 'APP-006'],
      member: ['APP-001', 'APP-002', 'APP-003', 'APP-004', 'APP-005', 'APP-006'],
      bouw: ['APP-001', 'APP-005', 'APP-006'],
      horeca: ['APP-002', 'APP-003'],
      bedienden: ['APP-004'], // handled by the Flemish Partnership, reports under Bedienden (PC 200)
    },
  },
  {
    field: 'enterprises',
    key: 'name',
    expected: {
      admin: ['Aannemer Zonder Erkenning', 'Bouw Vroeger Erkend', 'Bouwbedrijf Peeters', 'Kantoor NV', 'Restaurant De Kok'],
      member: ['Aannemer Zonder Erkenning', 'Bouw Vroeger Erkend', 'Bouwbedrijf Peeters', 'Kantoor NV', 'Restaurant De Kok'],
      bouw: ['Aannemer Zonder Erkenning', 'Bouw Vroeger Erkend', 'Bouwbedrijf Peeters'],
      horeca: ['Restaurant De Kok'],
      bedienden: ['Kantoor NV'],
    },
  },
  {
    field: 'establishments',
    key: 'name',
    expected: {
      admin: ['Aannemer Hasselt', 'De Kok Hasselt', 'Kantoor Brugge', 'Peeters werf Antwerpen', 'Vroeger Erkend Antwerpen'],
      member: ['Aannemer Hasselt', 'De Kok Hasselt', 'Kantoor Brugge', 'Peeters werf Antwerpen', 'Vroeger Erkend Antwerpen'],
      bouw: ['Aannemer Hasselt', 'Peeters werf Antwerpen', 'Vroeger Erkend Antwerpen'],
      horeca: ['De Kok Hasselt'],
      bedienden: ['Kantoor Brugge'],
    },
  },
  {
    field: 'mentors',
    key: 'mentorKey',
    expected: {
      admin: ['MK-1', 'MK-2', 'MK-3', 'MK-4'],
      member: ['MK-1', 'MK-2', 'MK-3', 'MK-4'],
      bouw: ['MK-1', 'MK-4'],
      horeca: ['MK-2', 'MK-4'],
      bedienden: ['MK-3'],
    },
  },
  {
    field: 'agreements',
    key: 'agreementNumber',
    expected: {
      admin: ['AGR-001', 'AGR-002', 'AGR-003', 'AGR-004'],
      member: ['AGR-001', 'AGR-002', 'AGR-003', 'AGR-004'],
      bouw: ['AGR-001', 'AGR-002'],
      horeca: ['AGR-003'],
      bedienden: ['AGR-004'],
    },
  },
  {
    field: 'appeals',
    key: 'appealKey',
    expected: { admin: ['AP-1', 'AP-2'], member: ['AP-1', 'AP-2'], bouw: ['AP-2'], horeca: ['AP-1'], bedienden: [] },
  },
  {
    field: 'prospects(trainingCode: "BOUW_METSELAAR")',
    key: 'name',
    expected: {
      admin: ['Aannemer Zonder Erkenning', 'Bouw Vroeger Erkend'],
      member: ['Aannemer Zonder Erkenning', 'Bouw Vroeger Erkend'],
      bouw: ['Aannemer Zonder Erkenning', 'Bouw Vroeger Erkend'],
      horeca: [],
      bedienden: [],
    },
  },
  ...(['partnershipsConnection', 'jointCommitteesConnection', 'trainingsConnection'] as const).map((field) => {
    const all = { partnershipsConnection: 4, jointCommitteesConnection: 3, trainingsConnection: 3 }[field];
    const rows = Array.from({ length: all }, () => '*');
    return { field, key: '__typename', expected: { admin: rows, member: rows, bouw: rows, horeca: rows, bedienden: rows } };
  }),
];

describe('record lists by role', () => {
  for (const list of LISTS) {
    for (const who of WHO) {
      it(`${list.field} as ${who}`, async () => {
        const response = await runGraphQL<Record<string, { totalCount: number; edges: { node: Record<string, string> }[] }>>(
          db,
          `{ list: ${list.field.includes('(') ? list.field.replace(')', ', first: 50)') : `${list.field}(first: 50)`} { totalCount edges { node { ${list.key} } } } }`,
          {},
          as(who),
        );
        if (who === 'policymaker' || who === 'anonymous') {
          expect(response.data ?? null).toBeNull();
          expect(codes(response)).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
          return;
        }
        expect(response.errors).toBeUndefined();
        const expected = list.expected[who];
        const got = response.data!.list!.edges.map((e) => (list.key === '__typename' ? '*' : e.node[list.key]));
        expect([...got].sort()).toEqual([...expected].sort());
        expect(response.data!.list!.totalCount).toBe(expected.length);
      });
    }
  }
});

describe('reference lists of the filter bar', () => {
  const query = `{ partnerships { code } trainings { code } provinces { code } municipalities(provinces: [LIMBURG]) { nisCode }
    jointCommittees(partnerships: ["BOUW"]) { code partnershipCode } }`;
  for (const who of ['admin', 'member', 'bouw', 'policymaker'] as const) {
    it(`are readable by ${who}`, async () => {
      const response = await runGraphQL<{ partnerships: unknown[]; municipalities: unknown[]; jointCommittees: unknown[] }>(db, query, {}, as(who));
      expect(response.errors).toBeUndefined();
      expect(response.data!.partnerships).toHaveLength(4);
      expect(response.data!.municipalities).toEqual([{ nisCode: '71022' }]);
      expect(response.data!.jointCommittees).toEqual([{ code: '124', partnershipCode: 'BOUW' }]);
    });
  }
  it('are refused to anonymous callers', async () => {
    for (const field of ['partnerships { code }', 'trainings { code }', 'provinces { code }', 'municipalities { nisCode }', 'jointCommittees { code }', 'me { email }']) {
      const response = await runGraphQL(db, `{ ${field} }`);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

const MENTOR_FIELDS = `... on Mentor { mentorKey firstName lastName nationalNumber birthDate }`;

describe('mentor personal data by role', () => {
  // [who, mentor, outcome]: 'personal' = all four fields; 'record' = the mentor without personal data
  // (four FORBIDDEN errors); 'hidden' = node refused.
  const CASES: [Who, 'M1' | 'M2' | 'M3' | 'M4', 'personal' | 'record' | 'hidden'][] = [
    ['admin', 'M1', 'personal'], ['admin', 'M3', 'personal'],
    ['member', 'M1', 'record'], ['member', 'M3', 'record'],
    ['bouw', 'M1', 'personal'], ['bouw', 'M4', 'personal'], ['bouw', 'M2', 'hidden'], ['bouw', 'M3', 'hidden'],
    ['horeca', 'M2', 'personal'], ['horeca', 'M4', 'personal'], ['horeca', 'M1', 'hidden'],
    ['bedienden', 'M3', 'record'], ['bedienden', 'M1', 'hidden'],
    ['policymaker', 'M1', 'hidden'],
  ];
  const PEOPLE = {
    M1: { mentorKey: 'MK-1', firstName: 'Jan', lastName: 'Peeters', nationalNumber: '80010112345', birthDate: '1980-01-01' },
    M2: { mentorKey: 'MK-2', firstName: 'An', lastName: 'Janssens', nationalNumber: '85020223456', birthDate: '1985-02-02' },
    M3: { mentorKey: 'MK-3', firstName: 'Piet', lastName: 'Maes', nationalNumber: '75030334567', birthDate: '1975-03-03' },
    M4: { mentorKey: 'MK-4', firstName: 'Els', lastName: 'Claes', nationalNumber: '90040445678', birthDate: '1990-04-04' },
  };
  for (const [who, mentor, outcome] of CASES) {
    it(`${who} reading ${mentor}: ${outcome}`, async () => {
      const response = await runGraphQL<{ node: Record<string, string | null> | null }>(
        db,
        `query($id: ID!) { node(id: $id) { ${MENTOR_FIELDS} } }`,
        { id: gid('Mentor', f.mentors[mentor]) },
        as(who),
      );
      if (outcome === 'personal') {
        expect(response.errors).toBeUndefined();
        expect(response.data!.node).toEqual(PEOPLE[mentor]);
      } else if (outcome === 'record') {
        expect(response.data!.node).toEqual({ mentorKey: PEOPLE[mentor].mentorKey, firstName: null, lastName: null, nationalNumber: null, birthDate: null });
        expect(codes(response)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
        expect(JSON.stringify(response)).not.toContain(PEOPLE[mentor].lastName);
      } else {
        expect(response.data?.node ?? null).toBeNull();
        expect(new Set(codes(response))).toEqual(new Set(['FORBIDDEN']));
        expect(JSON.stringify(response)).not.toContain(PEOPLE[mentor].lastName);
      }
    });
  }

  it('is refused row by row in a list for a partnership member', async () => {
    const response = await runGraphQL<{ mentors: { edges: { node: { mentorKey: string; lastName: string | null } }[] } }>(
      db,
      '{ mentors(first: 10) { edges { node { mentorKey lastName } } } }',
      {},
      as('member'),
    );
    expect(response.data!.mentors.edges.map((e) => e.node)).toEqual(
      ['MK-1', 'MK-2', 'MK-3', 'MK-4'].map((mentorKey) => ({ mentorKey, lastName: null })),
    );
    expect(codes(response)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('is refused to anonymous callers', async () => {
    const response = await runGraphQL(db, `query($id: ID!) { node(id: $id) { ${MENTOR_FIELDS} } }`, { id: gid('Mentor', f.mentors.M1) });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('learner pseudonym by role', () => {
  const CASES: [Who, 'A1' | 'A2' | 'A3' | 'A4', 'personal' | 'record' | 'hidden' | 'anonymous'][] = [
    ['admin', 'A1', 'personal'], ['admin', 'A4', 'personal'],
    ['member', 'A1', 'record'],
    ['bouw', 'A1', 'personal'], ['bouw', 'A2', 'personal'], ['bouw', 'A3', 'hidden'],
    ['horeca', 'A3', 'personal'], ['horeca', 'A1', 'hidden'],
    ['bedienden', 'A4', 'record'],
    ['policymaker', 'A1', 'hidden'],
    ['anonymous', 'A1', 'anonymous'],
  ];
  const PSEUDONYMS = { A1: 'L-001', A2: 'L-002', A3: 'L-003', A4: 'L-004' };
  for (const [who, agreement, outcome] of CASES) {
    it(`${who} reading ${agreement}: ${outcome}`, async () => {
      const response = await runGraphQL<{ node: { agreementNumber: string; learnerPseudonym: string | null } | null }>(
        db,
        'query($id: ID!) { node(id: $id) { ... on Agreement { agreementNumber learnerPseudonym } } }',
        { id: gid('Agreement', f.agreements[agreement]) },
        as(who),
      );
      const number = `AGR-00${agreement.slice(1)}`;
      if (outcome === 'personal') {
        expect(response.errors).toBeUndefined();
        expect(response.data!.node).toEqual({ agreementNumber: number, learnerPseudonym: PSEUDONYMS[agreement] });
      } else if (outcome === 'record') {
        expect(response.data!.node).toEqual({ agreementNumber: number, learnerPseudonym: null });
        expect(codes(response)).toEqual(['FORBIDDEN']);
      } else {
        expect(response.data?.node ?? null).toBeNull();
        expect(new Set(codes(response))).toEqual(new Set([outcome === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']));
      }
      expect(JSON.stringify(response).includes(PSEUDONYMS[agreement])).toBe(outcome === 'personal');
    });
  }
});

describe('node() on the other record types', () => {
  const CASES: [Who, string, () => number, boolean][] = [
    ['bouw', 'Recognition', () => f.recognitions.R1, true],
    ['bouw', 'Recognition', () => f.recognitions.R2, false],
    ['bedienden', 'Recognition', () => f.recognitions.R4, true],
    ['bouw', 'Enterprise', () => f.enterprises.E4, true],
    ['bouw', 'Enterprise', () => f.enterprises.E2, false],
    ['horeca', 'Establishment', () => f.establishments.S2, true],
    ['horeca', 'Establishment', () => f.establishments.S1, false],
    ['bouw', 'Appeal', () => f.appeals.AP2, true],
    ['bouw', 'Appeal', () => f.appeals.AP1, false],
    ['member', 'Appeal', () => f.appeals.AP1, true],
    ['member', 'Training', () => f.trainings.T1, true],
    ['policymaker', 'Training', () => f.trainings.T1, false],
    ['policymaker', 'Partnership', () => f.partnerships.BOUW, false],
    ['policymaker', 'Recognition', () => f.recognitions.R1, false],
  ];
  for (const [who, type, id, allowed] of CASES) {
    it(`${who} ${allowed ? 'reads' : 'may not read'} a ${type}`, async () => {
      const response = await runGraphQL<{ node: { id: string; __typename: string } | null }>(
        db,
        'query($id: ID!) { node(id: $id) { id __typename } }',
        { id: gid(type, id()) },
        as(who),
      );
      if (allowed) {
        expect(response.errors).toBeUndefined();
        expect(response.data!.node).toEqual({ id: gid(type, id()), __typename: type });
      } else {
        expect(response.data?.node ?? null).toBeNull();
        expect(new Set(codes(response))).toEqual(new Set(['FORBIDDEN']));
      }
    });
  }

  it('nodes() is refused to policymakers', async () => {
    const response = await runGraphQL(db, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [gid('Training', f.trainings.T1)] }, as('policymaker'));
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('nested lists keep to the partnership', () => {
  const query = `query($id: ID!) { node(id: $id) { ... on Mentor {
    recognitions { totalCount edges { node { recognition { applicationId } } } }
    trainingRecords { partnership { code } status } } } }`;
  const run = (who: Who) =>
    runGraphQL<{ node: { recognitions: { totalCount: number; edges: { node: { recognition: { applicationId: string } } }[] }; trainingRecords: { partnership: { code: string }; status: string }[] } }>(
      db, query, { id: gid('Mentor', f.mentors.M4) }, as(who));

  it('shows a mentor on two partnerships fully to a member', async () => {
    const { data, errors } = await run('member');
    expect(errors).toBeUndefined();
    expect(data!.node.recognitions.totalCount).toBe(2);
    expect(data!.node.recognitions.edges.map((e) => e.node.recognition.applicationId)).toEqual(['APP-001', 'APP-003']);
    expect(data!.node.trainingRecords).toEqual([
      { partnership: { code: 'BOUW' }, status: 'NOT_COMPLETED' },
      { partnership: { code: 'HORECA' }, status: 'EXEMPT' },
    ]);
  });

  it('shows only the Bouw side of that mentor to Bouw staff', async () => {
    const { data, errors } = await run('bouw');
    expect(errors).toBeUndefined();
    expect(data!.node.recognitions.totalCount).toBe(1);
    expect(data!.node.recognitions.edges.map((e) => e.node.recognition.applicationId)).toEqual(['APP-001']);
    expect(data!.node.trainingRecords).toEqual([{ partnership: { code: 'BOUW' }, status: 'NOT_COMPLETED' }]);
  });
});
