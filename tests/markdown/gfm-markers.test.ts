import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { mayUseGfm } from '../../src/markdown/gfm-markers.ts';
import { createPageMarkdown } from '../../src/markdown/page-markdown.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Astro's pipeline with and without GFM, nothing else: what the choice of pipeline changes. */
const withGfm = createMarkdownProcessor({ gfm: true, syntaxHighlight: false, smartypants: false });
const withoutGfm = createMarkdownProcessor({ gfm: false, syntaxHighlight: false, smartypants: false });
const render = async (processor: typeof withGfm, markdown: string) => (await (await processor).render(markdown)).code;

/** Each GFM addition, in the smallest text that uses it. */
const GFM_SAMPLES = {
  table: '| a | b |\n| - | - |\n| 1 | 2 |',
  'table without outer pipes': 'a | b\n--|--\n1 | 2',
  strikethrough: 'a ~~b~~ c',
  'single-tilde strikethrough': 'a ~b~ c',
  footnote: 'Text[^1].\n\n[^1]: The note.',
  'task list': '- [ ] to do\n- [x] done',
  'www autolink': 'See www.wco.org today.',
  'url autolink': 'See https://www.wcoomd.org/ today.',
  'uppercase url autolink': 'See HTTPS://WCO.ORG today.',
  'e-mail autolink': 'Write to rocb@example.org today.',
};

/** A deterministic stream of texts made of Markdown's punctuation and GFM's near-misses. */
function* generateTexts(count: number): Generator<string> {
  const pieces = ['word', ' ', ' ', '\n', '\n\n', '*', '_', '[', ']', '(', ')', ':', '/', 'http', 'www', '.', '-', '|', '~', '@', 'x', '^', '#', '>', '`', '1.', '<b>', '!', '\\', 'W', '&amp;'];
  let seed = 20261123;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    const length = 3 + Math.floor(next() * 25);
    yield Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  }
}

describe('texts parsed without GFM', () => {
  it.each(Object.entries(GFM_SAMPLES))('are never those using a GFM addition: %s', async (_name, sample) => {
    // The sample really is GFM: it renders differently without.
    expect(await render(withoutGfm, sample)).not.toBe(await render(withGfm, sample));
    expect(mayUseGfm(sample)).toBe(true);
  });

  it('render as with GFM, for every shipped Markdown body without a GFM marker', async () => {
    const bodies = globSync('content/**/*.md', { cwd: ROOT })
      .filter((file) => !file.endsWith('ERRATA.md'))
      .map((file) => matter(readFileSync(join(ROOT, file), 'utf8')).content.trim());
    const plain = bodies.filter((body) => !mayUseGfm(body));
    // Most bodies take the faster path, or the split would not be worth having.
    expect(plain.length).toBeGreaterThan(bodies.length / 2);
    for (const body of plain) expect(await render(withoutGfm, body)).toBe(await render(withGfm, body));
  });

  it('render as with GFM, for generated texts without a GFM marker', async () => {
    let compared = 0;
    for (const text of generateTexts(3000)) {
      if (mayUseGfm(text)) continue;
      expect(await render(withoutGfm, text), text).toBe(await render(withGfm, text));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('page Markdown', () => {
  it('renders GFM where a text uses it, and plain CommonMark the same as before', async () => {
    const page = createPageMarkdown({ figuresFor: () => new Map(), glossary: [] });
    const table = await page.render(GFM_SAMPLES.table, 'content/x.md');
    expect(table.html).toContain('<table>');
    const link = await page.render(GFM_SAMPLES['url autolink'], 'content/x.md');
    expect(link.html).toContain('<a href="https://www.wcoomd.org/">');
    const plain = await page.render('A *plain* paragraph.', 'content/x.md');
    expect(plain.html).toBe('<p>A <em>plain</em> paragraph.</p>');
  });
});
