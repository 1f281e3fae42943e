import type { Page } from 'playwright-core';
import { guardRequests, type RequestGuard } from '../../src/pdf/guard-requests.ts';
import { launchBrowser, type Browser } from '../../src/pdf/launch-browser.ts';
import { serveSite, type SiteServer } from '../../src/serve/serve-site.ts';

/**
 * The built site served on 127.0.0.1 and opened in Debian's Chromium, for the search tests:
 * every request to another origin is blocked and recorded, and each page's console errors,
 * uncaught exceptions, failed requests and error responses are collected, so a test can
 * assert that none happened.
 */
export interface SearchSession {
  origin: string;
  /** A fresh tab whose problems `takeProblems` reports. */
  openPage(): Promise<Page>;
  /** Everything that went wrong in any tab since the last call, which empties the list. */
  takeProblems(): string[];
  close(): Promise<void>;
}

export async function openSearchSession(siteDir: string): Promise<SearchSession> {
  const server: SiteServer = await serveSite(siteDir);
  const browser: Browser = await launchBrowser();
  const guard: RequestGuard = await guardRequests(browser.context, server.origin);
  let problems: string[] = [];
  const record = (problem: string) => problems.push(problem);
  return {
    origin: server.origin,
    openPage: async () => {
      const page = await browser.context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') record(`console ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => record(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => record(`failed: ${request.url()} (${request.failure()?.errorText})`));
      page.on('response', (response) => {
        if (response.status() >= 400) record(`HTTP ${response.status()}: ${response.url()}`);
      });
      return page;
    },
    takeProblems: () => {
      const taken = [...problems, ...guard.takeBlocked().map((url) => `request to another host: ${url}`)];
      problems = [];
      return taken;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Pagefind UI's "N results for …" line, once a search has finished, as N. */
export async function readResultCount(page: Page): Promise<number> {
  const message = page.locator('.pagefind-ui__message');
  await message.filter({ hasText: /\d+ results? for/ }).waitFor();
  return Number((await message.textContent())!.match(/(\d+) results?/)![1]);
}

/** Waits until the count differs from `previous` (a filter was applied), and returns it. */
export async function waitForNewCount(page: Page, previous: number): Promise<number> {
  await page.waitForFunction((before) => {
    const match = document.querySelector('.pagefind-ui__message')?.textContent?.match(/(\d+) results? for/);
    return match !== null && match !== undefined && Number(match[1]) !== before;
  }, previous);
  return readResultCount(page);
}

/**
 * The addresses of the top-level results shown (not the sub-results under them), in order,
 * once each has loaded: Pagefind lists a placeholder first and fills it when its data arrives.
 */
export async function listResultUrls(page: Page): Promise<string[]> {
  await page.waitForFunction(() => [...document.querySelectorAll('.pagefind-ui__result')].every((result) => result.querySelector('.pagefind-ui__result-link')));
  return page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Clicks "Load more results" until every result is listed. */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.locator('.pagefind-ui__button', { hasText: 'Load more' });
  while (await more.isVisible()) {
    const before = await page.locator('.pagefind-ui__result').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('.pagefind-ui__result').length > count, before);
  }
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}
