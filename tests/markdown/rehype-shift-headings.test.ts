import { describe, expect, it } from 'vitest';
import { rehypeShiftHeadings } from '../../src/markdown/rehype-shift-headings.ts';
import { processMarkdown } from './process-markdown.ts';

const render = (markdown: string, top: number) => processMarkdown(markdown, { rehype: [[rehypeShiftHeadings, { top }]] });

describe('rehype-shift-headings', () => {
  it('puts the highest heading at the given level, keeping the others’ depth below it', async () => {
    expect(await render('### 2.4.1 Effects\n\n#### Examples', 2)).toBe('<h2>2.4.1 Effects</h2>\n<h3>Examples</h3>');
    expect(await render('## 1. Introduction\n\n### (1) Scope', 3)).toBe('<h3>1. Introduction</h3>\n<h4>(1) Scope</h4>');
  });

  it('stops at h6', async () => {
    expect(await render('# A\n\n###### B', 3)).toBe('<h3>A</h3>\n<h6>B</h6>');
  });

  it('leaves a text without headings unchanged', async () => {
    expect(await render('Just prose.', 2)).toBe('<p>Just prose.</p>');
  });
});
