import { describe, expect, it } from 'vitest';
import { listPageRoutes, readPage, routeExists } from './site-pages.ts';

/** Internal links must land on a built page, and a `#fragment` on an element of that page. */
describe('internal links', () => {
  const routes = listPageRoutes();
  const broken: string[] = [];
  for (const route of routes) {
    for (const anchor of readPage(route).querySelectorAll('a[href]')) {
      const href = anchor.getAttribute('href')!;
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
      const target = new URL(href, `https://site.test${route}`);
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

  it('resolve to built pages and anchors', () => {
    expect(broken).toEqual([]);
  });

  it('were found on every page (sanity check of the crawl)', () => {
    expect(routes.length).toBeGreaterThan(100);
  });
});
