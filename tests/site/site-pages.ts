import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';

/** Reading the built site: routes, files, and pages parsed as DOM documents. */

export function siteDir(): string {
  return inject('siteDir');
}

/** The file a route is served from: `/reports/` → `reports/index.html`; `/x.xml` as is. */
export function fileOfRoute(route: string): string {
  const path = decodeURIComponent(route.split('#')[0]!.split('?')[0]!);
  return join(siteDir(), path.endsWith('/') ? `${path}index.html` : path);
}

export function routeExists(route: string): boolean {
  const file = fileOfRoute(route);
  return existsSync(file) && statSync(file).isFile();
}

const cache = new Map<string, Document>();

/** A built page as a DOM document (parsed once per test file). */
export function readPage(route: string): Document {
  let document = cache.get(route);
  if (!document) {
    document = parseHTML(readFileSync(fileOfRoute(route), 'utf8')).document as unknown as Document;
    cache.set(route, document);
  }
  return document;
}

/** Every HTML page's route, `/…/`, sorted. */
export function listPageRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) routes.push(toRoute(relative(siteDir(), path)));
    }
  };
  walk(siteDir());
  return routes.sort();
}

function toRoute(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The text of a page's main content, whitespace collapsed. */
export function mainText(route: string): string {
  return (readPage(route).querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * A page's main content as stable, diffable HTML for golden files: one block element per
 * line, whitespace collapsed.
 */
export function normaliseMain(route: string): string {
  const html = readPage(route).querySelector('main')?.innerHTML ?? '';
  return `${html
    // A PDF's page count and size change with any content edit and with the fonts installed:
    // they are tested in tests/pdf/, not frozen here.
    .replace(/(<span data-pdf-size="[^"]*"[^>]*>)[^<]*(<\/span>)/g, '$1…$2')
    .replace(/\s+/g, ' ')
    .replace(/<(\/?)(h[1-6]|p|ul|ol|li|dl|dt|dd|table|caption|thead|tbody|tfoot|tr|section|article|nav|header|div|address)(?=[\s>])/g, '\n<$1$2')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')}\n`;
}
