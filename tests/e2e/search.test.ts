import { globSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readPage, siteDir } from '../site/site-pages.ts';
import { listResultUrls, openSearchSession, readResultCount, showAllResults, tabTo, waitForNewCount, type SearchSession } from './search-session.ts';

/**
 * Search as a reader uses it, in Chromium, against the site the `site` project built: the
 * header's form, Pagefind's results and filters, by mouse and by keyboard alone. Expected
 * pages come from the content and the source documents: the Kashiwa workshop on money
 * laundering of January 2019 (Annual Report 2018/19), Ms. Saori Nojima's article in
 * E-Newsletter No. 59, Fiji's member page.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const KASHIWA_WORKSHOP = `/activities/${basename(globSync('content/activities/2018-19/*money*', { cwd: ROOT })[0]!, '.md')}/`;
const NOJIMA_ARTICLE = '/newsletters/59/ipr-infringing-goods-at-the-borders/';
const FIJI = '/members/fj/';

let session: SearchSession;
let page: Page;

beforeAll(async () => {
  session = await openSearchSession(siteDir());
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  await page?.close();
  // Every test: no console errors or warnings (a CSP violation is one), no failed or 4xx/5xx
  // request, and nothing asked of any host but 127.0.0.1.
  expect(session.takeProblems()).toEqual([]);
});

async function search(query: string): Promise<number> {
  page = await session.openPage();
  await page.goto(`${session.origin}/search/?q=${encodeURIComponent(query)}`);
  return readResultCount(page);
}

describe('search', () => {
  it('"money laundering" finds the Kashiwa workshop of January 2019', async () => {
    expect(await search('money laundering')).toBeGreaterThan(0);
    expect((await listResultUrls(page)).slice(0, 5)).toContain(KASHIWA_WORKSHOP);
  });

  it('filtering by fiscal year narrows the results to that year', async () => {
    const before = await search('money laundering');
    await page.getByRole('checkbox', { name: /^2018\/19 \(\d+\)$/ }).check();
    const after = await waitForNewCount(page, before);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await showAllResults(page);
    const urls = await listResultUrls(page);
    expect(urls).toHaveLength(after);
    expect(urls).toContain(KASHIWA_WORKSHOP);
    const years = urls.map((url) => [...readPage(url.split('#')[0]!).querySelectorAll('[data-pagefind-filter="Fiscal year"]')].map((el) => el.textContent));
    expect(years.filter((year) => year.join() !== '2018/19')).toEqual([]);
  });

  it('"Nojima" finds her article in E-Newsletter No. 59', async () => {
    await search('Nojima');
    await showAllResults(page);
    expect(await listResultUrls(page)).toContain(NOJIMA_ARTICLE);
  });

  it('"Fiji" shows the Fiji member page first', async () => {
    await search('Fiji');
    expect((await listResultUrls(page))[0]).toBe(FIJI);
  });

  it('shows each result with its excerpt, its type and the filters with counts', async () => {
    await search('money laundering');
    const result = page.locator('.pagefind-ui__result', { has: page.locator(`a[href="${KASHIWA_WORKSHOP}"]`) });
    await expect.poll(() => result.locator('.pagefind-ui__result-excerpt').first().textContent()).toMatch(/money laundering/i);
    await expect.poll(async () => (await result.locator('.pagefind-ui__result-tag').allTextContents()).map((tag) => tag.trim())).toEqual(expect.arrayContaining(['Type: Activity', 'Date: 21-25 January 2019']));
    const filters = await page.locator('.pagefind-ui__filter-name').allTextContents();
    expect(filters).toEqual(expect.arrayContaining(['Type', 'Fiscal year', 'Pillar', 'Topic', 'Kind of activity', 'Member']));
  });
});

describe('search for everyone', () => {
  it('has no axe violations with results and filters showing, and its box is labelled', async () => {
    await search('Fiji');
    await listResultUrls(page);
    await expect.poll(() => page.getByRole('textbox', { name: 'Search' }).count()).toBe(1);
    // evaluate, not addScriptTag: the page's Content-Security-Policy refuses inline scripts.
    await page.evaluate(readFileSync(resolve(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
      return results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});

describe('search by keyboard alone', () => {
  it('Tab to the header box, type, Enter; Tab to a filter, Space; Tab to a result, Enter', async () => {
    page = await session.openPage();
    await page.goto(`${session.origin}/`);
    await tabTo(page, '.site-header input[name="q"]');
    await page.keyboard.type('Fiji');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Fiji$/);
    const before = await readResultCount(page);

    // Filters arrive after the results; waiting is not a keypress, so the walk stays keyboard-only.
    await page.locator('.pagefind-ui__filter-checkbox[name="Type"]').first().waitFor();
    await tabTo(page, '.pagefind-ui__filter-checkbox[name="Type"]');
    const filter = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    const after = await waitForNewCount(page, before);
    expect(after).toBeLessThan(before);

    await tabTo(page, '.pagefind-ui__result-link');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.origin}${target}`);
    expect(readPage(target!.split('#')[0]!).querySelector('[data-pagefind-filter="Type"]')?.textContent).toBe(filter);
  });
});
