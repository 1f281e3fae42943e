import { memoiseFigures } from '../model/figures.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import type { PageText } from '../site/chapters.ts';
import { createDataMarkdown } from './page-markdown.ts';

/** Markdown texts to render ahead, picked from the site's data (src/site/chapters.ts lists them). */
export type TextsToRender = (data: SiteData) => Pick<PageText, 'markdown' | 'file'>[];

/**
 * Renders texts the site's pages show into the build cache, with the pipeline and the figures
 * the pages use, so the disk keys match and a page finds its texts rendered. The build's check
 * thread does this (src/validation/check-worker.ts), on the second core, while the main thread
 * is still starting Astro and loading content; a page that gets to a text first renders it
 * itself. The function returned renders the texts `pick` lists and returns how many it rendered
 * (not those already in the cache, nor those with charts, which are never kept).
 */
export function prepareTextsAhead(checked: SiteData, diskCache: { root: string; cacheDir: string }): (pick: TextsToRender) => Promise<number> {
  const data = withBodiesAsAstroKeepsThem(checked);
  // Written at once: a page may ask for a text a moment after it is rendered here.
  const markdown = createDataMarkdown(data, memoiseFigures(data), { ...diskCache, writeAtOnce: true });
  return async (pick) => {
    let rendered = 0;
    for (const text of pick(data)) if (await markdown.renderAhead(text.markdown, text.file)) rendered += 1;
    return rendered;
  };
}

/**
 * The checker keeps each body as written, so its diagnostics count lines from the file; Astro's
 * Markdown loader keeps it trimmed (astro/dist/vite-plugin-markdown/content-entry-type.js), and
 * the pages render what Astro keeps.
 */
function withBodiesAsAstroKeepsThem(data: SiteData): SiteData {
  const trimmed = <T>(entries: MarkdownEntry<T>[]) => entries.map((entry) => ({ ...entry, body: entry.body.trim() }));
  return { ...data, activities: trimmed(data.activities), reportChapters: trimmed(data.reportChapters), surveyChapters: trimmed(data.surveyChapters), articles: trimmed(data.articles) };
}
