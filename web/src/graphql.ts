import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

// Operations are type-checked against server/schema.graphql (see tsconfig.json, `npm run codegen`).
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; ID: string };
  // Fragments share field lists between aliases; no component reads another's fragment data.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
