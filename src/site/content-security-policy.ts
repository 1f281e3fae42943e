import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every page declares in a `<meta http-equiv>` (static hosting
 * sends no headers). Nothing inline runs: pages without JavaScript forbid scripts outright;
 * the search page allows only its own files and Pagefind's WebAssembly. Styles come from the
 * site's own stylesheets; an inline `<style>` a layout cannot avoid (the print edition's
 * running header, which holds the title) is allowed by the hash of its exact text.
 * `frame-ancestors` is left out: browsers ignore it in a `<meta>` and say so in the console.
 */
export interface PolicyOptions {
  /** True for the one page that runs scripts (/search/). */
  scripts?: boolean;
  /** The exact text of each inline `<style>` element on the page. */
  inlineStyles?: readonly string[];
  /**
   * Another origin a `<base>` may point at. The PDF printer gives a print edition a `<base>`
   * on the published site so that the PDF's links outlive the local server it prints from
   * (src/pdf/edition-page.ts); on the published site that origin is the page's own.
   */
  baseOrigin?: string;
}

export function buildContentSecurityPolicy({ scripts = false, inlineStyles = [], baseOrigin }: PolicyOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // WebAssembly compilation is what Pagefind's search runs on; it is not `eval` of text.
    scripts ? ['script-src', "'self'", "'wasm-unsafe-eval'"] : ['script-src', "'none'"],
    ['style-src', "'self'", ...inlineStyles.map(hashSource)],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', scripts ? "'self'" : "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'", ...(baseOrigin ? [baseOrigin] : [])],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** `'sha256-…'`: the source expression that allows exactly this inline text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
