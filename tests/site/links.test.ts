import { describe, expect, it } from 'vitest';
import { countForTotals } from '../support/quality-totals.ts';
import { listPageRoutes, readPage, routeExists } from './site-pages.ts';

/**
 * Internal links must land on a built page, and a `#fragment` on an element of that page.
 * Internal: relative, root-relative, or absolute on the site's own origin (the one its
 * canonical links name). Forms count too: the header's search box submits to /search/.
 */
describe('internal links', () => {
  const routes = listPageRoutes();
  const broken: string[] = [];
  let checked = 0;
  for (const route of routes) {
    const page = readPage(route);
    const origin = new URL(page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'https://site.test/').origin;
    for (const element of page.querySelectorAll('a[href], area[href], form[action]')) {
      const href = element.getAttribute('href') ?? element.getAttribute('action')!;
      const target = new URL(href, `${origin}${route}`);
      if (target.origin !== origin) continue;
      checked += 1;
      const targetRoute = target.pathname;
      if (!routeExists(targetRoute)) {
        broken.push(`${route} → ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetRoute.endsWith('/') && !readPage(targetRoute).getElementById(fragment)) {
        broken.push(`${route} → ${href} (no #${fragment} there)`);
      }
    }
  }

  it('resolve to built pages and anchors', ({ task }) => {
    countForTotals(task, { linksChecked: checked, brokenLinks: broken.length });
    expect(broken).toEqual([]);
  });

  it('were found on every page (sanity check of the crawl)', () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(routes.length * 10);
  });
});
