import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_TABLES } from '@duaal/shared';
import { api, axeViolations, launchBrowser, ROOT, SCREENSHOTS, signedInPage, startProduct, type Product } from './harness';

// Rapport against the running product (demo history up to 2026-11-29): the annual report of
// 2022-2023 and 2021-2022 on screen, the workbook it downloads, the page chromium prints to PDF,
// and the same suppression for a policymaker in all three.

const ARTIFACTS = join(ROOT, 'artifacts');
const TABLES = ANNUAL_REPORT_TABLES.length;

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;
let adminToken: string;
let policyToken: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  product = await startProduct();
  browser = await launchBrowser();
  client = api(product.url);
  adminToken = await client.login('admin@duaal.test');
  policyToken = await client.login('beleid@duaal.test');
}, 720_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function openReport(page: Page, year: string) {
  await page.goto(`${product.url}/rapport?jaar=${year}`);
  await page.waitForFunction((n) => document.querySelectorAll('.report-table').length === n, TABLES, { timeout: 180_000 });
}

/** Every table on screen: its caption and, per body row, the row label and the cell texts. */
function screenTables(page: Page) {
  return page.$$eval('.report-table', (figures) =>
    figures.map((f) => ({
      key: f.getAttribute('data-table'),
      caption: f.querySelector('caption')?.textContent ?? '',
      header: [...f.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
      rows: [...f.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')?.textContent ?? '', ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')]),
    })),
  );
}

/** "12.412" → 12412 (Dutch display), symbols stay text. */
const parseNl = (s: string) => (/^−?[\d.]+(,\d+)?$/.test(s) ? Number(s.replace(/\./g, '').replace(',', '.').replace('−', '-')) : s);

