import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, axeViolations, launchBrowser, SCREENSHOTS, signedInPage, startProduct, type Product } from './harness';

// Issue 9, "Beheer" against the running product: an ADMIN adds a sector staff member, who opens
// the one-time link in a fresh browser, chooses a password and lands on the dashboard with that
// role; the ADMIN deactivates them and their open page is refused at its next request; the audit
// log filtered on that user shows the sign-in.

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  product = await startProduct();
  browser = await launchBrowser();
  client = api(product.url);
  // Building the web and generating the demo take minutes on the shared machine.
}, 720_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const NEW_EMAIL = 'nieuwe.collega@bouw.test';
const NEW_PASSWORD = 'een-lang-wachtwoord-2026';

describe('Beheer', () => {
  it('is in the navigation of ADMIN only', async () => {
    const token = await client.login('bouw@duaal.test');
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.goto(`${product.url}/overzicht`);
    await page.waitForSelector('nav.app-nav a');
    expect(await page.locator('nav.app-nav a', { hasText: 'Beheer' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('adds a sector staff member by link, who signs in; deactivated, their page is refused; the audit log shows it', async () => {
    const adminToken = await client.login('admin@duaal.test');
    const admin = await signedInPage(browser, product.url, adminToken);
    await admin.page.goto(`${product.url}/overzicht`);
    await admin.page.locator('nav.app-nav a', { hasText: 'Beheer' }).click();
    await admin.page.waitForSelector('main[data-view="beheer"] table.users-table tbody tr');

    // Add: SECTOR_STAFF needs a partnership (the select is enabled only for that role).
    const form = admin.page.locator('form.add-user-form');
    // (By name: a label around a select also carries the selected option's text.)
    await form.locator('input[name="name"]').fill('Nieuwe Collega');
    await form.locator('input[name="email"]').fill(NEW_EMAIL);
    await form.locator('select[name="role"]').selectOption('SECTOR_STAFF');
    await form.locator('select[name="partnership"]').selectOption('BOUW');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    const linkInput = admin.page.locator('[data-invitation-link]');
    await linkInput.waitFor({ timeout: 30_000 });
    const link = await linkInput.inputValue();
    expect(link).toMatch(new RegExp(`^${product.url}/welkom#code=[A-Za-z0-9_-]{43}$`));
    const newRow = admin.page.locator(`tr[data-email="${NEW_EMAIL}"]`);
    await newRow.waitFor();
    expect(await newRow.getAttribute('data-status')).toBe('INVITED');
    expect(await admin.page.locator('.invitation-link').textContent()).toContain('vervalt op 06-12-2026');
    await admin.page.screenshot({ path: join(SCREENSHOTS, 'admin-users-1280.png'), fullPage: true });
    expect(await axeViolations(admin.page)).toEqual([]);

    // The link in a fresh context (no token): choose the password, land on the dashboard as SECTOR_STAFF of Bouw.
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const newcomer = await fresh.newPage();
    await newcomer.goto(link);
    await newcomer.waitForSelector('#welcome-title');
    expect(await axeViolations(newcomer)).toEqual([]);
    await newcomer.screenshot({ path: join(SCREENSHOTS, 'admin-welcome-390.png'), fullPage: true });
    await newcomer.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await newcomer.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
    await newcomer.getByRole('button', { name: 'Wachtwoord instellen en aanmelden' }).click();
    await newcomer.waitForSelector('main[data-view="overzicht"]', { timeout: 60_000 });
    expect(new URL(newcomer.url()).pathname).toBe('/overzicht');
    expect(new URL(newcomer.url()).hash).toBe('');
    expect(await newcomer.locator('.user[data-role="SECTOR_STAFF"]').textContent()).toContain('Bouw');
    // Opvolging is for sector staff: in their navigation; Beheer is not.
    expect(await newcomer.locator('nav.app-nav a', { hasText: 'Opvolging' }).count()).toBe(1);
    expect(await newcomer.locator('nav.app-nav a', { hasText: 'Beheer' }).count()).toBe(0);

    // The same link a second time: refused.
    const again = await fresh.newPage();
    await again.goto(link);
    await again.getByLabel('Nieuw wachtwoord').fill('nog-een-ander-wachtwoord');
    await again.getByLabel('Herhaal het wachtwoord').fill('nog-een-ander-wachtwoord');
    await again.getByRole('button', { name: 'Wachtwoord instellen en aanmelden' }).click();
    expect(await again.getByRole('alert').textContent()).toContain('al gebruikt of vervallen');
    await again.close();

    // Deactivate: the newcomer's open page is refused at its next request (back to the sign-in screen).
    await admin.page.reload();
    await newRow.waitFor();
    expect(await newRow.getAttribute('data-status')).toBe('ACTIVE');
    await newRow.getByRole('button', { name: 'Uitschakelen: Nieuwe Collega' }).click();
    await expect.poll(() => newRow.getAttribute('data-status'), { timeout: 30_000 }).toBe('DEACTIVATED');
    await newcomer.locator('nav.app-nav a', { hasText: 'Sectoren' }).click();
    await newcomer.waitForSelector('#login-title', { timeout: 30_000 });
    // Signing in again with the right password is refused like a wrong one.
    await newcomer.getByLabel('E-mailadres').fill(NEW_EMAIL);
    await newcomer.getByLabel('Wachtwoord').fill(NEW_PASSWORD);
    await newcomer.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await newcomer.getByRole('alert').textContent()).toContain('Aanmelden mislukt');
    await fresh.close();

    // The audit log, filtered on the new user: their sign-in (through the link), then the refused one.
    await admin.page.getByRole('tab', { name: 'Auditlogboek' }).click();
    await admin.page.waitForSelector('table.audit-table');
    // The default range ends on the clock's today (TODAY=2026-11-29) and starts 30 days before.
    expect(await admin.page.locator('[data-period]').textContent()).toBe('Periode: 30-10-2026 tot en met 29-11-2026 (dagen in Brussel).');
    // The rows carry the real instant, which need not fall on that fixed day: no range from here on.
    await admin.page.locator('.audit-filters input[type="date"]').first().fill('');
    await admin.page.locator('.audit-filters input[type="date"]').last().fill('');
    const userSelect = admin.page.locator('select[name="audit-user"]');
    await userSelect.locator('option', { hasText: NEW_EMAIL }).waitFor({ state: 'attached' });
    const userValue = await userSelect.locator('option', { hasText: NEW_EMAIL }).getAttribute('value');
    await userSelect.selectOption(userValue!);
    await expect
      .poll(async () => admin.page.locator('table.audit-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))), { timeout: 30_000 })
      .toEqual(['login_failed', 'login', 'invitation_accepted']);
    expect(await admin.page.locator('.table-count').textContent()).toBe('1–3 van 3');
    expect(await axeViolations(admin.page)).toEqual([]);
    await admin.page.screenshot({ path: join(SCREENSHOTS, 'admin-audit-1280.png'), fullPage: true });
    // Unfiltered on user, the admin's own add and deactivation are there too.
    await userSelect.selectOption('');
    await admin.page.locator('select[name="audit-action"]').selectOption('user_deactivated');
    await expect.poll(() => admin.page.locator('table.audit-table tbody tr').count(), { timeout: 30_000 }).toBe(1);
    expect(await admin.page.locator('table.audit-table tbody tr td').nth(1).textContent()).toContain('admin@duaal.test');

    // The phone: the audit tab at 390 px.
    await admin.page.setViewportSize({ width: 390, height: 844 });
    await admin.page.screenshot({ path: join(SCREENSHOTS, 'admin-audit-390.png'), fullPage: true });
    await admin.context.close();
  }, 300_000);
});
