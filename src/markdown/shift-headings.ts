import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { HTML_TAG } from './html-tags.ts';

/**
 * Moves a rendered text's headings so they fit under the page's own: the highest becomes
 * `h{top}`, the others keep their depth below it, down to `h6`. A chapter's sections are `h2`
 * on the chapter's own page but `h3` on a whole-publication page, whether its author wrote
 * them `##` or `###`. It works on the HTML, so a text is rendered once for every level it is
 * shown at.
 *
 * Input (top 2):  <h3 id="x">2.4.1 Direct effects</h3><h4>Examples</h4>
 * Output:         <h2 id="x">2.4.1 Direct effects</h2><h3>Examples</h3>
 */
export function shiftHeadings(html: string, headings: readonly MarkdownHeading[], top: number): { html: string; headings: MarkdownHeading[] } {
  let highest = 7;
  for (const tag of html.matchAll(HTML_TAG)) {
    const level = headingLevel(tag[2]);
    if (level !== undefined && !tag[1]) highest = Math.min(highest, level);
  }
  const shift = highest === 7 ? 0 : top - highest;
  if (shift === 0) return { html, headings: [...headings] };
  const moved = (level: number) => Math.min(6, Math.max(1, level + shift));
  return {
    html: html.replace(HTML_TAG, (tag, slash: string | undefined, name: string | undefined, attributes: string | undefined) => {
      const level = headingLevel(name);
      return level === undefined ? tag : `<${slash}h${moved(level)}${attributes}>`;
    }),
    headings: headings.map((heading) => ({ ...heading, depth: moved(heading.depth) })),
  };
}

function headingLevel(name: string | undefined): number | undefined {
  const level = name && /^[hH]([1-6])$/.exec(name)?.[1];
  return level ? Number(level) : undefined;
}
