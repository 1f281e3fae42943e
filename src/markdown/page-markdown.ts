import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { openDiskCache, type DiskCache, type DiskCacheOptions } from '../build-cache/disk-cache.ts';
import { sourceVersion } from '../build-cache/source-version.ts';
import { figureContextOfFile, type FigureContext } from '../model/figures.ts';
import type { SiteData } from '../model/site-data.ts';
import { createAbbreviationExplainer, type GlossaryTerm } from './explain-abbreviations.ts';
import { HTML_ALLOWLIST } from './html-allowlist.ts';
import { CHART_SLOTS, remarkCharts, type RemarkChartsOptions } from './remark-charts.ts';
import { FIGURE_PLACEHOLDER, remarkFigures } from './remark-figures.ts';
import { mayUseGfm } from './gfm-markers.ts';
import { shiftHeadings } from './shift-headings.ts';

export interface PageMarkdownOptions {
  figuresFor: (context: FigureContext) => ReadonlyMap<string, string>;
  glossary: readonly GlossaryTerm[];
  /** The site's data, for ```chart blocks (remark-charts.ts); without it they stay code blocks. */
  data?: SiteData;
  /** Keep rendered texts between builds in this cache folder (src/build-cache/); `root` is the project's. */
  diskCache?: { root: string; cacheDir: string } & DiskCacheOptions;
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

/** The site's Markdown: one per build, handing out one PageMarkdown per page. */
export interface SiteMarkdown {
  forPage(): PageMarkdown;
  /**
   * Renders a text into the disk cache, unless it is there already or cannot be kept (it has
   * charts): what a build's other thread does ahead of the pages (render-ahead.ts). True if
   * it rendered the text.
   */
  renderAhead(markdown: string, file: string): Promise<boolean>;
}

/** A text rendered, before the page's abbreviations and charts go in. */
interface RenderedText extends RenderedMarkdown {
  /** Chart figures by the text of their slot paragraph (remark-charts.ts). */
  chartSlots: Record<string, string>;
}

/** What a text's rendering depends on besides its Markdown, figures and place: the pipeline's code. */
const PIPELINE_SOURCES = ['src/markdown/**/*.ts', 'src/model/figures.ts'];

/**
 * Astro's unified pipeline (GFM, heading ids) plus our figures, charts, the HTML allowlist and
 * heading levels. Pages render bodies themselves, rather than through the content store's
 * cached HTML, because figures depend on every data file (a cached chapter would keep last
 * build's numbers) and because an abbreviation is explained once per page, across every text
 * the page shows.
 *
 * Each text is rendered once per build, however many pages show it and at whatever heading
 * level (a chapter and its print edition, an activity on its page and in its report chapter):
 * each page's own passes then move its headings to the page's level (shift-headings.ts), mark
 * its first uses of abbreviations and put the charts in. With `diskCache`, a text without
 * charts is also kept between builds, keyed by its Markdown, file, the values of the figures
 * it names and the pipeline's code.
 */
export function createSiteMarkdown(options: PageMarkdownOptions): SiteMarkdown {
  // Two pipelines, the same but for GFM: a text that cannot use it is parsed without (gfm-markers.ts).
  // Its packages load at the first text rendered, not with the pages: a build whose texts all
  // come from the disk cache (most builds: the check's thread renders them ahead) never loads them.
  const processors = new Map<boolean, Promise<MarkdownProcessor>>();
  const processorOf = (markdown: string) => {
    const gfm = mayUseGfm(markdown);
    let processor = processors.get(gfm);
    if (!processor) {
      processor = loadMarkdownProcessor(gfm, options);
      processors.set(gfm, processor);
    }
    return processor;
  };

  let disk: DiskCache | undefined;
  const diskCache = () => (disk ??= openDiskCache(options.diskCache!.cacheDir, 'markdown', sourceVersion(PIPELINE_SOURCES, options.diskCache!.root), options.diskCache));
  const rendered = new Map<string, Promise<RenderedText>>();

  // Charts are drawn from the data, which the key does not cover: texts with charts are kept for this build only.
  const diskKeyFor = (markdown: string, file: string) => (options.diskCache && !markdown.includes('```chart') ? diskKeyOf(markdown, file, options.figuresFor) : undefined);
  const renderText = async (markdown: string, file: string, diskKey = diskKeyFor(markdown, file)): Promise<RenderedText> => {
    const cached = diskKey === undefined ? undefined : diskCache().get(diskKey);
    if (cached !== undefined) return JSON.parse(cached) as RenderedText;
    const frontmatter: { [CHART_SLOTS]?: Record<string, string> } = {};
    const result = await (await processorOf(markdown)).render(markdown, { fileURL: file as never, frontmatter });
    const text = { html: result.code, headings: result.metadata.headings, chartSlots: frontmatter[CHART_SLOTS] ?? {} };
    if (diskKey !== undefined) diskCache().set(diskKey, JSON.stringify(text));
    return text;
  };

  const explain = createAbbreviationExplainer(options.glossary);
  return {
    async renderAhead(markdown, file) {
      const diskKey = diskKeyFor(markdown, file);
      if (diskKey === undefined || diskCache().has(diskKey)) return false;
      await renderText(markdown, file, diskKey);
      return true;
    },
    forPage() {
      // One set for the page, across every text it shows.
      const seen = new Set<string>();
      return {
        async render(markdown, file, { headingTop = 2 } = {}) {
          const key = `${file}\0${markdown}`;
          let text = rendered.get(key);
          if (!text) {
            text = renderText(markdown, file);
            rendered.set(key, text);
          }
          const { chartSlots, ...authored } = await text;
          const { html, headings } = shiftHeadings(authored.html, authored.headings, headingTop);
          return { html: fillChartSlots(explain(html, seen), chartSlots), headings };
        },
      };
    },
  };
}

type MarkdownProcessor = Awaited<ReturnType<typeof import('@astrojs/markdown-remark').createMarkdownProcessor>>;

/**
 * Astro's unified pipeline (GFM, heading ids) with our figures, charts and HTML allowlist. Its
 * packages are imported here, at the first text a build renders, rather than with the pages.
 */
async function loadMarkdownProcessor(gfm: boolean, options: PageMarkdownOptions): Promise<MarkdownProcessor> {
  const [{ createMarkdownProcessor }, { default: rehypeRaw }, { default: rehypeSanitize }] = await Promise.all([
    import('@astrojs/markdown-remark'),
    import('rehype-raw'),
    import('rehype-sanitize'),
  ]);
  return createMarkdownProcessor({
    gfm,
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
      // The charts stay as slot paragraphs; this hands their figures out of the pipeline.
      [rehypeHandOutChartSlots, {}],
    ],
  });
}

