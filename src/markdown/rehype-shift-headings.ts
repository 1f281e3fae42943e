import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface RehypeShiftHeadingsOptions {
  /** Levels to move every heading down: 1 turns `h2` into `h3`. Headings stop at `h6`. */
  offset: number;
}

/**
 * Moves headings down so a text keeps a correct outline wherever a page places it: a
 * chapter's `##` is an `h2` on the chapter's own page, but an `h3` in a whole-publication page
 * where the chapter title itself is the `h2`.
 *
 * Input (offset 1):  <h2>1. Introduction</h2>
 * Output:            <h3>1. Introduction</h3>
 */
export function rehypeShiftHeadings(options: RehypeShiftHeadingsOptions) {
  return (tree: Root) => {
    if (options.offset === 0) return;
    visit(tree, 'element', (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + options.offset)}`;
    });
  };
}
