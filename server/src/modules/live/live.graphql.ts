import { builder } from '../../graphql/builder.js';
import { DATA_CHANGE_SOURCES, subscribeToDataChanges, type DataChange } from './data-changes.js';

// docs/live-updates.md: an open dashboard subscribes (Server-Sent Events) and asks its figures
// again on each event. The event says only when and what kind of data changed: no figures, so
// it carries nothing a role may not see.

const DataChangeSourceEnum = builder.enumType('DataChangeSource', {
  values: {
    IMPORT: { description: 'An import in the server process (the dashboard upload, the API).' },
    FOLLOW_UP: { description: 'A follow-up action recorded, corrected or deleted in the monitor (K19).' },
    OTHER_PROCESS: { description: 'A commit of another process or connection on the same database (the CLI `npm run import`, an upload worker).' },
  } satisfies Record<(typeof DATA_CHANGE_SOURCES)[number], object>,
});

const DataChangeRef = builder.objectRef<DataChange>('DataChange').implement({
  description: 'The stored data changed: figures computed before this instant may be out of date.',
  fields: (t) => ({
    at: t.exposeString('at', { description: 'When the change was seen (ISO 8601 instant, UTC).' }),
    source: t.field({ type: DataChangeSourceEnum, resolve: (c) => c.source }),
    tables: t.exposeStringList('tables', {
      description: 'The tables or import files that changed (snake_case, e.g. "recognitions"); empty when unknown.',
    }),
  }),
});

builder.subscriptionFields((t) => ({
  dataChanged: t.field({
    type: DataChangeRef,
    description: 'One event per committed data change (an import burst gives one event). Requires a signed-in user.',
    authScopes: { authenticated: true },
    subscribe: (_root, _args, ctx) => subscribeToDataChanges(ctx.db),
    resolve: (change) => change,
  }),
}));
