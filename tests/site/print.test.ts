import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/validation/load-content.ts';
import { readPage } from './site-pages.ts';

const content = loadContent(resolve(import.meta.dirname, '..', '..')).data;

/** The chapters (by title) a print edition must hold, from the content itself. */
const EDITIONS = [
  { route: '/reports/2018-19/print/', titles: content.reportChapters.filter((c) => c.group === '2018-19').map((c) => c.data.title) },
  { route: '/surveys/2020/print/', titles: content.surveyChapters.filter((c) => c.group === '2020').map((c) => c.data.title) },
  { route: '/surveys/2018/print/', titles: content.surveyChapters.filter((c) => c.group === '2018').map((c) => c.data.title) },
  { route: '/newsletters/59/print/', titles: content.articles.filter((a) => a.group === '059').map((a) => a.data.title) },
];

describe.each(EDITIONS)('print edition $route', ({ route, titles }) => {
  const doc = readPage(route);
  const chapters = [...doc.querySelectorAll('section.chapter')];

  it('has a cover with the publication title', () => {
    expect(doc.querySelector('section.cover h1')?.textContent).toBeTruthy();
  });

  it('contains every chapter, each a section that starts a new page', () => {
    const printed = chapters.map((section) => section.querySelector('h2')?.textContent?.trim());
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((title) => !printed.includes(title))).toEqual([]);
  });

  it('lists every chapter in its table of contents, with a slot for the page number', () => {
    const slots = [...doc.querySelectorAll('.print-toc [data-toc-page]')].map((el) => el.getAttribute('data-toc-page'));
    expect(chapters.map((section) => section.id).filter((id) => !slots.includes(id))).toEqual([]);
  });

  it('sets the running header to the publication title', () => {
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/@top-center\s*\{\s*content:\s*"[^"]+"/);
  });
});

describe('paged media stylesheet', () => {
  it('prints A4 pages numbered "n / N", chapters on new pages, rows and headings kept whole', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileOfRoute } = await import('./site-pages.ts');
    const doc = readPage('/reports/2018-19/print/');
    // Astro links big stylesheets and inlines small ones: read both.
    const linked = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => readFileSync(fileOfRoute(link.getAttribute('href')!), 'utf8'));
    const css = [...linked, ...[...doc.querySelectorAll('style')].map((style) => style.textContent ?? '')].join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(css).toMatch(/@bottom-center\s*\{\s*content:\s*counter\(page\)\s*" \/ "\s*counter\(pages\)/);
    expect(css).toMatch(/\.chapter\s*\{[^}]*break-before:\s*page/);
    expect(css).toMatch(/tr,\s*li,\s*dt,\s*figure\s*\{\s*break-inside:\s*avoid/);
    expect(css).toMatch(/h4,\s*caption,\s*thead\s*\{\s*break-after:\s*avoid/);
  });
});
