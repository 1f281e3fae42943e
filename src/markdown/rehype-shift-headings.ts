import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface RehypeShiftHeadingsOptions {
  /** The level the text's highest heading takes: 2 makes it an `h2`. Deeper ones keep their distance, down to `h6`. */
  top: number;
}

/**
 * Moves a text's headings so they fit under the page's own: the highest becomes `h{top}`,
 * the others keep their depth below it. A chapter's sections are `h2` on the chapter's own
 * page but `h3` on a whole-publication page, whether its author wrote them `##` or `###`.
 *
 * Input (top 3):  <h3>2.4.1 Direct effects</h3> <h4>Examples</h4>
 * Output:         <h3>2.4.1 Direct effects</h3> <h4>Examples</h4>
 * Input (top 2):  the same
 * Output:         <h2>2.4.1 Direct effects</h2> <h3>Examples</h3>
 */
export function rehypeShiftHeadings(options: RehypeShiftHeadingsOptions) {
  return (tree: Root) => {
    const headings: { node: Element; level: number }[] = [];
    visit(tree, 'element', (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) headings.push({ node, level: Number(level) });
    });
    if (headings.length === 0) return;
    const shift = options.top - Math.min(...headings.map((h) => h.level));
    for (const { node, level } of headings) node.tagName = `h${Math.min(6, Math.max(1, level + shift))}`;
  };
}
