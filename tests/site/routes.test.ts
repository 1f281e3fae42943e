import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/validation/load-content.ts';
import { fileOfRoute, listPageRoutes, readPage, routeExists } from './site-pages.ts';

const content = loadContent(resolve(import.meta.dirname, '..', '..')).data;

/** The permanent addresses the issue lists; other sites and printed documents link to them. */
const FIXED_ROUTES = [
  '/',
  '/reports/',
  '/reports/2018-19/',
  '/reports/2018-19/print/',
  '/newsletters/',
  '/newsletters/59/',
  '/newsletters/59/print/',
  '/newsletters/rss.xml',
  '/surveys/',
  '/surveys/2020/',
  '/surveys/2018/',
  '/surveys/2020/print/',
  '/surveys/2018/print/',
  '/activities/',
  '/activities/by-pillar/',
  '/activities/by-topic/',
  '/activities/by-kind/',
  '/work-plans/',
  '/work-plans/2018-19/',
  '/work-plans/2019-20/',
  '/members/',
  '/members/fj/',
  '/people/',
  '/glossary/',
  '/404.html',
  '/sitemap.xml',
  '/sitemap-index.xml',
  '/robots.txt',
];

describe('routes', () => {
  it.each(FIXED_ROUTES)('%s is built', (route) => {
    expect(routeExists(route)).toBe(true);
  });

  it('has a page for every report chapter, survey report chapter, activity, article, member and person in the content', () => {
    const expected = [
      ...content.reportChapters.map((c) => `/reports/${c.group}/${c.slug.replace(/^\d+-/, '')}/`),
      ...content.surveyChapters.map((c) => `/surveys/${c.group}/${c.slug.replace(/^\d+-/, '')}/`),
      ...content.activities.map((a) => `/activities/${a.slug}/`),
      ...content.articles.map((a) => `/newsletters/${Number(a.group)}/${a.slug}/`),
      ...content.members.map((m) => `/members/${m.code.toLowerCase()}/`),
      ...content.people.map((p) => `/people/${p.id}/`),
    ];
    expect(expected.filter((route) => !routeExists(route))).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists every page at /sitemap.xml, and robots.txt points there', () => {
    const locations = (route: string) => [...readFileSync(fileOfRoute(route), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const urls = locations('/sitemap.xml').flatMap(locations);
    expect(urls).toContain('/members/fj/');
    expect(urls).toContain('/reports/2018-19/');
    expect(readFileSync(fileOfRoute('/robots.txt'), 'utf8')).toContain('/sitemap.xml');
  });
});

describe('every page', () => {
  const routes = listPageRoutes();

  it('declares English, a canonical URL and Open Graph metadata', () => {
    const bad = routes.filter((route) => {
      const doc = readPage(route);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      return doc.documentElement.getAttribute('lang') !== 'en' || !canonical.startsWith('https://') || !doc.querySelector('meta[property="og:title"]') || !doc.querySelector('meta[property="og:url"]');
    });
    expect(bad).toEqual([]);
  });

  it('has one main landmark, a skip link to it, and exactly one h1', () => {
    const bad = routes.filter((route) => {
      const doc = readPage(route);
      const mains = doc.querySelectorAll('main');
      return mains.length !== 1 || mains[0]!.id !== 'main' || !doc.querySelector('a.skip-link[href="#main"]') || doc.querySelectorAll('h1').length !== 1;
    });
    expect(bad).toEqual([]);
  });

  it('marks main for the search index, except print editions, the 404 page, the search page and lists of one fiscal year', () => {
    // A fiscal year's list of activities (of all, of a group, of a member or a person) only
    // repeats the titles of pages that are indexed themselves.
    const yearList = /^\/(activities|members|people)\/(.+\/)?\d{4}-\d{2}\/$/;
    const excluded = (route: string) => route.endsWith('/print/') || route === '/404.html' || route === '/search/' || yearList.test(route);
    const bad = routes.filter((route) => readPage(route).querySelector('main')!.hasAttribute('data-pagefind-body') === excluded(route));
    expect(bad).toEqual([]);
  });

  it('ships no JavaScript (but on /search/: tests/site/search.test.ts) and requests nothing from another site', () => {
    const bad = routes.filter((route) => {
      const doc = readPage(route);
      const external = [...doc.querySelectorAll('link[href], script[src], img[src], iframe[src]')].some((el) => /^(https?:)?\/\//.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '') && el.getAttribute('rel') !== 'canonical');
      return (route !== '/search/' && doc.querySelectorAll('script').length > 0) || external;
    });
    expect(bad).toEqual([]);
  });

  it('never skips a heading level inside main', () => {
    const bad = routes.flatMap((route) => {
      const levels = [...readPage(route).querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) => Number(h.tagName.slice(1)));
      const jump = levels.findIndex((level, i) => i > 0 && level > levels[i - 1]! + 1);
      return jump > 0 ? [`${route}: h${levels[jump - 1]} → h${levels[jump]}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('never glues a link to the words after it', () => {
    const bad = routes.filter((route) => /<\/a>(\(|<span class="muted")/.test(readPage(route).querySelector('main')?.innerHTML ?? ''));
    expect(bad).toEqual([]);
  });

  it('uses each id once', () => {
    const bad = routes.flatMap((route) => {
      const ids = [...readPage(route).querySelectorAll('[id]')].map((el) => el.id);
      const duplicates = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      return duplicates.length > 0 ? [`${route}: ${duplicates.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });
});
