/**
 * A hand-off from the pages Astro renders during `astro build` to an integration that wants
 * each page as it is made (the search index, src/integrations/pagefind-index.ts), rather
 * than reading every file back once all are written. src/middleware.ts gives each rendered
 * page to the collector, if one is set; it is set only during a build.
 *
 * Through globalThis because the middleware runs from Astro's build bundle, which has its own
 * copy of this module, in the same process as the integrations.
 */
export type BuiltPageCollector = (url: string, html: string) => void;

const COLLECTOR = Symbol.for('rapporteur.built-page-collector');

export function setBuiltPageCollector(collector: BuiltPageCollector | undefined): void {
  (globalThis as Record<symbol, unknown>)[COLLECTOR] = collector;
}

export function getBuiltPageCollector(): BuiltPageCollector | undefined {
  return (globalThis as Record<symbol, BuiltPageCollector | undefined>)[COLLECTOR];
}
