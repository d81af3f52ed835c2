import { afterEach, describe, expect, it, vi } from 'vitest';

// The single sign-on callback ends at /#sso=<one-time code>: the dashboard reads the code once
// and removes it from the address bar, so it is neither in the history nor in a copied link.

function fakeWindow(href: string) {
  const url = new URL(href);
  const replaced: string[] = [];
  const window = {
    location: { hash: url.hash, pathname: url.pathname, search: url.search },
    history: { state: null, replaceState: (_state: unknown, _title: string, next: string) => replaced.push(next) },
  };
  vi.stubGlobal('window', window);
  return replaced;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('takeSignInCode', () => {
  it('reads the code of /#sso=…, removes the fragment (keeping path and query), and answers the same on a second call', async () => {
    const replaced = fakeWindow('http://monitor.test/provincies?jaar=2025-2026#sso=AbC_123-xyz');
    const { takeSignInCode } = await import('./session');
    expect(takeSignInCode()).toBe('AbC_123-xyz');
    expect(replaced).toEqual(['/provincies?jaar=2025-2026']);
    // React may run the reader twice (StrictMode): the same code, and the URL is not touched again.
    expect(takeSignInCode()).toBe('AbC_123-xyz');
    expect(replaced).toHaveLength(1);
  });

  it('leaves any other fragment alone', async () => {
    const replaced = fakeWindow('http://monitor.test/#sso=<script>');
    const { takeSignInCode } = await import('./session');
    expect(takeSignInCode()).toBeNull();
    expect(replaced).toEqual([]);
  });
});
