import { createGraphQLError } from 'graphql-yoga';

// Expected failures carry extensions.code; anything else is masked by yoga (maskedErrors).

export const unauthenticated = (message = 'Sign in first') =>
  createGraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export const forbidden = (message = 'Not authorised') => createGraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const badUserInput = (message: string) => createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

export const notFound = (message: string) => createGraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
