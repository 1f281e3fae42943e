import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_PROTOCOLS, ALLOWED_TAGS } from '../../src/markdown/html-allowlist.ts';
import { createPageMarkdown } from '../../src/markdown/page-markdown.ts';
import { computeFigures } from '../../src/model/figures.ts';
import { checkProject } from '../../src/validation/check-project.ts';
import { buildCaseTree } from '../support/fixture-tree.ts';

/**
 * Raw HTML in Markdown, end to end: the fixture `unsafe-html-mixed` (an activity whose body
 * holds <script>, <iframe>, onclick= and a javascript: link beside allowed <u> and <abbr>)
 * is read as the checker reads it and rendered through the pages' own Markdown pipeline
 * (src/markdown/page-markdown.ts, configured as src/site/site.ts does). What the checker
 * warns about must be gone from the HTML; what it allows must stay.
 */
const FILE = 'content/activities/2017-18/ipr-regional-workshop-2017-12.md';
let html = '';
let warnings: string[] = [];

beforeAll(async () => {
  const result = checkProject(buildCaseTree('unsafe-html-mixed'));
  const data = result.content.data;
  const activity = data.activities.find((a) => a.id === '2017-18/ipr-regional-workshop-2017-12')!;
  const page = createPageMarkdown({ figuresFor: (context) => computeFigures(data, context), glossary: data.glossary, data });
  html = (await page.render(activity.body, FILE)).html;
  warnings = result.diagnostics.map((d) => d.name);
});

describe('raw HTML in Markdown', () => {
  it('is warned about by the checker: two elements, one attribute, one URL', () => {
    expect(warnings).toEqual(['UnsafeHtml', 'UnsafeHtml', 'UnsafeHtmlAttribute', 'UnsafeUrl']);
  });

  it('loses <script>, <iframe>, onclick= and the javascript: URL on the page', () => {
    expect(html).not.toMatch(/<script|<iframe|onclick|javascript:|alert\(/i);
  });

  it('keeps the allowed <u> and <abbr title>, and the text around what was removed', () => {
    expect(html).toContain('<u>FJ</u>');
    expect(html).toContain('<abbr title="Intellectual Property Rights">IPR</abbr>');
    expect(html).toContain('here');
    expect(html).toContain('the report');
  });

  it('holds only allowed elements, no event handlers, and only allowed URL schemes', () => {
    const found: string[] = [];
    visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
      if (!ALLOWED_TAGS.has(element.tagName)) found.push(`<${element.tagName}>`);
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
        const scheme = typeof value === 'string' && (name === 'href' || name === 'src') ? /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1] : undefined;
        if (scheme && !ALLOWED_PROTOCOLS.has(scheme.toLowerCase())) found.push(`${element.tagName} ${name}=${String(value)}`);
      }
    });
    expect(found).toEqual([]);
  });
});
