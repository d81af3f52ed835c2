import { GraphQLError, type ExecutionResult } from 'graphql';
import { createGraphQLError, handleStreamOrSingleExecutionResult, maskError, type Plugin, type YogaMaskedErrorOpts } from 'graphql-yoga';
import { ServiceError } from '../errors.js';

// The one place a service's ServiceError becomes a GraphQL error: its message, extensions.code and
// detail (record, field, argument, ...), and the HTTP status a client or proxy reads. Any other
// error is masked as yoga does by default ("Unexpected error.") and logged.

function httpOf(error: ServiceError) {
  if (error.code === 'UNAUTHENTICATED') return { status: 401 };
  if (error.code === 'TOO_MANY_ATTEMPTS') return { status: 429, headers: { 'retry-after': String(error.detail.retryAfterSeconds ?? 60) } };
  return undefined;
}

export function toGraphQLError(error: ServiceError, at?: GraphQLError): GraphQLError {
  const http = httpOf(error);
  return createGraphQLError(error.message, {
    nodes: at?.nodes,
    source: at?.source,
    positions: at?.positions,
    path: at?.path,
    extensions: { code: error.code, ...error.detail, ...(http ? { http } : {}) },
  });
}

const serviceErrorOf = (error: unknown) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  return original instanceof ServiceError ? original : null;
};

/** For errors outside an execution result (yoga's maskedErrors.maskError). */
export const maskServiceErrors: YogaMaskedErrorOpts['maskError'] = (error, message, isDev) => {
  const service = serviceErrorOf(error);
  if (service) return toGraphQLError(service, error instanceof GraphQLError ? error : undefined);
  return maskError(error, message, isDev);
};

function mapResult(result: ExecutionResult, setResult: (result: ExecutionResult) => void): void {
  if (!result.errors?.some((e) => serviceErrorOf(e))) return;
  setResult({ ...result, errors: result.errors.map((e) => { const service = serviceErrorOf(e); return service ? toGraphQLError(service, e) : e; }) });
}

/**
 * Maps ServiceErrors in each result before yoga's error masking sees them (the plugins of
 * createYoga run before it), so expected failures are answered, not logged as unexpected.
 */
export function useServiceErrors(): Plugin {
  const onDone = { onExecuteDone: (payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0]) => handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => mapResult(result, setResult)) };
  return {
    onExecute: () => onDone,
    onSubscribe: () => ({
      onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => mapResult(result, setResult)),
    }),
  };
}
