import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExecutionResult } from 'urql';
import { parseSseEvents, reconnectDelay, sseSubscriptions } from './sse-transport';

describe('parseSseEvents', () => {
  it('returns the complete events, skips pings and keeps an unfinished event for the next chunk', () => {
    // yoga's stream: a ping (":"), a `next` event, then half of another.
    const { events, rest } = parseSseEvents(':\n\nevent: next\ndata: {"data":{"a":1}}\n\nevent: next\ndata: {"da');
    expect(events).toEqual([{ event: 'next', data: '{"data":{"a":1}}' }]);
    expect(rest).toBe('event: next\ndata: {"da');
    // The rest completed by the next chunk, with CRLF line ends, and an empty `complete`.
    expect(parseSseEvents(rest + 'ta":{"a":2}}\r\n\r\nevent: complete\r\ndata:\r\n\r\n').events).toEqual([
      { event: 'next', data: '{"data":{"a":2}}' },
      { event: 'complete', data: '' },
    ]);
  });
});

describe('reconnectDelay', () => {
  it('doubles from one second up to thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(reconnectDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});

/** A fetch answer holding these SSE chunks; the stream then ends (a dropped connection). */
function sseResponse(chunks: string[], status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });
  return new Response(body, { status, headers: { 'content-type': 'text/event-stream' } });
}

const next = (data: unknown) => `event: next\ndata: ${JSON.stringify(data)}\n\n`;
const REQUEST = { query: 'subscription { dataChanged { at } }', operationName: undefined, variables: undefined, extensions: undefined };

afterEach(() => vi.unstubAllGlobals());

describe('sseSubscriptions', () => {
  it('sends the token, passes the events on, reconnects a dropped stream and says so, and stops on unsubscribe', async () => {
    const answers = [
      sseResponse([':\n\n', next({ data: { dataChanged: { at: 'A' } } })]),
      sseResponse([next({ data: { dataChanged: { at: 'B' } } })]),
    ];
    const fetch = vi.fn(async () => answers.shift() ?? new Promise<Response>(() => undefined));
    vi.stubGlobal('fetch', fetch);
    const onReconnect = vi.fn();
    const results: ExecutionResult[] = [];
    const complete = vi.fn();
    const subscription = sseSubscriptions({ url: '/graphql', token: () => 'T', onReconnect, delay: () => 0 })(REQUEST, undefined as never).subscribe({
      next: (r) => results.push(r),
      error: () => undefined,
      complete,
    });
    await vi.waitFor(() => expect(results).toHaveLength(2));
    // Two connections so far (the first dropped after event A), and a third one waiting.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
    expect(results.map((r) => (r.data as { dataChanged: { at: string } }).dataChanged.at)).toEqual(['A', 'B']);
    // The second connection is a reconnection (the page must refetch); the third never answers.
    expect(onReconnect).toHaveBeenCalledTimes(1);
    const init = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init[1].headers).toMatchObject({ accept: 'text/event-stream', authorization: 'Bearer T' });
    expect(JSON.parse(init[1].body as string)).toEqual({ query: REQUEST.query });
    subscription.unsubscribe();
    expect(complete).not.toHaveBeenCalled();
  });

  it('ends on a refusal (not signed in) instead of asking again', async () => {
    const refusal = { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] };
    const fetch = vi.fn(async () => sseResponse([next(refusal), 'event: complete\ndata:\n\n'], 401));
    vi.stubGlobal('fetch', fetch);
    const results: ExecutionResult[] = [];
    const complete = vi.fn();
    sseSubscriptions({ url: '/graphql', token: () => 'expired', delay: () => 0 })(REQUEST, undefined as never).subscribe({
      next: (r) => results.push(r),
      error: () => undefined,
      complete,
    });
    await vi.waitFor(() => expect(complete).toHaveBeenCalledTimes(1));
    expect(results).toEqual([refusal]);
    await new Promise((r) => setTimeout(r, 20));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stops instead of reconnecting once signed out (no token)', async () => {
    let token: string | null = 'T';
    const fetch = vi.fn(async () => {
      token = null; // signed out while the first stream was open
      return sseResponse([next({ data: { dataChanged: { at: 'A' } } })]);
    });
    vi.stubGlobal('fetch', fetch);
    const complete = vi.fn();
    sseSubscriptions({ url: '/graphql', token: () => token, delay: () => 0 })(REQUEST, undefined as never).subscribe({
      next: () => undefined,
      error: () => undefined,
      complete,
    });
    await vi.waitFor(() => expect(complete).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
