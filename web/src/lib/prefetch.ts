import { createRequest, makeResult, type AnyVariables, type DocumentInput, type Exchange, type Operation } from 'urql';
import { filter, fromPromise, map, merge, mergeMap, pipe, share, takeUntil, tap } from 'wonka';

// Answers that arrived before anyone asked. One request can bring the data of several
// components (the overview's first request, features/overview/overview-start.ts); each
// component still runs its own query, and this exchange answers it with its part of that one
// response instead of the network. It sits below urql's cacheExchange, so a prefetched answer
// is cached exactly like a network one, and it answers each part once: a refetch later
// (network-only, e.g. after a live data change) or a part whose answer failed goes to the network.

/** One component's query and variables, and its part of the shared response (undefined: not available). */
export interface PrefetchPart<Data = unknown, Variables extends AnyVariables = AnyVariables> {
  query: DocumentInput<Data, Variables>;
  variables: Variables;
  data: Promise<Data | undefined>;
}

export interface Prefetch {
  /** Goes right below the cacheExchange. */
  exchange: Exchange;
  /** Registers parts whose answers are on their way; a query asked before its part resolves waits for it. */
  expect(parts: PrefetchPart<any, any>[]): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Operation keys still waiting to be asked (for tests). */
  pending(): number[];
}

export function createPrefetch(): Prefetch {
  const parts = new Map<number, Promise<unknown>>();

  const exchange: Exchange = ({ forward }) => (operations$) => {
    const shared = share(operations$);
    const answerable = (op: Operation) => op.kind === 'query' && op.context.requestPolicy !== 'network-only' && parts.has(op.key);
    // Decided once per operation, when it arrives (the map changes as parts are answered).
    const routed = pipe(
      shared,
      map((op) => ({ op, prefetched: answerable(op) })),
      share,
    );
    const held = pipe(
      routed,
      filter((r) => r.prefetched),
      mergeMap(({ op }) =>
        pipe(
          fromPromise(parts.get(op.key)!.catch(() => undefined)),
          map((data) => ({ op, data })),
          takeUntil(pipe(shared, filter((t) => t.kind === 'teardown' && t.key === op.key))),
        ),
      ),
      tap(({ op }) => parts.delete(op.key)),
      share,
    );
    const answered = pipe(
      held,
      filter(({ data }) => data !== undefined),
      map(({ op, data }) => makeResult(op, { data: data as Record<string, unknown> })),
    );
    const fallBack = pipe(
      held,
      filter(({ data }) => data === undefined),
      map(({ op }) => op),
    );
    const passThrough = pipe(
      routed,
      filter((r) => !r.prefetched),
      map((r) => r.op),
    );
    return merge([answered, forward(merge([passThrough, fallBack]))]);
  };

  return {
    exchange,
    expect(next) {
      for (const part of next) parts.set(createRequest(part.query, part.variables).key, part.data);
    },
    pending: () => [...parts.keys()],
  };
}
