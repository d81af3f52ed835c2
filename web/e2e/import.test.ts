import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, launchBrowser, ROOT, signedInPage, startProduct, type Product } from './harness';

// "Gegevens laden" against the running product: an ADMIN uploads a counter export through the
// page, sees every error of a broken one (nothing saved) or the counts of a valid one, and the
// import history grows by one row each time.

const EXAMPLE = join(ROOT, 'examples', 'import');
const exampleFiles = () =>
  readdirSync(EXAMPLE)
    .sort()
    .map((name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(EXAMPLE, name)) }));

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  client = api(product.url);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const historyRows = (page: Page) => page.locator('table.import-history tbody tr');

async function upload(page: Page, files: ReturnType<typeof exampleFiles>) {
  await page.setInputFiles('#import-files', files);
  await page.getByRole('button', { name: 'Opladen' }).click();
}

describe('Gegevens laden', () => {
  it('is in the navigation of ADMIN only', async () => {
    const token = await client.login('lid@duaal.test');
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.goto(`${product.url}/overzicht`);
    await page.waitForSelector('nav.app-nav a');
    expect(await page.locator('nav.app-nav a', { hasText: 'Gegevens laden' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('lists the error of a broken export with file, line and field, then loads a valid one', async () => {
    const token = await client.login('admin@duaal.test');
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.goto(`${product.url}/overzicht`);
    await page.locator('nav.app-nav a', { hasText: 'Gegevens laden' }).click();
    await page.waitForSelector('main[data-view="import"] h1');
    // The demo data were generated in-process; the history starts with that import or is empty.
    await page.waitForSelector('table.import-history, #import-history-title ~ .state-empty', { timeout: 30_000 });
    const before = await historyRows(page).count();

    // Line 3 of enterprises.csv: 0765.432.146 is a valid KBO number (check 46), ...147 is not.
    const broken = exampleFiles().map((f) =>
      f.name === 'enterprises.csv' ? { ...f, buffer: Buffer.from(f.buffer.toString('utf8').replace('0765.432.146,Brasserie', '0765.432.147,Brasserie')) } : f,
    );
    await upload(page, broken);
    const failed = page.locator('.import-report[data-result="failed"]');
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.getByRole('alert').textContent()).toContain('er is niets opgeslagen');
    const firstError = failed.locator('tbody tr').first().locator('td');
    expect(await firstError.allTextContents()).toEqual(['enterprises.csv', '3', 'kbo_number', expect.any(String)]);
    await expect.poll(() => historyRows(page).count(), { timeout: 30_000 }).toBe(before + 1);
    const newest = historyRows(page).first();
    expect(await newest.getAttribute('data-result')).toBe('failed');
    expect(await newest.textContent()).toMatch(/Mislukt: \d+ fout/);
    expect(await newest.textContent()).toContain('admin@duaal.test');
    expect(await newest.textContent()).toContain('Dashboard');

    await upload(page, exampleFiles());
    const ok = page.locator('.import-report[data-result="ok"]');
    await ok.waitFor({ timeout: 120_000 });
    // recognitions.csv holds 15 rows: each one is new, changed or unchanged.
    const cells = await ok.locator('tr[data-file="recognitions.csv"] td').allTextContents();
    expect(cells.map((c) => Number(c.replace(/\D/g, ''))).reduce((a, b) => a + b, 0)).toBe(15);
    await expect.poll(() => historyRows(page).count(), { timeout: 30_000 }).toBe(before + 2);
    expect(await historyRows(page).first().getAttribute('data-result')).toBe('ok');
    expect(await historyRows(page).first().textContent()).toContain('Geslaagd');
    await context.close();
  }, 300_000);
});
