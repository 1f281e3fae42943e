import { describe, expect, it } from 'vitest';
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
