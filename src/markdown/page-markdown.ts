import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { FigureContext } from '../model/figures.ts';
import { rehypeAbbreviations } from './rehype-abbreviations.ts';
import { remarkFigures } from './remark-figures.ts';

export interface PageMarkdownOptions {
  figuresFor: (context: FigureContext) => ReadonlyMap<string, string>;
  glossary: readonly { term: string; expansion: string }[];
}

export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

/** Renders the Markdown texts of one page, in reading order. */
export interface PageMarkdown {
  /** `file` is the text's path from the project root: it decides which figures the prose may use. */
  render(markdown: string, file: string): Promise<RenderedMarkdown>;
}

/**
 * A Markdown renderer for one page: Astro's unified pipeline (GFM, smart punctuation,
 * heading ids) plus our figures and abbreviations. Pages render bodies themselves, rather
 * than through the content store's cached HTML, because figures depend on every data file
 * (a cached chapter would keep last build's numbers) and because an abbreviation is
 * explained once per page, across every text the page shows.
 */
export async function createPageMarkdown(options: PageMarkdownOptions): Promise<PageMarkdown> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [[remarkFigures, { figuresFor: options.figuresFor }]],
    rehypePlugins: [[rehypeAbbreviations, { glossary: options.glossary, seen: new Set<string>() }]],
  });
  return {
    async render(markdown, file) {
      const result = await processor.render(markdown, { fileURL: file as never });
      return { html: result.code, headings: result.metadata.headings };
    },
  };
}
