import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors.js';
import { maskServiceErrors } from './service-errors.js';

// A service's ServiceError reaches the client with its message, code and detail; yoga hands the
// mask the GraphQLError that wraps what a resolver threw (originalError). Anything else is masked.

const wrapped = (original: Error) => new GraphQLError(original.message, { path: ['mentor', 'name'], originalError: original });

describe('maskServiceErrors', () => {
  it('keeps message, code, detail and path of a ServiceError', () => {
    const error = maskServiceErrors(wrapped(new ServiceError('NOT_FOUND', 'No training with code "X"', { record: 'training X', field: 'trainingCode' })), 'Unexpected error.', false);
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    expect(e.message).toBe('No training with code "X"');
    expect(e.path).toEqual(['mentor', 'name']);
    expect(e.extensions).toEqual({ code: 'NOT_FOUND', record: 'training X', field: 'trainingCode' });
  });

  it('gives UNAUTHENTICATED status 401 and TOO_MANY_ATTEMPTS 429 with Retry-After', () => {
    const unauthenticated = maskServiceErrors(wrapped(new ServiceError('UNAUTHENTICATED', 'Sign in first')), '', false) as GraphQLError;
    expect(unauthenticated.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    const locked = maskServiceErrors(wrapped(new ServiceError('TOO_MANY_ATTEMPTS', 'wait', { retryAfterSeconds: 120 })), '', false) as GraphQLError;
    expect(locked.extensions).toEqual({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 120, http: { status: 429, headers: { 'retry-after': '120' } } });
  });

  it('masks any other error', () => {
    const error = maskServiceErrors(wrapped(new Error('SQLITE_ERROR: no such column secret')), 'Unexpected error.', false) as GraphQLError;
    expect(error.message).toBe('Unexpected error.');
    expect(error.extensions.code).not.toBe('NOT_FOUND');
    expect(JSON.stringify(error)).not.toContain('secret');
  });
});
