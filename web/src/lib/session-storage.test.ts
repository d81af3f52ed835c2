import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readToken, storeToken, tokenExpiry, TOKEN_KEY } from './session';

/** A Storage in memory (the tests run in Node, without a browser). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

/** A token-shaped string with the given exp (seconds); the signature is not checked here. */
const token = (exp: number) => `x.${Buffer.from(JSON.stringify({ sub: '1', exp })).toString('base64url')}.sig`;

describe('the stored session', () => {
  beforeEach(() => {
    Object.assign(globalThis, { localStorage: memoryStorage(), sessionStorage: memoryStorage() });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  it('is shared through localStorage, so a new tab of the browser finds it', () => {
    const t = token(2_000_000_000);
    storeToken(t);
    expect(localStorage.getItem(TOKEN_KEY)).toBe(t);
    expect(readToken(1_000_000_000_000)).toBe(t);
  });

  it('reads the expiry from the token and drops an expired token', () => {
    // exp 1 800 000 000 s = 1 800 000 000 000 ms.
    const t = token(1_800_000_000);
    expect(tokenExpiry(t)).toBe(1_800_000_000_000);
    storeToken(t);
    expect(readToken(1_799_999_999_999)).toBe(t);
    expect(readToken(1_800_000_000_000)).toBeNull();
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('signs out everywhere: both storages emptied', () => {
    storeToken(token(2_000_000_000));
    sessionStorage.setItem(TOKEN_KEY, token(2_000_000_000));
    storeToken(null);
    expect([localStorage.getItem(TOKEN_KEY), sessionStorage.getItem(TOKEN_KEY)]).toEqual([null, null]);
    expect(tokenExpiry('not-a-token')).toBeNull();
  });
});
