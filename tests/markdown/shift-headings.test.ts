import { describe, expect, it } from 'vitest';
import { createPageMarkdown } from '../../src/markdown/page-markdown.ts';
import { shiftHeadings } from '../../src/markdown/shift-headings.ts';

const page = () => createPageMarkdown({ figuresFor: () => new Map(), glossary: [] });

describe('shifting headings', () => {
  it('puts the highest heading at the given level, keeping the others’ depth below it', async () => {
    expect((await page().render('### 2.4.1 Effects\n\n#### Examples', 'content/x.md', { headingTop: 2 })).html).toBe('<h2 id="241-effects">2.4.1 Effects</h2>\n<h3 id="examples">Examples</h3>');
    expect((await page().render('## 1. Introduction\n\n### (1) Scope', 'content/x.md', { headingTop: 3 })).html).toBe('<h3 id="1-introduction">1. Introduction</h3>\n<h4 id="1-scope">(1) Scope</h4>');
  });

  it('gives the same text at two levels from one rendering, and moves the headings list with it', async () => {
    const markdown = page();
    const onPage = await markdown.render('## Findings\n\n### Effects', 'content/x.md', { headingTop: 2 });
    const inEdition = await markdown.render('## Findings\n\n### Effects', 'content/x.md', { headingTop: 3 });
    expect(onPage.headings.map((h) => h.depth)).toEqual([2, 3]);
    expect(inEdition.html).toBe('<h3 id="findings">Findings</h3>\n<h4 id="effects">Effects</h4>');
    expect(inEdition.headings.map((h) => h.depth)).toEqual([3, 4]);
  });

  it('stops at h6 and at h1', () => {
    expect(shiftHeadings('<h1>A</h1><h6>B</h6>', [], 3).html).toBe('<h3>A</h3><h6>B</h6>');
    expect(shiftHeadings('<h4>A</h4><h5>B</h5>', [], 1).html).toBe('<h1>A</h1><h2>B</h2>');
  });

  it('reads only tags: heading-like text and attribute values stay as they are', () => {
    expect(shiftHeadings('<h3 title="<h3> x">A</h3><p>&#x3C;h3> is a tag</p>', [], 2).html).toBe('<h2 title="<h3> x">A</h2><p>&#x3C;h3> is a tag</p>');
  });

  it('leaves a text without headings unchanged', () => {
    expect(shiftHeadings('<p>Just prose.</p>', [], 2).html).toBe('<p>Just prose.</p>');
  });
});
