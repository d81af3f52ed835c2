import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Actor } from '../modules/auth/actor.js';

// Yoga plugins that decide, per request, how much of the schema a caller may learn.

/** What the server context carries before the GraphQL context exists (set by useActor). */
export interface SecurityServerContext {
  /** The caller's address, given by the listener (http-server.ts). */
  clientAddress?: string;
  auth?: { actor: Actor } | { error: unknown };
}

/**
 * Reads the bearer token once, before parsing and validation, so that validation already knows
 * whether the caller is signed in. A bad token is kept and thrown when the context is built.
 */
export function useActor(resolveActor: (request: Request) => Promise<Actor>): Plugin<SecurityServerContext> {
  return {
    async onParams({ request, context }) {
      const serverContext = context as SecurityServerContext;
      try {
        serverContext.auth = { actor: await resolveActor(request) };
      } catch (error) {
        serverContext.auth = { error };
      }
    },
  };
}

/** The actor the useActor hook found; rethrows a bad token's error. */
export function actorOf(serverContext: SecurityServerContext): Actor {
  const auth = serverContext.auth;
  if (!auth) throw new Error('useActor did not run before the context was built');
  if ('error' in auth) throw auth.error;
  return auth.actor;
}

const mayExplore = (context: SecurityServerContext, production: boolean) =>
  !production && context.auth !== undefined && 'actor' in context.auth && context.auth.actor.role !== 'ANONYMOUS';

const SUGGESTION = /\s*Did you mean .+\?$/;

/**
 * Introspection (`__schema`, `__type`) and "Did you mean …" suggestions map the API for an
 * attacker: both are off for anonymous callers and for everyone in production. The dashboard's
 * types come from the checked-in schema.graphql, not from live introspection.
 */
export function useSchemaPrivacy({ production }: { production: boolean }): Plugin<SecurityServerContext> {
  return {
    onValidate({ context, addValidationRule }) {
      if (mayExplore(context as SecurityServerContext, production)) return;
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) =>
            SUGGESTION.test(error.message)
              ? new GraphQLError(error.message.replace(SUGGESTION, ''), { nodes: error.nodes, source: error.source, positions: error.positions, extensions: error.extensions })
              : error,
          ),
        );
      };
    },
  };
}
