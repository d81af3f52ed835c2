import { describe, expect, it } from 'vitest';
import { createClock } from './clock.js';
import { readEnv } from './env.js';

describe('the server clock', () => {
  it('reads today in Brussels from the instant, not the UTC date', () => {
    const clock = createClock(undefined, () => new Date('2026-11-28T23:30:00Z'));
    expect(clock.today()).toBe('2026-11-29');
  });

  it('honours a fixed TODAY and rejects a malformed one naming the setting', () => {
    expect(createClock('2025-02-01', () => new Date('2026-11-28T23:30:00Z')).today()).toBe('2025-02-01');
    expect(readEnv({ TODAY: '2026-11-29' }).TODAY).toBe('2026-11-29');
    expect(() => readEnv({ TODAY: '2026-02-30' })).toThrow(/TODAY/);
  });
});
