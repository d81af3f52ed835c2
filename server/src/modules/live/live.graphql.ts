import { builder } from '../../graphql/builder.js';
import { onAccessChange } from '../auth/access-changes.js';
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
    // Ends at once when an administrator deactivates (or reactivates) the subscriber: the stream
    // was authorised with a token that no longer works.
    subscribe: (_root, _args, ctx) =>
      ctx.actor.userId === null ? subscribeToDataChanges(ctx.db) : untilAccessChanges(subscribeToDataChanges(ctx.db), (stop) => onAccessChange(ctx.db, ctx.actor.userId!, stop)),
    resolve: (change) => change,
  }),
}));

/** The events of `source` until `watch` calls its stop callback; then the stream completes. */
export async function* untilAccessChanges<T>(source: AsyncIterable<T>, watch: (stop: () => void) => () => void): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let stop!: () => void;
  const stopped = new Promise<{ done: true; value: undefined }>((resolve) => {
    stop = () => resolve({ done: true, value: undefined });
  });
  const unwatch = watch(stop);
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), stopped]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    unwatch();
    // Not awaited: a source blocked in its next() would hold the end of the stream.
    void iterator.return?.();
  }
}
