import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { createPageMarkdown } from '../../src/markdown/page-markdown.ts';
import { remarkCharts } from '../../src/markdown/remark-charts.ts';
import { loadContent } from '../../src/validation/load-content.ts';
import { GOOD_SITE } from '../support/fixture-tree.ts';
import { readChart } from '../support/chart-reading.ts';

/** The good mini-site's data: one workshop surveyed in 2018 (4 administrations, 3 replies). */
const data = loadContent(GOOD_SITE).data;
const loadData = () => data;
/** Astro's unified pipeline with the plugin alone. */
async function render(markdown: string, path = 'content/surveys/2018/02-replies.md'): Promise<string> {
  const processor = await createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [[remarkCharts, { loadData }]] });
  return (await processor.render(markdown, { fileURL: path as never })).code;
}

/** A page's pipeline (src/markdown/page-markdown.ts): the plugin with slots, behind the HTML sanitiser. */
async function renderOnPage(markdown: string, path: string): Promise<string> {
  const page = createPageMarkdown({ figuresFor: () => new Map(), glossary: [], data });
  return (await page.render(markdown, path)).html;
}

const BLOCK = `\`\`\`chart
title: Replies per workshop
description: Replies received from the workshop surveyed in 2018.
data: { name: surveys/2018/replies }
mark: bar
encoding:
  y: { field: workshop, type: nominal }
  x: { field: replies, type: quantitative, title: Replies }
\`\`\``;

describe('remark-charts', () => {
  it('draws a chart block as a figure with its SVG, description and table', async () => {
    const html = await render(`Replies came in.\n\n${BLOCK}\n`);
    await expect(html).toMatchFileSnapshot('golden/remark-charts.html');
    const chart = readChart(html);
    expect(chart.allMarks()).toHaveLength(1);
    expect(chart.axisTitles()).toEqual(['Replies', 'workshop']);
    expect(chart.axisLabels()).toContain('WCO Regional Workshop on IPR (Dec. 2017)');
    expect(chart.tableRows()).toEqual([['1', 'WCO Regional Workshop on IPR (Dec. 2017)', 'regional', '4', '3', '75']]);
  });

  it('draws the same bytes every time', async () => {
    expect(await render(BLOCK)).toBe(await render(BLOCK));
  });

  it('leaves other code blocks alone and reads no data when there is no chart', async () => {
    const spy = vi.fn(loadData);
    const processor = await createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [[remarkCharts, { loadData: spy }]] });
    const { code } = await processor.render('```yaml\nmark: bar\n```', {});
    expect(code).toBe('<pre><code class="language-yaml">mark: bar\n</code></pre>');
    expect(spy).not.toHaveBeenCalled();
  });

  it('stops on a broken block with the file, line, column and a hint', async () => {
    const broken = `Intro.\n\n${BLOCK.replace('surveys/2018/replies', 'surveys/2018/replied')}\n`;
    const failure = render(broken, 'content/surveys/2018/02-replies.md');
    await expect(failure).rejects.toThrow(/content\/surveys\/2018\/02-replies\.md:6:15 {2}error {2}UnknownDataset\n {2}The chart's data names the dataset "surveys\/2018\/replied"/);
    await expect(failure).rejects.toThrow(/Hint: Did you mean "surveys\/2018\/replies"\?/);
    await expect(failure).rejects.toMatchObject({ line: 3, ruleId: 'UnknownDataset', source: 'remark-charts' });
  });

  it('counts lines from the top of the file when the text is the body under front matter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'remark-charts-'));
    const body = `\nIntro.\n\n${BLOCK.replace('field: replies', 'field: replys')}\n`;
    writeFileSync(join(dir, 'chapter.md'), `---\ntitle: Replies\norder: 2\n---\n${body}`);
    // Front matter: lines 1-4; body line 1 is file line 5; the fence is on line 8, "replys" on line 15.
    await expect(render(body, join(dir, 'chapter.md'))).rejects.toThrow(/chapter\.md:15:15 {2}error {2}UnknownChartField/);
  });

  it('with slots, puts the figure in after the page’s sanitiser, which would strip its SVG', async () => {
    const code = await renderOnPage(`An <svg><script>alert(1)</script></svg> editor's SVG.\n\n${BLOCK}\n`, 'content/x.md');
    expect(code).not.toContain('<script');
    expect(code.match(/<svg/g)).toHaveLength(1);
    expect(readChart(code).svg.getAttribute('role')).toBe('img');
    expect(code).not.toContain('\uE000');
  });
});
