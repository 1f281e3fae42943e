import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForCacheWrites } from '../../src/build-cache/disk-cache.ts';
import { createPageMarkdown } from '../../src/markdown/page-markdown.ts';

const glossary = [{ term: 'WCO', expansion: 'World Customs Organization' }];
const figuresFor = () => new Map([['members.count', '33']]);

describe('page Markdown (Astro’s unified pipeline with ours)', () => {
  it('renders figures, keeps punctuation as typed, and explains the page’s first abbreviation across texts', async () => {
    const page = createPageMarkdown({ figuresFor, glossary });
    const first = await page.render('"The WCO" has {{ members.count }} Members -- here.', 'content/reports/2018-19/15-mission.md');
    const second = await page.render('The WCO again.', 'content/activities/2018-19/x.md');
    expect(first.html).toBe('<p>"The <abbr title="World Customs Organization">WCO</abbr>" has 33 Members -- here.</p>');
    expect(second.html).toBe('<p>The WCO again.</p>');
  });

  it('keeps the allowed inline HTML and drops what the allowlist forbids', async () => {
    const page = createPageMarkdown({ figuresFor, glossary });
    const { html } = await page.render('Codes: <u>FJ</u>, TO<script>alert(1)</script> <a href="javascript:alert(1)">x</a>', 'content/x.md');
    expect(html).toContain('<u>FJ</u>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
  });

  it('places headings under the page’s own', async () => {
    const page = createPageMarkdown({ figuresFor, glossary });
    const { html, headings } = await page.render('## 1. Introduction', 'content/x.md', { headingTop: 3 });
    expect(html).toBe('<h3 id="1-introduction">1. Introduction</h3>');
    expect(headings).toEqual([{ depth: 3, slug: '1-introduction', text: '1. Introduction' }]);
  });
});

describe('page Markdown kept between builds', () => {
  const root = () => mkdtempSync(join(tmpdir(), 'page-markdown-cache-'));
  const cachedFiles = async (dir: string) => (await waitForCacheWrites(), readdirSync(join(dir, 'cache', 'markdown')));

  it('renders a text from the cache when its Markdown and the figures it names are unchanged', async () => {
    const dir = root();
    const figures = new Map([['members.count', '33']]);
    const first = await createPageMarkdown({ figuresFor: () => figures, glossary, diskCache: { root: dir, cacheDir: join(dir, 'cache') } }).render('The WCO has {{ members.count }} Members.', 'content/x.md');
    expect(await cachedFiles(dir)).toHaveLength(1);
    // A figure the text does not name changes: the entry still serves, abbreviations are the page's own.
    figures.set('workshops.count', '13');
    const second = await createPageMarkdown({ figuresFor: () => figures, glossary, diskCache: { root: dir, cacheDir: join(dir, 'cache') } }).render('The WCO has {{ members.count }} Members.', 'content/x.md');
    expect(second).toEqual(first);
    expect(await cachedFiles(dir)).toHaveLength(1);
  });

  it('renders again when a figure the text names has a new value', async () => {
    const dir = root();
    const render = (count: string) => createPageMarkdown({ figuresFor: () => new Map([['members.count', count]]), glossary, diskCache: { root: dir, cacheDir: join(dir, 'cache') } }).render('{{ members.count }} Members.', 'content/x.md');
    expect((await render('33')).html).toBe('<p>33 Members.</p>');
    expect((await render('34')).html).toBe('<p>34 Members.</p>');
    expect(await cachedFiles(dir)).toHaveLength(2);
  });

  it('keeps nothing when RAPPORTEUR_CACHE=off', async () => {
    const dir = root();
    process.env.RAPPORTEUR_CACHE = 'off';
    try {
      await createPageMarkdown({ figuresFor, glossary, diskCache: { root: dir, cacheDir: join(dir, 'cache') } }).render('Text.', 'content/x.md');
    } finally {
      delete process.env.RAPPORTEUR_CACHE;
    }
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
