import { readdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, routeExists } from '../site/site-pages.ts';
import { pdfPath, PUBLICATIONS, readLinks, readPageCount } from './pdf-files.ts';

describe('the pdf/ folder', () => {
  it('holds one PDF per print edition and no temporary or partial file', () => {
    const names = readdirSync(dirname(pdfPath('x'))).sort();
    expect(names).toEqual(PUBLICATIONS.map((p) => p.file).sort());
  });
});

describe.each(PUBLICATIONS)('$file links', ({ file, print }) => {
  const publicOrigin = new URL(readPage(print).querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

  it('are live: site links go to the published site’s pages, none to the local server', async () => {
    const urls = (await readLinks(file)).flatMap((link) => (link.url ? [link.url] : []));
    const local = urls.filter((url) => /\/\/(127\.|localhost|\[::1\])/.test(url));
    expect(local).toEqual([]);
    const site = urls.filter((url) => url.startsWith(`${publicOrigin}/`));
    expect(site.length).toBeGreaterThan(0);
    expect(site.filter((url) => !routeExists(new URL(url).pathname))).toEqual([]);
    // In-document links (the contents, #fragments) stay in the PDF, not in the web edition.
    expect(site.filter((url) => new URL(url).pathname === print)).toEqual([]);
  });

  it('include the contents entries, which jump to pages within the document', async () => {
    const internal = (await readLinks(file)).flatMap((link) => (link.page ? [link.page] : []));
    expect(internal.length).toBeGreaterThan(3);
    expect(internal.every((page) => page >= 1 && page <= readPageCount(file))).toBe(true);
  });
});

describe.each(PUBLICATIONS)('the page $web', ({ file, web }) => {
  it('links to its PDF and states its page count and size', () => {
    const page = readPage(web);
    expect(page.querySelector(`a[href="/pdf/${file}"]`)).not.toBeNull();
    const stated = page.querySelector(`[data-pdf-size="${file}"]`)?.textContent ?? '';
    const match = /^\(PDF, A4, (\d+) pages, ([\d.]+) (kB|MB)\)$/.exec(stated);
    expect(match, stated).not.toBeNull();
    expect(Number(match![1])).toBe(readPageCount(file));
    const statedBytes = Number(match![2]) * (match![3] === 'MB' ? 1e6 : 1e3);
    const bytes = statSync(pdfPath(file)).size;
    expect(Math.abs(statedBytes - bytes)).toBeLessThanOrEqual(match![3] === 'MB' ? 0.05e6 : 0.5e3);
  });
});
