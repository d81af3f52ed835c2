// Expected failures of the services: a plain error with a code the API keeps (extensions.code) and
// where it lies (record, field, argument). Services know nothing of GraphQL;
// graphql/service-errors.ts maps these once, and yoga masks anything else (maskedErrors).

export type ServiceErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_ATTEMPTS'
  | 'LOCAL_SIGN_IN_DISABLED'
  | 'QUERY_TIMEOUT';

export interface ServiceErrorDetail {
  /** The record the error is about (e.g. `mentor 12`). */
  record?: string;
  /** The input field at fault. */
  field?: string;
  /** The query argument at fault (KPI inputs). */
  argument?: string;
  /** TOO_MANY_ATTEMPTS: seconds until the lockout ends. */
  retryAfterSeconds?: number;
  /** QUERY_TIMEOUT: the request's budget. */
  budgetMs?: number;
}

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly detail: ServiceErrorDetail = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const unauthenticated = (message = 'Sign in first') => new ServiceError('UNAUTHENTICATED', message);

export const forbidden = (message = 'Not authorised') => new ServiceError('FORBIDDEN', message);

export const badUserInput = (message: string, detail: ServiceErrorDetail = {}) => new ServiceError('BAD_USER_INPUT', message, detail);

export const notFound = (message: string, detail: ServiceErrorDetail = {}) => new ServiceError('NOT_FOUND', message, detail);
