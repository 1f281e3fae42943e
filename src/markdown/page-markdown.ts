import { createMarkdownProcessor, type MarkdownHeading, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { FigureContext } from '../model/figures.ts';
import type { SiteData } from '../model/site-data.ts';
import { HTML_ALLOWLIST } from './html-allowlist.ts';
import { rehypeAbbreviations } from './rehype-abbreviations.ts';
import { rehypeChartSlots } from './rehype-chart-slots.ts';
import { rehypeShiftHeadings } from './rehype-shift-headings.ts';
import { remarkCharts, type RemarkChartsOptions } from './remark-charts.ts';
import { remarkFigures } from './remark-figures.ts';

export interface PageMarkdownOptions {
  figuresFor: (context: FigureContext) => ReadonlyMap<string, string>;
  glossary: readonly { term: string; expansion: string }[];
  /** The site's data, for ```chart blocks (remark-charts.ts); without it they stay code blocks. */
  data?: SiteData;
}

export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

/** Renders the Markdown texts of one page, in reading order. */
export interface PageMarkdown {
  /**
   * `file` is the text's path from the project root: it decides which figures the prose may
   * use. `headingTop` is the level its highest heading takes under the page's own headings.
   */
  render(markdown: string, file: string, options?: { headingTop?: number }): Promise<RenderedMarkdown>;
}

/**
 * A Markdown renderer for one page: Astro's unified pipeline (GFM, heading ids) plus our figures, the HTML allowlist, heading levels and abbreviations. Pages render bodies themselves, rather
 * than through the content store's cached HTML, because figures depend on every data file
 * (a cached chapter would keep last build's numbers) and because an abbreviation is
 * explained once per page, across every text the page shows.
 */
export function createPageMarkdown(options: PageMarkdownOptions): PageMarkdown {
  // One set for the page, shared by the processors of every heading level.
  const seen = new Set<string>();
  const processors = new Map<number, Promise<MarkdownRenderer>>();
  const processorFor = (top: number) => {
    let processor = processors.get(top);
    if (!processor) {
      processor = createMarkdownProcessor({
        syntaxHighlight: false,
        // The publisher's punctuation is kept as transcribed (its quotes are already typographic
        // where the documents had them); smart punctuation was half of all Markdown time.
        smartypants: false,
        remarkPlugins: [[remarkFigures, { figuresFor: options.figuresFor }], ...(options.data ? [[remarkCharts, { loadData: () => options.data!, slots: true }] as [typeof remarkCharts, RemarkChartsOptions]] : [])],
        rehypePlugins: [
          // Parse the editors' inline HTML first, so the allowlist sees it as elements (Astro
          // would parse it only after our plugins) and abbreviations are found inside it too.
          [rehypeRaw, {}],
          [rehypeSanitize, HTML_ALLOWLIST],
          [rehypeShiftHeadings, { top }],
          [rehypeAbbreviations, { glossary: options.glossary, seen }],
          // Charts are generated SVG the allowlist would strip: they go in after it, last.
          [rehypeChartSlots, {}],
        ],
      });
      processors.set(top, processor);
    }
    return processor;
  };
  return {
    async render(markdown, file, { headingTop = 2 } = {}) {
      const result = await (await processorFor(headingTop)).render(markdown, { fileURL: file as never });
      return { html: result.code, headings: result.metadata.headings };
    },
  };
}
