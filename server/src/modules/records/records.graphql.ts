import { builder } from '../../graphql/builder.js';

// Shared pieces of the record connections; the record types live in their domain modules.

export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

/** Scope-auth options shared by every record connection: record readers only (not POLICYMAKER). */
export const RECORD_READERS = { recordReader: true } as const;
