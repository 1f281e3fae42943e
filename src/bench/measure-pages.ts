import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Weight and scripts of the built pages: what a reader downloads for one page. */
export interface PageReport {
  pages: number;
  /** HTML + linked CSS of each page, inline <svg> removed, in KB (1024 bytes), heaviest first. */
  weights: { page: string; kb: number }[];
  medianKb: number;
  /** Pages other than /search/ that carry JavaScript. */
  pagesWithScript: string[];
}

/** Pages allowed to run JavaScript: the search page loads Pagefind. */
const SCRIPT_ALLOWED = /^search\//;

export function measurePages(distDir: string): PageReport {
  const cssCache = new Map<string, number>();
  const weights: { page: string; bytes: number }[] = [];
  const pagesWithScript: string[] = [];
  for (const file of listHtmlFiles(distDir)) {
    const page = relative(distDir, file).split(sep).join('/');
    const html = readFileSync(file, 'utf8');
    const css = linkedStylesheets(html).reduce((total, href) => total + stylesheetBytes(distDir, href, cssCache), 0);
    weights.push({ page, bytes: Buffer.byteLength(stripSvg(html)) + css });
    if (!SCRIPT_ALLOWED.test(page) && hasScript(html)) pagesWithScript.push(page);
  }
  weights.sort((a, b) => b.bytes - a.bytes);
  return {
    pages: weights.length,
    weights: weights.map(({ page, bytes }) => ({ page, kb: bytes / 1024 })),
    medianKb: (weights[Math.floor(weights.length / 2)]?.bytes ?? 0) / 1024,
    pagesWithScript,
  };
}

/** Inline chart SVG does not count towards a page's budget (the budget is for text and chrome). */
export function stripSvg(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/g, '');
}

/** A <script> that runs (JSON-LD and other data blocks do not), or a preloaded module. */
export function hasScript(html: string): boolean {
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(match[1]!)?.[1]?.toLowerCase();
    if (type === undefined || type === 'module' || type.includes('javascript')) return true;
  }
  return /<link\b[^>]*\brel\s*=\s*["']?modulepreload/i.test(html);
}

function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel\s*=\s*["']?stylesheet/i.test(tag))
    .map((tag) => /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined && href.startsWith('/'));
}

function stylesheetBytes(distDir: string, href: string, cache: Map<string, number>): number {
  if (!cache.has(href)) {
    let bytes = 0;
    try {
      bytes = statSync(join(distDir, href.split('?')[0]!)).size;
    } catch {
      // A stylesheet outside dist (another site) is not ours to weigh.
    }
    cache.set(href, bytes);
  }
  return cache.get(href)!;
}

export function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listHtmlFiles(path);
    return e.isFile() && e.name.endsWith('.html') ? [path] : [];
  });
}
