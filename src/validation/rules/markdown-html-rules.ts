import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { ALLOWED_PROTOCOLS, ALLOWED_TAGS } from '../../markdown/html-allowlist.ts';
import { findExcessiveNesting } from '../markdown-depth.ts';
import type { MarkdownEntry } from '../../model/site-data.ts';
import { makeDiagnostic } from '../parse-content-file.ts';
import type { RuleContext } from '../rule-context.ts';

/**
 * Raw HTML and links in Markdown that the page's sanitiser would remove — <script>,
 * <iframe>, event-handler attributes, javascript: URLs — are reported as warnings at their
 * line, so an editor learns why something they wrote does not appear.
 */
export function checkMarkdownHtml(context: RuleContext): void {
  const { activities, reportChapters, surveyChapters, articles } = context.data;
  for (const entry of [...activities, ...reportChapters, ...surveyChapters, ...articles] as MarkdownEntry<object>[]) {
    // Only raw HTML (<…), inline links and images ("](") and link definitions ("]:") can hold
    // what the sanitiser removes; most texts have none, and parsing is the costly part.
    if (!/<|\]\(|\]:/.test(entry.body)) continue;
    // Too deep to parse safely: checkMarkdownDepth reports it instead.
    if (findExcessiveNesting(entry.body)) continue;
    const tree: MdastRoot = fromMarkdown(entry.body);
    const at = (offset: number | undefined) => context.sources.inBody(entry.data, entry.body, offset ?? 0);
    visit(tree, (node) => {
      if (node.type === 'html') checkRawHtml(context, node.value, at(node.position?.start.offset));
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isUnsafeUrl(node.url)) {
        context.diagnostics.push(makeDiagnostic('UnsafeUrl', { url: node.url }, at(node.position?.start.offset)));
      }
    });
  }
}

function checkRawHtml(context: RuleContext, html: string, at: ReturnType<RuleContext['sources']['inBody']>): void {
  const tree: HastRoot = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element: Element) => {
    if (!ALLOWED_TAGS.has(element.tagName)) {
      context.diagnostics.push(makeDiagnostic('UnsafeHtml', { tag: element.tagName }, at));
      return;
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) context.diagnostics.push(makeDiagnostic('UnsafeHtmlAttribute', { tag: element.tagName, attribute: name.toLowerCase() }, at));
      else if ((name === 'href' || name === 'src') && typeof value === 'string' && isUnsafeUrl(value)) context.diagnostics.push(makeDiagnostic('UnsafeUrl', { url: value }, at));
    }
  });
}

/** A URL with a scheme the allowlist does not keep (javascript:, data:, vbscript:, …). */
function isUnsafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme !== undefined && !ALLOWED_PROTOCOLS.has(scheme);
}