/**
 * The site's Markdown over its data: its figures, glossary and charts. The pages' (src/site/site.ts)
 * and the check thread's, which renders texts ahead (render-ahead.ts), are made here alike, so
 * that both give a text the same cache key.
 */
export function createDataMarkdown(data: SiteData, figuresFor: PageMarkdownOptions['figuresFor'], diskCache?: PageMarkdownOptions['diskCache']): SiteMarkdown {
  return createSiteMarkdown({ figuresFor, glossary: data.glossary, data, diskCache });
}

/** A renderer for one page: for tests and one-off pages; the site shares one SiteMarkdown. */
export function createPageMarkdown(options: PageMarkdownOptions): PageMarkdown {
  return createSiteMarkdown(options).forPage();
}

/**
 * Astro's processor returns only the HTML and the headings, and the front matter object it was
 * given: remark-charts' figures leave through that object.
 */
function rehypeHandOutChartSlots() {
  return (_tree: unknown, file: VFile) => {
    const slots = file.data[CHART_SLOTS];
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (slots && frontmatter) frontmatter[CHART_SLOTS] = slots;
  };
}

/** `<p>` + slot text + `</p>` → the chart's figure, after abbreviations (a chart's text is not prose). */
function fillChartSlots(html: string, slots: Record<string, string>): string {
  let filled = html;
  for (const [slot, figure] of Object.entries(slots)) filled = filled.replace(`<p>${slot}</p>`, () => figure);
  return filled;
}

/** Everything a text's HTML depends on: its Markdown, file and the figures it names. */
function diskKeyOf(markdown: string, file: string, figuresFor: PageMarkdownOptions['figuresFor']): string {
  const figures = figuresFor(figureContextOfFile(file));
  const named = [...new Set([...markdown.matchAll(FIGURE_PLACEHOLDER)].map((match) => match[1]!))].sort();
  return JSON.stringify([file, markdown, named.map((name) => [name, figures.get(name) ?? null])]);
}
