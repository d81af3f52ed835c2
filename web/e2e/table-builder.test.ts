import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, axeViolations, launchBrowser, SCREENSHOTS, settled, signedInPage, startProduct, type Product } from './harness';

// The table builder (/tabel) against the running product: from an empty state to a table in at
// most four clicks, the URL following every choice, the cells equal to what the province map and
// the overview show for the same filters, the downloads equal to the screen, and its layout.

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000 });

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;
let adminToken: string;
let years: string[];
let last: string;
let lastFive: string[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  product = await startProduct();
  browser = await launchBrowser();
  client = api(product.url);
  adminToken = await client.login('admin@duaal.test');
  years = (await client.request<{ schoolYears: string[] }>('{ schoolYears }', {}, adminToken)).data!.schoolYears;
  last = years.at(-1)!;
  lastFive = years.slice(-5);
}, 720_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const table = (page: Page) => page.locator('[data-chart="table-builder"]');

/** Waits for the table (not the loading state) and returns its cells: row id → year → data-value / text / status. */
async function cells(page: Page) {
  await settled(page);
  await table(page).locator('table').waitFor({ timeout: 60_000 });
  return table(page)
    .locator('tbody tr, tfoot tr')
    .evaluateAll((trs) =>
      Object.fromEntries(
        trs.map((tr) => [
          (tr as HTMLElement).dataset.rowId!,
          Object.fromEntries(
            [...tr.querySelectorAll('td.num')].map((td) => [(td as HTMLElement).dataset.col!, { value: (td as HTMLElement).dataset.value ?? '', text: td.textContent ?? '', status: (td as HTMLElement).dataset.status ?? '' }]),
          ),
        ]),
      ),
    );
}

const params = (page: Page) => new URL(page.url()).searchParams;

