import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPageRoutes, readPage, siteDir } from './site-pages.ts';

/**
 * The search index and what feeds it, read from the built site: each page's search facts
 * (filters and result metadata), the Content-Security-Policy of every page, the header's
 * search form, and the search page without JavaScript. Expected facts are the documents':
 * the Kashiwa workshop "on 21-25 January 2019 at the Japan Customs Training Institute in
 * Kashiwa, Japan" (Annual Report 2018/19, under Money Laundering), E-Newsletter No. 59
 * (January 2018, covering October-December 2017) with Ms. Saori Nojima's article, and the
 * abbreviation annex's "FRCS: Fiji Revenue and Customs Service".
 */
const KASHIWA = '/activities/anti-money-laundering-kashiwa-2019-01/';
const NOJIMA_ARTICLE = '/newsletters/59/ipr-infringing-goods-at-the-borders/';

function facets(route: string, attribute: 'filter' | 'meta'): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const el of readPage(route).querySelectorAll(`[data-pagefind-${attribute}]`)) {
    (found[el.getAttribute(`data-pagefind-${attribute}`)!] ??= []).push(el.textContent ?? '');
  }
  return found;
}

const policyOf = (route: string) => readPage(route).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('search facts', () => {
  it('an activity: type, fiscal year, pillar, topic, kind, member, date', () => {
    expect(facets(KASHIWA, 'filter')).toEqual({
      'Type': ['Activity'],
      'Fiscal year': ['2018/19'],
      'Pillar': [expect.stringMatching(/^Pillar 1: /)],
      'Topic': ['Money Laundering'],
      'Kind of activity': ['Regional workshop'],
      'Member': ['Japan'],
    });
    expect(facets(KASHIWA, 'meta')).toMatchObject({ title: ['WCO A/P Regional Workshop on Anti-Money Laundering and Terrorism Financing'], type: ['Activity'], date: ['21-25 January 2019'] });
  });

  it('a newsletter article: the fiscal year of the quarter it covers, its date and author', () => {
    expect(facets(NOJIMA_ARTICLE, 'filter')).toEqual({ 'Type': ['Newsletter'], 'Fiscal year': ['2017/18'] });
    expect(facets(NOJIMA_ARTICLE, 'meta')).toMatchObject({ date: ['January 2018'], author: ['Ms. Saori Nojima'] });
  });

  it('a survey report’s chapter page has the filters and date of its report’s contents page', () => {
    expect(facets('/surveys/2020/response-to-the-survey/', 'filter')).toEqual({ 'Type': ['Survey report'], 'Fiscal year': ['2019/20'] });
    expect(facets('/surveys/2020/response-to-the-survey/', 'filter')).toEqual(facets('/surveys/2020/', 'filter'));
    expect(facets('/surveys/2020/response-to-the-survey/', 'meta').date).toEqual(facets('/surveys/2020/', 'meta').date);
    expect(readPage('/surveys/2020/response-to-the-survey/').querySelector('main[data-pagefind-body]')).not.toBeNull();
  });

  it("a member's page answers to its code and its administration's abbreviation", () => {
    expect(facets('/members/fj/', 'filter')).toEqual({ Type: ['Member'], Member: ['Fiji'] });
    expect(facets('/members/fj/', 'meta').keywords?.[0]?.split(', ')).toEqual(expect.arrayContaining(['FJ', 'FRCS']));
  });

  it('every page of each publication type carries its type', () => {
    const expected: [RegExp, string][] = [
      [/^\/reports\/\d{4}-\d{2}\/([a-z0-9-]+\/)?$/, 'Annual report'],
      [/^\/newsletters\/\d+\/([a-z0-9-]+\/)?$/, 'Newsletter'],
      [/^\/surveys\/\d{4}\/([a-z0-9-]+\/)?$/, 'Survey report'],
      [/^\/activities\/(?!by-|\d{4}-\d{2}\/)[a-z0-9-]+\/$/, 'Activity'],
      [/^\/work-plans\/\d{4}-\d{2}\/$/, 'Work plan'],
      [/^\/members\/[a-z]{2}\/$/, 'Member'],
      [/^\/people\/[a-z-]+\/$/, 'Person'],
    ];
    const routes = listPageRoutes().filter((route) => !route.endsWith('/print/'));
    const wrong = routes.flatMap((route) => {
      const type = expected.find(([pattern]) => pattern.test(route))?.[1];
      const actual = facets(route, 'filter').Type;
      return (type ? actual?.join() === type : actual === undefined) ? [] : [`${route}: ${actual}`];
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the facts out of the indexed main content and out of sight', () => {
    const bad = listPageRoutes().filter((route) => readPage(route).querySelector('main [data-pagefind-filter], main [data-pagefind-meta], .search-facets:not([hidden])'));
    expect(bad).toEqual([]);
  });
});

describe('the search index', () => {
  it('holds every page whose main is marked for it, and Pagefind UI', () => {
    const entry = JSON.parse(readFileSync(join(siteDir(), 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const marked = listPageRoutes().filter((route) => readPage(route).querySelector('main[data-pagefind-body]'));
    expect(entry.languages.en.page_count).toBe(marked.length);
    expect(readFileSync(join(siteDir(), 'pagefind', 'pagefind-ui.js'), 'utf8')).toContain('PagefindUI');
  });
});

describe('Content-Security-Policy', () => {
  const routes = listPageRoutes();

  it('every page declares one, first in its head, forbidding inline script and plugins', () => {
    const bad = routes.filter((route) => {
      const head = readPage(route).head;
      const policy = policyOf(route);
      const first = head.querySelector('meta[http-equiv="Content-Security-Policy"], link, style, script');
      return head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length !== 1 || first?.getAttribute('http-equiv') !== 'Content-Security-Policy' || /'unsafe-inline'|'unsafe-eval'/.test(policy) || !policy.includes("object-src 'none'") || !policy.includes("base-uri 'self'") || !policy.includes("form-action 'self'");
    });
    expect(bad).toEqual([]);
  });

  it('allows each inline style by its hash, and no page has a style attribute', () => {
    const bad = routes.flatMap((route) => {
      const doc = readPage(route);
      const unhashed = [...doc.querySelectorAll('style')].filter((style) => !policyOf(route).includes(sha256(style.textContent ?? '')));
      return unhashed.length > 0 || doc.querySelector('[style]') ? [route] : [];
    });
    expect(bad).toEqual([]);
  });

  it('only /search/ runs scripts, from files on this site; other pages forbid them', () => {
    const scripted = routes.filter((route) => readPage(route).querySelector('script'));
    expect(scripted).toEqual(['/search/']);
    const sources = [...readPage('/search/').querySelectorAll('script')].map((script) => script.getAttribute('src'));
    expect(sources).toEqual([expect.stringMatching(/^\/pagefind\/pagefind-ui\.js$/), expect.stringMatching(/^\/_astro\/[^/]+\.js$/)]);
    expect(policyOf('/search/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(routes.filter((route) => route !== '/search/' && !policyOf(route).includes("script-src 'none'"))).toEqual([]);
  });
});

describe('searching without JavaScript', () => {
  it('every page but /search/ has the header form: GET /search/?q=, labelled', () => {
    const bad = listPageRoutes().filter((route) => {
      const doc = readPage(route);
      const form = doc.querySelector('header form[role="search"]');
      if (route === '/search/' || route.endsWith('/print/')) return form !== null;
      const input = form?.querySelector('input[name="q"]');
      return form?.getAttribute('action') !== '/search/' || form.getAttribute('method') !== 'get' || !input || !doc.querySelector(`label[for="${input.id}"]`)?.textContent?.trim();
    });
    expect(bad).toEqual([]);
  });

  it('the search page explains itself and links to the browse lists', () => {
    const doc = readPage('/search/');
    expect(doc.querySelector('noscript')?.textContent).toMatch(/JavaScript/);
    const links = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/activities/', '/members/', '/people/', '/reports/', '/newsletters/', '/surveys/', '/glossary/']));
  });
});
