import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { createGraphQLError } from 'graphql-yoga';
import { relations } from '../db/relations.js';
import type { Context } from './context.js';

// Plugins, scalars and the context type only: GraphQL types live in their domain module.

export interface AuthScopes {
  authenticated: boolean;
  admin: boolean;
  /** May list records (every role but POLICYMAKER). */
  recordReader: boolean;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: typeof relations;
  AuthScopes: AuthScopes;
  Scalars: { Date: { Input: string; Output: string }; File: { Input: File; Output: never } };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, ComplexityPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    maxConnectionSize: 200,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node()/nodes() reach every record type directly: record readers only; each record type
    // then checks the row itself (modules/records/access.ts).
    nodeQueryOptions: { authScopes: { recordReader: true } },
    nodesQueryOptions: { authScopes: { recordReader: true } },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Breadth counts every selected field (urql adds __typename to each object). The dashboard's
    // overview asks for its first paint in one request (user, clock, the filter bar's lists, the
    // KPI catalogue, nine tiles with their trends: about 350 fields, web/src/features/overview/
    // overview-start.ts), so 500; complexity (list fields × 10) stays the guard on the work.
    limit: { complexity: 20_000, depth: 10, breadth: 500 },
    complexityError: (kind, result) =>
      createGraphQLError(`Query exceeds the maximum ${kind.toLowerCase()}`, { extensions: { code: 'BAD_USER_INPUT', ...result } }),
  },
  scopeAuth: {
    // Subscriptions are refused when they start, not on each event.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      authenticated: ctx.actor.role !== 'ANONYMOUS',
      admin: ctx.actor.role === 'ADMIN',
      recordReader: ctx.actor.role === 'ADMIN' || ctx.actor.role === 'PARTNERSHIP_MEMBER' || ctx.actor.role === 'SECTOR_STAFF',
    }),
    // Anonymous callers are told to sign in; signed-in callers without the right are refused.
    unauthorizedError: (_parent, context, _info, result) =>
      context.actor.role === 'ANONYMOUS'
        ? createGraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } })
        : createGraphQLError(result.message || 'Not authorised', { extensions: { code: 'FORBIDDEN' } }),
  },
});

builder.scalarType('Date', {
  description: 'A calendar day, ISO 8601 (YYYY-MM-DD)',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error('Date must be YYYY-MM-DD');
    return value;
  },
});

// The GraphQL multipart request spec, which graphql-yoga parses: each file arrives as a WHATWG File.
builder.scalarType('File', {
  description: 'A file sent with the GraphQL multipart request spec (input only)',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
  // The server's fetch ponyfill has its own File class, so the shape is checked, not the class.
  parseValue: (value) => {
    const file = value as Partial<File> | null;
    if (typeof file?.name !== 'string' || typeof file.arrayBuffer !== 'function') {
      throw createGraphQLError('File must be sent as a file of a multipart request', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value as File;
  },
});

// Fail closed: every root field needs a signed-in user unless it opts out (only `login` does).
builder.queryType({ authScopes: { authenticated: true } });
builder.mutationType({ authScopes: { authenticated: true } });
builder.subscriptionType({ authScopes: { authenticated: true } });
