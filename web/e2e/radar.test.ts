import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, axeViolations, launchBrowser, SCREENSHOTS, settled, signedInPage, startProduct, type Product } from './harness';

// Issue 11, "a prospect list nobody can work through": the radar's prospect list of the issue's
// link, against the running product on the demo data.

const LINK = '/radar?jaar=2024-2025&provincie=WEST_VLAANDEREN&opleiding=SO-LENW-administratief-medewerker-kmo';
const FILTER = { trainingCode: 'SO-LENW-administratief-medewerker-kmo', schoolYear: '2024-2025', provinces: ['WEST_VLAANDEREN'] };
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000 });

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;
let adminToken: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  product = await startProduct();
  browser = await launchBrowser();
  client = api(product.url);
  adminToken = await client.login('admin@duaal.test');
}, 720_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function open(page: Page, path: string) {
  await page.goto(`${product.url}${path}`);
  await settled(page);
}

const list = (page: Page) => page.locator('[data-chart="prospects"]');
const rows = (page: Page) =>
  list(page)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')?.textContent ?? '',
        score: Number((tr as HTMLElement).dataset.score),
        reasons: tr.querySelectorAll('.reason-chip').length,
        pc: tr.querySelector('[data-col="pc"]')?.textContent ?? '',
      })),
    );

/** A CSV as a Dutch spreadsheet reads it: ";" between cells, quotes around a cell. */
function dutchCsv(text: string): { head: string[][]; table: string[][] } {
  const split = (line: string) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = !quoted;
      else if (c === ';' && !quoted) cells.push(cell), (cell = '');
      else cell += c;
    }
    return [...cells, cell];
  };
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter((l, i, all) => l !== '' || i < all.length - 1);
  const blank = lines.indexOf('');
  return { head: lines.slice(0, blank).map(split), table: lines.slice(blank + 1).map(split) };
}

describe('issue 11: a ranked prospect list that says why', () => {
  it('ranks the West-Vlaanderen list of the issue, strongest first, every row with a reason, as the API orders it', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, LINK);
    await poll(async () => (await rows(page)).length).toBe(50);
    const fromApi = await client.request<{ prospectRanking: { totalCount: number; nodes: { name: string; score: number }[] } }>(
      'query($f: ProspectFilter!) { prospectRanking(filter: $f, first: 50) { totalCount nodes { name score } } }',
      { f: FILTER },
      adminToken,
    );
    const total = fromApi.data!.prospectRanking.totalCount;
    const shown = await rows(page);
    // Ranked: scores never rise down the page; the page is the API's first page, in its order.
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.score).toBeLessThanOrEqual(shown[i - 1]!.score);
    expect(shown.map((r) => [r.name, r.score])).toEqual(fromApi.data!.prospectRanking.nodes.map((n) => [n.name, n.score]));
    expect(shown.every((r) => r.reasons >= 1)).toBe(true);
    // The strongest prospects earn points beyond the PC number; construction firms (PC 124, whose
    // partnership handles hardly any recognition of this training) are not on top.
    expect(shown[0]!.score).toBeGreaterThan(0);
    expect(shown.slice(0, 10).filter((r) => r.pc.split(', ').includes('124')).length).toBeLessThanOrEqual(1);
    const count = list(page).locator('[data-total]');
    expect(await count.getAttribute('data-total')).toBe(String(total));
    expect(await count.textContent()).toContain(`1–50 van ${new Intl.NumberFormat('nl-BE').format(total)}`);
    await list(page).screenshot({ path: join(SCREENSHOTS, 'radar-prospects-1280.png') });

    // The next page continues the ranking.
    await list(page).getByRole('button', { name: 'Volgende' }).click();
    await poll(() => count.textContent()).toContain('51–100 van');
    const next = await rows(page);
    expect(next[0]!.score).toBeLessThanOrEqual(shown.at(-1)!.score);

    // Sorted by name on the server: A→Z from the first row of the whole list.
    await list(page).getByRole('button', { name: /^Onderneming/ }).click();
    await poll(() => list(page).locator('th[aria-sort="ascending"]').count()).toBe(1);
    await poll(async () => (await count.textContent()) ?? '').toContain('1–50 van');
    const byName = await client.request<{ prospectRanking: { nodes: { name: string }[] } }>(
      'query($f: ProspectFilter!) { prospectRanking(filter: $f, sort: NAME, first: 5) { nodes { name } } }',
      { f: FILTER },
      adminToken,
    );
    await poll(async () => (await rows(page)).slice(0, 5).map((r) => r.name)).toEqual(byName.data!.prospectRanking.nodes.map((n) => n.name));
    await context.close();
  }, 240_000);

  it('exports every row with the score and the reasons, in the order on screen', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, LINK);
    await poll(async () => (await rows(page)).length).toBe(50);
    const total = Number(await list(page).locator('[data-total]').getAttribute('data-total'));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 200_000 }), list(page).getByRole('button', { name: 'CSV downloaden' }).click()]);
    const csv = dutchCsv(readFileSync((await download.path())!, 'utf8'));
    const [header, ...body] = csv.table;
    expect(header).toEqual(expect.arrayContaining(['Onderneming', 'Score', 'Waarom op de lijst']));
    expect(body).toHaveLength(total);
    const score = header!.indexOf('Score');
    const reasons = header!.indexOf('Waarom op de lijst');
    const scores = body.map((r) => Number(r[score]));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
    expect(body.every((r) => (r[reasons] ?? '').length > 0)).toBe(true);
    await context.close();
  }, 300_000);

  it('fits a phone and passes axe at 1280 and 390 px', async () => {
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      const { context, page } = await signedInPage(browser, product.url, adminToken, { width, height });
      await open(page, LINK);
      await poll(async () => (await rows(page)).length).toBe(50);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await list(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `radar-prospects-page-${width}.png`) });
      await context.close();
    }
  }, 240_000);

  it('shows sector staff their own enterprises, ranked, and policymakers no names at all', async () => {
    const bouwToken = await client.login('bouw@duaal.test');
    const { context, page } = await signedInPage(browser, product.url, bouwToken);
    await open(page, LINK);
    await poll(async () => (await rows(page)).length).toBeGreaterThan(0);
    const shown = await rows(page);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.score).toBeLessThanOrEqual(shown[i - 1]!.score);
    expect(shown.every((r) => r.reasons >= 1)).toBe(true);
    await context.close();

    const policyToken = await client.login('beleid@duaal.test');
    const pm = await signedInPage(browser, product.url, policyToken);
    const requests: string[] = [];
    pm.page.on('request', (r) => r.postData() && requests.push(r.postData()!));
    await open(pm.page, LINK);
    expect(await list(pm.page).count()).toBe(0);
    expect(requests.some((b) => b.includes('prospectRanking'))).toBe(false);
    const refused = await client.request('query($f: ProspectFilter!) { prospectRanking(filter: $f) { nodes { name } } }', { f: FILTER }, policyToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await pm.context.close();
  }, 240_000);
});
