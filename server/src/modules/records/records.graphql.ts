import { STATUS_SOURCES } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';

// Shared pieces of the record connections; the record types live in their domain modules.

export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

export const StatusSourceEnum = builder.enumType('StatusSource', {
  description:
    'Where an effective status comes from: EXPORT, the status as the counter exported it; CALENDAR, derived from the record’s dates as of today (an open status that ran into its date).',
  values: STATUS_SOURCES,
});

/** Scope-auth options shared by every record connection: record readers only (not POLICYMAKER). */
export const RECORD_READERS = { recordReader: true } as const;