describe('the table builder', () => {
  it('opens with the headline KPI, every province and the last five years, and reaches Limburg + Antwerpen, K13 in four clicks', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await page.goto(`${product.url}/tabel`);
    // The defaults are written into the URL, so a copied link keeps them.
    await poll(() => params(page).toString()).toBe(new URLSearchParams({ kpi: 'K1', dim: 'PROVINCE', van: lastFive[0]!, tot: last }).toString());
    const first = await cells(page);
    expect(Object.keys(first['K1|total']!)).toEqual(lastFive);
    // The distinct total of every province is the overview's K1 tile (the API's total for the year).
    const k1 = await client.kpiTotal(adminToken, { id: 'K1', schoolYear: last });
    expect(Number(first['K1|total']![last]!.value)).toBe(k1.value);

    // Four clicks: tick K13, untick K1, tick Limburg, tick Antwerpen.
    await page.getByRole('checkbox', { name: /^K13 · / }).check();
    await page.getByRole('checkbox', { name: /^K1 · / }).uncheck();
    await page.getByRole('checkbox', { name: 'Limburg', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Antwerpen', exact: true }).check();
    await poll(() => [params(page).get('kpi'), params(page).get('leden'), params(page).get('van'), params(page).get('tot')]).toEqual(['K13', 'LIMBURG,ANTWERPEN', lastFive[0], last]);
    await poll(async () => Object.keys(await cells(page))).toEqual(['K13|LIMBURG', 'K13|ANTWERPEN', 'K13|total']);
    await page.screenshot({ path: join(SCREENSHOTS, 'tabel-1280.png'), fullPage: true });

    // A narrower range follows into the URL and the columns.
    await page.getByLabel('Van schooljaar').selectOption(years.at(-2)!);
    await poll(() => params(page).get('van')).toBe(years.at(-2));
    await poll(async () => Object.keys((await cells(page))['K13|LIMBURG'] ?? {})).toEqual(years.slice(-2));
    // Back undoes it: every choice is a history entry.
    await page.goBack();
    await poll(() => params(page).get('van')).toBe(lastFive[0]);
    await context.close();
  }, 300_000);

  it('shows the figures of the province map for the same KPI and year (this year and the previous one)', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    const previous = years.at(-2)!;
    await page.goto(`${product.url}/provincies?jaar=${last}&indicator=K13`);
    await settled(page);
    const map = page.locator('[data-chart="province-map"]');
    await map.locator('tr[data-row-id="LIMBURG"] td[data-col="value"]').waitFor({ state: 'attached', timeout: 60_000 });
    const shown = async (province: string, col: 'value' | 'previous') => map.locator(`tr[data-row-id="${province}"] td[data-col="${col}"]`).getAttribute('data-value');
    const expected = {
      LIMBURG: [await shown('LIMBURG', 'value'), await shown('LIMBURG', 'previous')],
      ANTWERPEN: [await shown('ANTWERPEN', 'value'), await shown('ANTWERPEN', 'previous')],
    };
    expect(Number(expected.LIMBURG[0])).toBeGreaterThan(0);

    await page.goto(`${product.url}/tabel?kpi=K13&dim=PROVINCE&leden=LIMBURG,ANTWERPEN&van=${lastFive[0]}&tot=${last}`);
    const got = await cells(page);
    for (const province of ['LIMBURG', 'ANTWERPEN'] as const) {
      expect([got[`K13|${province}`]![last]!.value, got[`K13|${province}`]![previous]!.value], province).toEqual(expected[province]);
    }
    // The selection's distinct total is the API's K13 for the two provinces.
    const total = await client.kpiTotal(adminToken, { id: 'K13', schoolYear: last, filter: { provinces: ['LIMBURG', 'ANTWERPEN'] } });
    expect(Number(got['K13|total']![last]!.value)).toBe(total.value);
    // Numbers in Dutch format: "1.234" with a point between thousands.
    const text = got['K13|LIMBURG']![last]!.text;
    expect(text).toBe(new Intl.NumberFormat('nl-BE').format(Number(expected.LIMBURG[0])));
    // In English the view, its choices and the table's headers are English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Build a table' }).waitFor();
    expect(await page.getByRole('link', { name: 'Table', exact: true }).count()).toBe(1);
    expect(await table(page).locator('thead th').first().textContent()).toBe('Province');
    expect(await page.getByRole('group', { name: 'Which provinces?' }).count()).toBe(1);
    await context.close();
  }, 300_000);

  it('downloads a CSV that a Dutch spreadsheet reads as the numbers on screen, and an XLSX with real numbers', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await page.goto(`${product.url}/tabel?kpi=K13,K12&dim=PROVINCE&leden=LIMBURG,ANTWERPEN&van=${lastFive[0]}&tot=${last}`);
    const screen = await cells(page);
    expect(Object.keys(screen)).toEqual(['K13|LIMBURG', 'K13|ANTWERPEN', 'K13|total', 'K12|LIMBURG', 'K12|ANTWERPEN', 'K12|total']);
    const [download] = await Promise.all([page.waitForEvent('download'), table(page).getByRole('button', { name: 'CSV downloaden' }).click()]);
    const { head, rows } = dutchCsv(readFileSync((await download.path())!, 'utf8'));
    expect(head[0]).toEqual(['Titel', `Tabel · K13, K12 · ${lastFive[0]} tot ${last}`]);
    expect(head.find((l) => l[0] === 'Filters')?.[1]).toBe(`Provincie: Limburg, Antwerpen · schooljaren ${lastFive[0]} tot ${last}`);
    expect(head.find((l) => l[0] === 'Definitie')?.[1]).toMatch(/^K13 · .+ \| K12 · /);
    // A year column with a symbol ("•", "–") has a "(teken)" column beside it.
    expect(rows[0]!.filter((h) => !h.endsWith('(teken)'))).toEqual(['Indicator', 'Provincie', ...lastFive]);
    const ids = Object.keys(screen);
    for (const [i, id] of ids.entries()) {
      for (const year of lastFive) {
        const csv = rows[i + 1]![rows[0]!.indexOf(year)]!;
        const cell = screen[id]![year]!;
        // The text on screen read the Dutch way ("1.234" → 1234) equals the CSV cell read the Dutch way.
        const onScreen = cell.text.replace(/\./g, '');
        if (cell.status === 'SUPPRESSED' || cell.status === 'NOT_APPLICABLE') expect(csv, `${id} ${year}`).toBe('');
        else expect(dutchNumber(csv), `${id} ${year}`).toBe(dutchNumber(onScreen));
      }
    }
    const [xlsx] = await Promise.all([page.waitForEvent('download'), table(page).getByRole('button', { name: 'XLSX downloaden' }).click()]);
    const sheet = await readSheet(readFileSync((await xlsx.path())!));
    expect(sheet).toHaveLength(ids.length + 1);
    expect(sheet[1]![1]).toBe('Limburg');
    expect(sheet[1]![sheet[0]!.indexOf(last)]).toBe(Number(screen['K13|LIMBURG']![last]!.value));
    await context.close();
  }, 300_000);

  it('for a policymaker: the same rounding and suppression as the charts', async () => {
    const token = await client.login('beleid@duaal.test');
    const { context, page } = await signedInPage(browser, product.url, token);
    // K14 per partnership is small in some partnerships: suppressed or rounded to a multiple of 5.
    await page.goto(`${product.url}/tabel?kpi=K14&dim=PARTNERSHIP&van=${last}&tot=${last}`);
    const got = await cells(page);
    const api = await client.request<{ kpi: { rows: { keys: { id: string }[]; value: number | null; status: string }[] } }>(
      'query($y: String!) { kpi(id: K14, schoolYear: $y, groupBy: [PARTNERSHIP]) { rows { keys { id } value status } } }',
      { y: last },
      token,
    );
    const rows = api.data!.kpi.rows;
    // A policymaker never sees an exact person count: each is rounded or suppressed.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'ROUNDED' || r.status === 'SUPPRESSED')).toBe(true);
    for (const r of rows) {
      const cell = got[`K14|${r.keys[0]!.id}`]![last]!;
      expect([cell.value === '' ? null : Number(cell.value), cell.status], r.keys[0]!.id).toEqual([r.value, r.status]);
      if (r.status === 'SUPPRESSED') expect(cell.text).toBe('•');
    }
    const legends = await table(page).locator('[data-legend]').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).dataset.legend).sort());
    expect(legends).toEqual(rows.some((r) => r.status === 'SUPPRESSED') ? ['rounded', 'suppressed'] : ['rounded']);
    await page.screenshot({ path: join(SCREENSHOTS, 'tabel-beleid-1280.png'), fullPage: true });
    await context.close();
  }, 300_000);

  for (const [width, height] of [[1280, 900], [768, 1024], [390, 844]] as const) {
    it(`axe finds no serious or critical violation at ${width} px; the table scrolls within itself on a phone`, async () => {
      const { context, page } = await signedInPage(browser, product.url, adminToken, { width, height });
      await page.goto(`${product.url}/tabel?kpi=K13,K12&dim=PROVINCE&leden=LIMBURG,ANTWERPEN&van=${lastFive[0]}&tot=${last}`);
      await cells(page);
      await page.screenshot({ path: join(SCREENSHOTS, `tabel-${width}.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      if (width === 390) {
        const scroll = table(page).locator('.table-scroll');
        const { scrollWidth, clientWidth, pageWidth } = await scroll.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, pageWidth: document.documentElement.scrollWidth }));
        // The table is wider than the phone and scrolls inside its box; the page itself does not.
        expect(scrollWidth).toBeGreaterThan(clientWidth);
        expect(pageWidth).toBeLessThanOrEqual(390);
        // With several KPIs the KPI and the member column both stay in view.
        const firstCells = scroll.locator('tbody tr').first().locator('th, td');
        expect(await firstCells.nth(0).evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
        expect(await firstCells.nth(1).evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
        await scroll.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
        await page.screenshot({ path: join(SCREENSHOTS, 'tabel-390-scrolled.png'), fullPage: true });
      }
      await context.close();
    }, 300_000);
  }
});

/** A CSV as a Dutch spreadsheet reads it: ";" between cells, quotes around a cell, "," as decimal mark. */
function dutchCsv(text: string): { head: string[][]; rows: string[][] } {
  const split = (line: string) => {
    const out: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = !quoted;
      else if (c === ';' && !quoted) out.push(cell), (cell = '');
      else cell += c;
    }
    return [...out, cell];
  };
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  const blank = lines.indexOf('');
  return { head: lines.slice(0, blank).map(split), rows: lines.slice(blank + 1).map(split) };
}
const dutchNumber = (cell: string) => (/^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : null);
