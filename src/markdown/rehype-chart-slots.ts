import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Where remark-charts leaves the figures it drew, keyed by their slot's text. */
export const CHART_SLOTS = 'chartSlots';

/** The text of slot `index`: private-use characters, so no editor's text can look like it. */
export function chartSlotText(index: number): string {
  return `\uE000chart-${index}\uE000`;
}

/**
 * Puts the charts remark-charts drew (with `slots: true`) into their slots, after the page's
 * HTML sanitiser has run: the figures are generated SVG, which an editor's allowlist rightly
 * refuses, so they must enter the tree only once sanitising is done. Place it last.
 *
 * Input:  <p>\uE000chart-0\uE000</p>         (file.data.chartSlots: { '\uE000chart-0\uE000': '<figure …>…</figure>' })
 * Output: <figure class="chart" …>…</figure>
 */
export function rehypeChartSlots() {
  return (tree: Root, file: VFile) => {
    const slots = file.data[CHART_SLOTS] as Record<string, string> | undefined;
    if (!slots) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const html = slots[toString(node)];
      // A raw node: Astro's pipeline parses raw HTML after every plugin has run.
      if (html !== undefined) parent.children[index] = { type: 'raw', value: html } as unknown as RootContent as Element;
    });
  };
}
