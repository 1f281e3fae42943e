import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';

/**
 * `astro dev` shows a saved narrative's text on the next request. Astro's content store takes
 * an edit in at once but writes it, for the pages to read, at most every 500 ms (its
 * MutableDataStore's save debounce), so an edit showed after 0.6-1 s however fast the page. The
 * dev server's watcher (src/integrations/check-content.ts) notes each Markdown file saved; at
 * each request, pages read those files' bodies from disk, as Astro's glob loader would store
 * them, and use each one that differs from the store's. Front matter still comes from the
 * store: it goes through the schemas, and a changed date or pillar moves the entry between
 * pages, which only a reload of the collections gets right. A build notes no file, so it reads
 * the store alone.
 */
const SAVED_FILES = Symbol.for('rapporteur.saved-markdown-files');

/** Each file noted as saved: its path from the root, as the store's entries name it, and on disk. */
type Holder = Record<symbol, Map<string, string> | undefined>;

/** Notes a Markdown file saved under `root` (`filePath` from the root: `content/activities/…/x.md`). */
export function noteSavedMarkdown(root: string, filePath: string): void {
  const holder = globalThis as Holder;
  holder[SAVED_FILES] ??= new Map();
  holder[SAVED_FILES].set(filePath, join(root, filePath));
}

/** The bodies of the files noted as saved, as on disk now, by path from the root; files since removed are left out. */
export function readSavedBodies(): ReadonlyMap<string, string> {
  const bodies = new Map<string, string>();
  for (const [filePath, path] of (globalThis as Holder)[SAVED_FILES] ?? []) {
    const text = readTextIfPresent(path);
    // The same body as the glob loader stores (front matter off, trimmed). The front matter is
    // not parsed: it comes from the store, and a file being edited may hold half-typed YAML.
    if (text !== undefined) bodies.set(filePath, matter(text, { engines: { yaml: () => ({}) } }).content.trim());
  }
  return bodies;
}

/** Forgets every file noted (for tests). */
export function forgetSavedMarkdown(): void {
  (globalThis as Holder)[SAVED_FILES] = undefined;
}

function readTextIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Removed (or renamed) since it was saved: the store drops it on its next write.
    return undefined;
  }
}

/**
 * `data` with each Markdown entry whose file is in `bodies` given that body; the same object
 * when no body differs from the store's, so that pages keep sharing one site model.
 */
export function withSavedBodies(data: SiteData, bodies: ReadonlyMap<string, string>): SiteData {
  const differs = (entry: MarkdownEntry<unknown>) => entry.filePath !== undefined && bodies.has(entry.filePath) && bodies.get(entry.filePath) !== entry.body;
  const update = <T>(entries: MarkdownEntry<T>[]) => (entries.some(differs) ? entries.map((entry) => (differs(entry) ? { ...entry, body: bodies.get(entry.filePath!)! } : entry)) : entries);
  const activities = update(data.activities);
  const reportChapters = update(data.reportChapters);
  const surveyChapters = update(data.surveyChapters);
  const articles = update(data.articles);
  const same = activities === data.activities && reportChapters === data.reportChapters && surveyChapters === data.surveyChapters && articles === data.articles;
  return same ? data : { ...data, activities, reportChapters, surveyChapters, articles };
}
