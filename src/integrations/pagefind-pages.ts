import { globSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * The built pages as Pagefind should read them. Pagefind separates the text of headings,
 * paragraphs, list items and table data cells, but runs the text of other blocks together
 * (Pagefind issue #736): `<dt>Host</dt><dd>Fiji</dd><dt>Funded by</dt>` indexes as the one
 * word "HostFijiFunded", which a search for "Fiji" never finds, and the pages the build writes
 * have no whitespace between tags. So the index reads each page with a space after every
 * such block's end; the published pages are left exactly as built.
 */

/** Block elements whose ends Pagefind does not treat as a word break. */
const RUN_TOGETHER = ['dt', 'dd', 'dl', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'table', 'caption', 'figure', 'figcaption', 'ol', 'blockquote', 'pre', 'details', 'summary', 'address', 'aside', 'header'];
const BLOCK_END = new RegExp(`</(?:${RUN_TOGETHER.join('|')})>`, 'gi');

/** `<dt>Host</dt><dd>Fiji</dd>` → `<dt>Host</dt> <dd>Fiji</dd> `. */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, '$& ');
}

/** The address a built file is served at: `members/fj/index.html` → `/members/fj/`. */
export function urlOfPage(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface SitePage {
  url: string;
  content: string;
}

/** Every HTML file of a built site (relative to it), with its address, in path order. */
export function listSitePageFiles(siteDir: string): { file: string; url: string }[] {
  return globSync('**/*.html', { cwd: siteDir })
    .sort()
    .map((file) => ({ file, url: urlOfPage(file) }));
}

/**
 * A page as the index should read it: blocks separated, and only if Pagefind would index it
 * at all. Every page of the site marks its indexed part with `data-pagefind-body`, and then
 * Pagefind skips pages without one (print editions, 404, /search/): they are not sent. Charts'
 * SVG is left out too (the index excludes `svg` anyway; each chart's table holds its figures).
 */
export function prepareForIndex(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  return separateBlocks(html.replace(/<svg\b[\s\S]*?<\/svg>/g, ''));
}
