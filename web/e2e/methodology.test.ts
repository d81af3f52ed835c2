import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, axeViolations, launchBrowser, SCREENSHOTS, signedInPage, startProduct, type Product } from './harness';

// Issue 11: the methodology page (/methode), the "Methode" link beside every chart's definition,
// the running school year compared on the same period, the sparkline's marker, and no comparison
// with a year before the data start. The product runs with TODAY=2026-11-29 (harness.ts).

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000 });
const WIDTHS = [
  ['1280', { width: 1280, height: 900 }],
  ['768', { width: 768, height: 1024 }],
  ['390', { width: 390, height: 844 }],
] as const;

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;
let token: string;
let years: string[];
let running: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  product = await startProduct();
  browser = await launchBrowser();
  client = api(product.url);
  token = await client.login('admin@duaal.test');
  const r = await client.request<{ schoolYears: string[]; clock: { schoolYear: string } }>('{ schoolYears clock { schoolYear } }', {}, token);
  years = r.data!.schoolYears;
  running = r.data!.clock.schoolYear;
}, 720_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** The page has loaded its view and no loading indicator is left. */
async function ready(page: Page, selector: string) {
  await page.waitForSelector(`main[data-view] ${selector}`, { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('.state-loading').length === 0, undefined, { timeout: 60_000 });
}

describe('issue 11: the methodology page', () => {
  it("a chart's Methode link opens its KPI's section, in view and focused", async () => {
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.goto(`${product.url}/overeenkomsten?jaar=${running}`);
    await ready(page, '[data-chart] [data-method-link]');
    const link = page.locator('[data-chart] [data-method-link]').first();
    const kpi = (await link.getAttribute('data-method-link'))!;
    expect(kpi).toMatch(/^K\d+$/);
    await link.click();
    await poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/methode#${kpi}`);
    // The filters stay in the address, for the way back.
    expect(new URL(page.url()).searchParams.get('jaar')).toBe(running);
    await ready(page, `section#${kpi}`);
    await poll(() => page.evaluate((id) => document.activeElement?.closest('section')?.id ?? null, kpi)).toBe(kpi);
    const box = await page.locator(`section#${kpi} h3`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await page.screenshot({ path: join(SCREENSHOTS, `32-methode-${kpi}-via-link.png`) });
    // Back returns to the chart, its filters intact.
    await page.goBack();
    await poll(() => new URL(page.url()).pathname).toBe('/overeenkomsten');
    await ready(page, '[data-chart] [data-method-link]');
    await page.locator('[data-chart]').first().screenshot({ path: join(SCREENSHOTS, '33-overeenkomsten-kaart-met-methode.png') });
    await context.close();
  });

  it("a report table's KPI links open their sections", async () => {
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.goto(`${product.url}/rapport?jaar=2022-2023`);
    await ready(page, '[data-report-methods] [data-method-link="K5"]');
    await page.locator('[data-report-methods] [data-method-link="K5"]').first().click();
    await poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/methode#K5');
    await ready(page, 'section#K5');
    await poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id ?? null)).toBe('K5');
    await context.close();
  });

  it('speaks English in English mode, the catalogue footnotes and published figures too', async () => {
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.addInitScript(() => localStorage.setItem('duaal-monitor.lang', 'en'));
    await page.goto(`${product.url}/methode#K10`);
    await ready(page, 'section#K10');
    expect(await page.locator('h1').textContent()).toBe('Methodology');
    const general = (await page.locator('#algemeen').textContent())!;
    expect(general).toContain('A school year runs from 1 September to 31 August');
    expect(general).not.toMatch(/schooljaar|overeenkomst|erkenning/i);
    expect(await page.locator('section#K10 [data-period-kind]').textContent()).toMatch(/^Counts mentors by deadline/);
    // K10's footnotes and published figure come from the catalogue's English texts.
    expect(await page.locator('section#K10 [lang="nl"]').count()).toBe(0);
    expect(await page.locator('section#K10 dd ul').last().textContent()).toContain('do not count in the compliance rate');
    expect(await page.locator('section#K10 [data-published]').textContent()).toBe('4,396 mentors, 64.5 % compliant');
    await poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id ?? null)).toBe('K10');
    await page.screenshot({ path: join(SCREENSHOTS, '34-methode-english-K10.png') });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('holds every KPI of the catalogue with its rule, unit and published figure; the symbols and the school year', async () => {
    const catalog = await client.request<{ kpiCatalog: { id: string; publishedFigure: string | null }[] }>('{ kpiCatalog { id publishedFigure } }', {}, token);
    for (const [label, viewport] of WIDTHS) {
      const { context, page } = await signedInPage(browser, product.url, token, viewport);
      await page.goto(`${product.url}/methode`);
      await ready(page, 'section#K20');
      const ids = await page.locator('section.methodology-section[data-kpi]').evaluateAll((s) => s.map((x) => x.id));
      expect(ids).toEqual(catalog.data!.kpiCatalog.map((k) => k.id));
      // K9: the annual report printed 14,836 unique mentors.
      expect(await page.locator('section#K9 [data-published]').textContent()).toBe(catalog.data!.kpiCatalog.find((k) => k.id === 'K9')!.publishedFigure);
      expect(await page.locator('section#K12 [data-period-kind]').getAttribute('data-period-kind')).toBe('EVENTS');
      const general = (await page.locator('#algemeen').textContent())!;
      expect(general).toContain('1 september tot en met 31 augustus');
      expect(general).toContain('•');
      expect(general).toContain('Nu: cijfers tot en met');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOTS, `30-methode-${label}.png`), fullPage: label !== '390' });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('issue 11: comparisons on the overview', () => {
  it('the running year compares the same period of the previous year, and the sparkline marks the selected year', async () => {
    const cut = await client.request<{ kpi: { periodEnd: string; comparisonPeriodEnd: string; total: { comparisonValue: number } } }>(
      `query($y: String!, $p: String!) { kpi(id: K12, schoolYear: $y, compareWith: $p, samePeriod: true) { periodEnd comparisonPeriodEnd total { comparisonValue } } }`,
      { y: running, p: years.at(-2) },
      token,
    );
    expect(cut.data!.kpi).toMatchObject({ periodEnd: '2026-11-29', comparisonPeriodEnd: '2025-11-29' });
    for (const [label, viewport] of WIDTHS) {
      const { context, page } = await signedInPage(browser, product.url, token, viewport);
      await page.goto(`${product.url}/overzicht?jaar=${running}`);
      await ready(page, '.tile[data-kpi="K12"] .tile-value');
      const tile = page.locator('.tile[data-kpi="K12"]');
      await poll(() => tile.locator('[data-same-period]').textContent()).toBe(`${running} tot en met 29-11-2026 · t.o.v. dezelfde periode vorig jaar`);
      expect(await tile.locator('.tile-compare [data-previous]').textContent()).toMatch(/^2025-2026 tot en met 29-11-2025: /);
      expect(Number(await tile.locator('[data-previous]').getAttribute('data-previous'))).toBe(cut.data!.kpi.total.comparisonValue);
      const spark = tile.locator('.sparkline');
      expect(await spark.getAttribute('data-marked-year')).toBe(running);
      expect(await spark.getAttribute('aria-label')).toContain(`gekozen schooljaar ${running}:`);
      expect(await tile.locator('.sparkline-marker').count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, `31-overzicht-lopend-jaar-${label}.png`), fullPage: label !== '390' });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('the first school year with data shows no comparison with the year before it', async () => {
    const first = years[0]!;
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.goto(`${product.url}/overzicht?jaar=${first}`);
    await ready(page, '.tile[data-kpi="K1"] .tile-value');
    await poll(() => page.locator('.tile .tile-value').count()).toBe(9);
    expect(await page.locator('.tile-compare').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(`${Number(first.slice(0, 4)) - 1}-${first.slice(0, 4)}:`);
    // A later year keeps its comparison, and is not cut: it is not running.
    await page.goto(`${product.url}/overzicht?jaar=${years[1]}`);
    await ready(page, '.tile[data-kpi="K1"] .tile-compare');
    expect(await page.locator('[data-same-period]').count()).toBe(0);
    await context.close();
  });
});
