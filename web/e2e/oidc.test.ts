import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestProvider, type TestProvider } from '@duaal/server/testing/oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, axeViolations, freePort, launchBrowser, SCREENSHOTS, settled, startProduct, type Product } from './harness';

// Single sign-on in chromium against a real OpenID provider (oidc-provider, started here on a free
// port with our callback registered): the sign-in page offers "Aanmelden met Testaanmelding", the
// person signs in at the provider's own login form, and lands on the dashboard with the role and
// partnership of the ID token's claims (SECTOR_STAFF of Bouw), a user the demo never created.

let provider: TestProvider;
let product: Product;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const port = await freePort();
  provider = await startTestProvider({
    redirectUris: [`http://127.0.0.1:${port}/auth/oidc/callback`],
    accounts: {
      'sara.bouw': { email: 'sara.bouw@vlaanderen.test', name: 'Sara Bouw', role: 'DuaalMonitor-Sectormedewerker:OVO000123', partnership: 'BOUW' },
      // Known to the provider, but without a role of ours.
      'zonder.rol': { email: 'zonder.rol@vlaanderen.test', name: 'Zonder Rol', role: 'LED-Gebruiker:OVO000123' },
    },
  });
  product = await startProduct({
    startTimeoutMs: 600_000,
    env: {
      PORT: String(port),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_LABEL: 'Testaanmelding',
    },
  });
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await provider?.stop();
});

describe('single sign-on in the browser', () => {
  it('shows both ways in on the sign-in page (1280 px and 390 px); no serious axe violation', async () => {
    for (const [width, file] of [
      [1280, '30-sign-in-sso.png'],
      [390, '31-sign-in-sso-phone.png'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${product.url}/`);
      const sso = page.getByRole('link', { name: 'Aanmelden met Testaanmelding' });
      await sso.waitFor({ timeout: 30_000 });
      expect(await sso.getAttribute('href')).toBe('/auth/oidc/login');
      // The demo keeps its local accounts beside single sign-on.
      expect(await page.getByLabel('E-mailadres').count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('signs in at the provider and lands on the dashboard as SECTOR_STAFF of Bouw, from the claims', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${product.url}/`);
    await page.getByRole('link', { name: 'Aanmelden met Testaanmelding' }).click();

    // The provider's development login form (any password), then its consent page.
    await page.waitForURL((u) => u.href.startsWith(provider.issuer), { timeout: 30_000 });
    await page.locator('input[name="login"]').fill('sara.bouw');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Back on the dashboard, signed in: the header names the person, the role and the partnership.
    await page.waitForURL((u) => u.origin === product.url, { timeout: 30_000 });
    const user = page.locator('header .user');
    await user.waitFor({ timeout: 60_000 });
    expect(await user.getAttribute('data-role')).toBe('SECTOR_STAFF');
    expect(await user.textContent()).toContain('Sara Bouw');
    expect(await user.textContent()).toContain('Bouw');
    // The work lists are for sector staff: the navigation offers them.
    expect(await page.getByRole('link', { name: 'Opvolging' }).count()).toBe(1);
    // The one-time code is gone from the address bar; our token is in the tab's session storage.
    expect(new URL(page.url()).hash).toBe('');
    const token = await page.evaluate(() => localStorage.getItem('duaal-monitor.token'));
    expect(token).toBeTruthy();
    const me = await api(product.url).request<{ me: { email: string; role: string; partnership: { code: string } | null } }>(
      '{ me { email role partnership { code } } }',
      {},
      token!,
    );
    expect(me.data?.me).toEqual({ email: 'sara.bouw@vlaanderen.test', role: 'SECTOR_STAFF', partnership: { code: 'BOUW' } });
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, '32-signed-in-sso.png') });
    await context.close();
  });

  it('refuses a person without a role of ours with a page that says why, and lets nobody in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${product.url}/`);
    await page.getByRole('link', { name: 'Aanmelden met Testaanmelding' }).click();
    await page.waitForURL((u) => u.href.startsWith(provider.issuer), { timeout: 30_000 });
    await page.locator('input[name="login"]').fill('zonder.rol');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Aanmelden mislukt' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/auth/oidc/callback');
    expect(await page.locator('code').textContent()).toBe('role: no role of Duaal Monitor in claim "role" of zonder.rol@vlaanderen.test: ["LED-Gebruiker:OVO000123"]');
    await page.screenshot({ path: join(SCREENSHOTS, '33-sso-refused.png') });
    expect(await axeViolations(page)).toEqual([]);
    // Back to the sign-in page, still anonymous.
    await page.getByRole('link', { name: 'Terug naar aanmelden' }).click();
    await page.getByRole('link', { name: 'Aanmelden met Testaanmelding' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => localStorage.getItem('duaal-monitor.token'))).toBeNull();
    await context.close();
  });
});