describe('Rapport', () => {
  it('shows every table of 2022-2023 in the report order with the previous year and the published figures', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await openReport(page, '2022-2023');
    const tables = await screenTables(page);
    expect(tables.map((t) => t.caption.split(':')[0])).toEqual(ANNUAL_REPORT_TABLES.map((t) => `${t.number.startsWith('759') ? 'Vraag' : 'Tabel'} ${t.number}`));
    const t12 = tables.find((t) => t.key === 'applicationsByPartnership')!;
    expect(t12.header.slice(1, 3)).toEqual(['Nieuw 2022-2023', 'Nieuw 2021-2022']);
    // The screen shows what the API computes (admin): the total row of Tabel 12.
    const r = await client.request<{ annualReport: { tables: { key: string; rows: { isTotal: boolean; cells: { value: number }[] }[] }[] } }>(
      'query { annualReport(schoolYear: "2022-2023") { tables { key rows { isTotal cells { value } } } } }',
      {},
      adminToken,
    );
    const apiTotal = r.data!.annualReport.tables.find((t) => t.key === 'applicationsByPartnership')!.rows.find((x) => x.isTotal)!.cells.map((c) => c.value);
    const screenTotal = t12.rows.at(-1)!;
    expect([parseNl(screenTotal[1]!), parseNl(screenTotal[3]!), parseNl(screenTotal[5]!)]).toEqual(apiTotal);
    await expect.poll(() => page.locator('.report-sentences').first().textContent()).toMatch(/In 2022-2023 werden [\d.]+ overeenkomsten/);
    expect(await page.locator('.report-sentences').nth(1).textContent()).toMatch(/In 2022-2023 werden [\d.]+ aanvragen ingediend, [\d.]+ nieuwe en [\d.]+ hernieuwingen \([+−]\d+,\d % tegenover 2021-2022\)/);

    await page.getByLabel('Gepubliceerd cijfer tonen (jaarrapport 2022-2023) en het verschil').check();
    await expect.poll(async () => (await screenTables(page)).find((t) => t.key === 'applicationsByPartnership')!.header).toContain('Totaal gepubliceerd');
    const withPublished = (await screenTables(page)).find((t) => t.key === 'applicationsByPartnership')!;
    const col = withPublished.header.indexOf('Totaal gepubliceerd');
    expect(withPublished.rows.at(-1)![col]).toBe('12.412');
    await page.screenshot({ path: join(SCREENSHOTS, 'report-01-2022-2023.png') });
    await page.locator('#tabel-applicationsByPartnership').screenshot({ path: join(SCREENSHOTS, 'report-02-tabel-12-gepubliceerd.png') });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 300_000);

  it('shows 2021-2022 with 2020-2021 beside it, and no published figures', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await openReport(page, '2022-2023');
    await page.getByLabel('Schooljaar').selectOption('2021-2022');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 120_000 }).toBe('Jaarrapport duaal leren 2021-2022');
    await page.waitForFunction(() => document.querySelector('.report-table thead th:nth-child(2)')?.textContent?.includes('2021-2022'), undefined, { timeout: 180_000 });
    const tables = await screenTables(page);
    expect(tables).toHaveLength(TABLES);
    expect(tables.find((t) => t.key === 'applicationsByPartnership')!.header.slice(1, 3)).toEqual(['Nieuw 2021-2022', 'Nieuw 2020-2021']);
    expect(await page.getByLabel('Gepubliceerd cijfer tonen (jaarrapport 2022-2023) en het verschil').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('jaar')).toBe('2021-2022');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'report-03-2021-2022-phone.png') });
    await context.close();
  }, 300_000);

  it('downloads one workbook with a sheet per table holding the rows on screen', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await openReport(page, '2022-2023');
    const screen = await screenTables(page);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Rapport downloaden (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toBe('jaarrapport-2022-2023.xlsx');
    const sheets = await readXlsxFile(readFileSync((await download.path())!));
    expect(sheets).toHaveLength(TABLES);
    sheets.forEach((sheet, i) => {
      const table = screen[i]!;
      expect(String(sheet.data[0]![0])).toBe(table.caption);
      // Header at row 4, then exactly the rows on screen, label and every cell.
      const body = sheet.data.slice(4, 4 + table.rows.length);
      expect(body.map((row) => row.slice(0, table.rows[0]!.length).map((v) => (v === null ? '' : v)))).toEqual(table.rows.map((row) => row.map((c, j) => (j === 0 ? c : parseNl(c)))));
      expect(sheet.data[4 + table.rows.length]!.every((v) => v === null)).toBe(true);
      expect(String(sheet.data[5 + table.rows.length]![0])).toMatch(/^1\. /);
    });
    await context.close();
  }, 300_000);

  it('prints to an A4 PDF with a title page and every table, without the navigation', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await openReport(page, '2022-2023');
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('.app-nav')!).display,
      header: getComputedStyle(document.querySelector('.app-header')!).display,
      controls: getComputedStyle(document.querySelector('.report-controls')!).display,
      titleBreak: getComputedStyle(document.querySelector('.report-title-page')!).breakAfter,
      sectionBreaks: [...document.querySelectorAll('.report-section')].map((s) => getComputedStyle(s).breakBefore),
      visibleTables: [...document.querySelectorAll('.report-table')].filter((t) => (t as HTMLElement).offsetHeight > 0).length,
      title: document.querySelector('.report-title-page')!.textContent,
    }));
    expect(print).toMatchObject({ nav: 'none', header: 'none', controls: 'none', titleBreak: 'page', visibleTables: TABLES });
    expect(print.sectionBreaks.every((b) => b === 'page')).toBe(true);
    expect(print.title).toMatch(/Jaarrapport duaal leren 2022-2023.*Gegevens van \d\d-\d\d-\d{4}/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, 'report-2022-2023.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // A title page, then every section from a new page: at least 1 + 9 sections.
    expect(pages).toBeGreaterThanOrEqual(1 + print.sectionBreaks.length);
    // Two pages as printed: the title page and the first section (print media, A4 width at 96 dpi).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(SCREENSHOTS, 'report-04-print-title-page.png') });
    const top = await page.locator('.report-section').nth(1).evaluate((s) => s.getBoundingClientRect().top + window.scrollY);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-05-print-section-page.png'), clip: { x: 0, y: top, width: 794, height: 1123 }, fullPage: true });
    await context.close();
  }, 300_000);

  it('keeps small person counts suppressed for a policymaker in the view, the workbook and the PDF', async () => {
    const { context, page } = await signedInPage(browser, product.url, policyToken);
    await openReport(page, '2022-2023');
    const screen = await screenTables(page);
    const personTables = ['terminationReasons', 'mentorsByPartnership', 'mentorRemovals', 'agreementsBySystem', 'agreementsByType'];
    const suppressed = screen.filter((t) => personTables.includes(t.key!)).flatMap((t) => t.rows.flatMap((r) => r.slice(1).filter((c) => c === '•')));
    expect(suppressed.length).toBeGreaterThan(0);
    // Every person count shown is 0 or a multiple of 5 (rounded), never 1…4.
    for (const t of screen.filter((x) => personTables.includes(x.key!))) {
      for (const r of t.rows) for (const c of r.slice(1)) {
        const v = parseNl(c);
        if (typeof v === 'number') expect(v % 5, `${t.key} ${r[0]}`).toBe(0);
      }
    }
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Rapport downloaden (XLSX)' }).click()]);
    const sheets = await readXlsxFile(readFileSync((await download.path())!));
    const suppressedInSheets = sheets.flatMap((s, i) => (personTables.includes(screen[i]!.key!) ? s.data.slice(4, 4 + screen[i]!.rows.length).flat().filter((v) => v === '•') : []));
    expect(suppressedInSheets.length).toBe(suppressed.length);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('.report-table td.status-suppressed', (cells) => cells.filter((c) => (c as HTMLElement).offsetHeight > 0).length);
    expect(printed).toBeGreaterThanOrEqual(suppressed.length);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, 'report-2022-2023-beleid.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#tabel-agreementsByType').screenshot({ path: join(SCREENSHOTS, 'report-06-beleid-tabel-22.png') });
    await context.close();
  }, 300_000);
});
