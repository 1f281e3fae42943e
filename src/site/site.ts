import { keepChartsBetweenBuilds } from '../charts/build-chart.ts';
import { createDataMarkdown, type PageMarkdown } from '../markdown/page-markdown.ts';
import { memoiseFigures, type FigureContext } from '../model/figures.ts';
import type { SiteData } from '../model/site-data.ts';
import { readBuildCacheLocation } from '../integrations/build-cache.ts';
import { loadSiteData } from './load-site-data.ts';
import { readSavedBodies, withSavedBodies } from './saved-texts.ts';

/** What every page needs: the data, figures computed once per context, and a Markdown renderer. */
export interface Site {
  data: SiteData;
  figuresFor(context: FigureContext): ReadonlyMap<string, string>;
  /** A renderer for one page; render the page's texts through it in reading order. */
  createMarkdown(): PageMarkdown;
}

let site: Promise<Site> | undefined;

/** The site model, built once per build and shared by every page. */
export function loadSite(): Promise<Site> {
  site ??= loadSiteData().then(buildSite);
  const saved = readSavedBodies();
  return saved.size === 0 ? site : site.then((stored) => withSavedTexts(stored, saved));
}

/** Under `astro dev`, the model with narratives as last saved (src/site/saved-texts.ts), built once per saved state. */
let latestSaved: { key: string; stored: Site; site: Site } | undefined;

function withSavedTexts(stored: Site, saved: ReadonlyMap<string, string>): Site {
  const key = [...saved].flat().join('\0');
  if (latestSaved?.key === key && latestSaved.stored === stored) return latestSaved.site;
  const data = withSavedBodies(stored.data, saved);
  latestSaved = { key, stored, site: data === stored.data ? stored : buildSite(data) };
  return latestSaved.site;
}

function buildSite(data: SiteData): Site {
  const figuresFor = memoiseFigures(data);
  // Each text is rendered and each chart drawn once per build, and kept for the next build
  // in Astro's cache folder, where src/integrations/build-cache.ts says it is.
  const kept = readBuildCacheLocation();
  if (kept) keepChartsBetweenBuilds(kept.root, kept.cacheDir);
  const markdown = createDataMarkdown(data, figuresFor, kept);
  return {
    data,
    figuresFor,
    createMarkdown: () => markdown.forPage(),
  };
}
