import type { ExecutionResult, SubscriptionForwarder } from 'urql';

// GraphQL subscriptions over Server-Sent Events as graphql-yoga serves them: POST /graphql with
// `Accept: text/event-stream`, events `next` (a result) and `complete`. A fetch-based reader
// rather than EventSource, which cannot send the bearer token.

export interface SseEvent {
  event: string;
  data: string;
}

/** The complete events at the start of `buffer` and the unfinished rest (comments are pings). */
export function parseSseEvents(buffer: string): { events: SseEvent[]; rest: string } {
  const text = buffer.replace(/\r\n?/g, '\n');
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: SseEvent[] = [];
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line === '') continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0 || event !== 'message') events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

/** Wait before reconnection attempt `attempt` (0, 1, …): 1 s, 2 s, 4 s, … at most 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** attempt);
}

export interface SseOptions {
  url: string;
  /** Read at every (re)connection: once signed out, the stream stops instead of reconnecting. */
  token: () => string | null;
  /** After a dropped connection came back: events may have been missed meanwhile. */
  onReconnect?: () => void;
  delay?: (attempt: number) => number;
}

/**
 * urql's subscriptionExchange transport. A dropped connection (network error, server restart, a
 * stream that ends without `complete`) is opened again with back-off; a GraphQL refusal
 * (e.g. UNAUTHENTICATED) and `complete` end the subscription.
 */
export function sseSubscriptions(options: SseOptions): SubscriptionForwarder {
  const delay = options.delay ?? reconnectDelay;
  return (request) => ({
    subscribe(sink) {
      let stopped = false;
      let controller: AbortController | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let attempt = 0;
      let connectedBefore = false;

      const finish = () => {
        stopped = true;
        sink.complete();
      };
      const retry = () => {
        if (stopped) return;
        timer = setTimeout(() => void connect(), delay(attempt));
        attempt += 1;
      };

      const connect = async () => {
        const token = options.token();
        if (!token) return finish();
        controller = new AbortController();
        try {
          const response = await fetch(options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
            body: JSON.stringify(request),
            signal: controller.signal,
          });
          if (!response.body || !(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
            return retry();
          }
          if (response.ok) {
            if (connectedBefore) options.onReconnect?.();
            connectedBefore = true;
            attempt = 0;
          }
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const parsed = parseSseEvents(buffer + value);
            buffer = parsed.rest;
            for (const e of parsed.events) {
              if (e.event === 'complete') return finish();
              if (e.event !== 'next' || !e.data) continue;
              const result = JSON.parse(e.data) as ExecutionResult;
              sink.next(result);
              // Refused (not signed in, not allowed): asking again would get the same answer.
              if (result.errors?.length && !result.data) return finish();
            }
          }
          retry();
        } catch {
          // Aborted by unsubscribe (stopped), or the network dropped: try again later.
          retry();
        }
      };

      void connect();
      return {
        unsubscribe() {
          stopped = true;
          clearTimeout(timer);
          controller?.abort();
        },
      };
    },
  });
}
