import { afterAll, beforeAll, describe, it } from 'vitest';
import { guardRequests } from '../../src/pdf/guard-requests.ts';
import { launchBrowser, type Browser } from '../../src/pdf/launch-browser.ts';
import { serveSite, type SiteServer } from '../../src/serve/serve-site.ts';
import { limitConcurrency } from '../support/limit-concurrency.ts';
import { countForTotals } from '../support/quality-totals.ts';
import { listPageRoutes, siteDir } from '../site/site-pages.ts';
import { auditPage, openAuditTab, type AuditTab } from './page-audit.ts';

/**
 * Every built page (the search page included) opened in Debian's Chromium from 127.0.0.1:
 * no console error, no failed request, nothing asked of another host; no axe-core violation
 * of WCAG 2.2 A/AA in light or in dark colour scheme; no sideways scrolling on a 320 px
 * screen. One browser, a few tabs at a time.
 */
const TABS = 3;
const routes = listPageRoutes();
const withTab = limitConcurrency(TABS);
const idle: AuditTab[] = [];

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveSite(siteDir());
  browser = await launchBrowser();
  await guardRequests(browser.context, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.concurrent('every page in Chromium', () => {
  it.for(routes)('%s', { timeout: 90_000 }, async (route, { expect, task }) => {
    const audit = await withTab(async () => {
      const tab = idle.pop() ?? (await openAuditTab(browser.context, server.origin));
      try {
        return await auditPage(tab, `${server.origin}${route}`);
      } finally {
        idle.push(tab);
      }
    });
    const overflows = audit.widthAt320 > 320;
    countForTotals(task, {
      pagesInBrowser: 1,
      accessibilityViolations: audit.violations.light.length + audit.violations.dark.length,
      browserErrors: audit.problems.length,
      pagesScrollingSideways: overflows ? 1 : 0,
    });
    expect(audit.problems, 'console and network').toEqual([]);
    expect(audit.violations, 'axe-core, WCAG 2.2 A and AA').toEqual({ light: [], dark: [] });
    expect(audit.widthAt320, 'scroll width at 320 px').toBeLessThanOrEqual(320);
  });

  it('covers the whole site, the search page included', ({ expect }) => {
    expect(routes.length).toBeGreaterThan(150);
    expect(routes).toContain('/search/');
  });
});
