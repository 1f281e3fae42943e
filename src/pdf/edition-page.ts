import type { BrowserContext, Page } from 'playwright-core';

/** What the PDF's document information says, read from the print edition's head. */
export interface EditionMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, from `<html lang>`. */
  language: string;
}

/** A table-of-contents entry: its slot (`data-toc-page`) and the heading it points at. */
export interface TocTarget {
  id: string;
  headingId: string;
}

/** What the page tells before printing. */
export interface PreparedEdition {
  metadata: EditionMetadata;
  tocTargets: TocTarget[];
  /** Every printed heading's text in document order, whitespace collapsed: the outline's titles. */
  headings: string[];
}

/** A print edition loaded in the browser, ready to print as often as the passes need. */
export interface EditionPage extends PreparedEdition {
  /** Writes page numbers into the table of contents; entries missing from `pages` are emptied. */
  fillTocPages(pages: ReadonlyMap<string, number>): Promise<void>;
  print(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens a print edition as Chromium prints it (print media, light colours, fonts loaded). */
export async function openEditionPage(context: BrowserContext, url: string): Promise<EditionPage> {
  const page = await context.newPage();
  try {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered HTTP ${response?.status() ?? 'nothing'}.`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const prepared = await page.evaluate(preparePrintEdition);
    return { ...prepared, fillTocPages: (pages) => fillTocPages(page, pages), print: () => printPdf(page), close: () => page.close() };
  } catch (error) {
    await page.close();
    throw error;
  }
}

function fillTocPages(page: Page, pages: ReadonlyMap<string, number>): Promise<void> {
  return page.evaluate((numbers: Record<string, number>) => {
    for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
      slot.textContent = String(numbers[slot.dataset.tocPage ?? ''] ?? '');
    }
  }, Object.fromEntries(pages));
}

/**
 * A4 from the page's own `@page` rules (margins, margin boxes), backgrounds kept, with the
 * headings as bookmarks (`outline`) and a structure tree (`tagged`). SVG stays vector.
 */
async function printPdf(page: Page): Promise<Uint8Array> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  return new Uint8Array(pdf);
}

/**
 * Runs in the browser, so it is self-contained. Points same-site links at the published
 * site (the PDF outlives the local server), points each table-of-contents link at its
 * heading (Chromium writes a named destination for every link target, which is how the
 * passes find the page a heading lands on), and reads metadata and headings.
 */
function preparePrintEdition(): PreparedEdition {
  const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content.trim() ?? '';
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) throw new Error('The print edition has no <link rel="canonical">, so its links cannot point at the published site.');
  // A <base> rather than rewritten hrefs: links resolve against the published site, and
  // the print styles, which read the href as written (attr(href)), still see it unchanged.
  const base = document.createElement('base');
  base.href = new URL(location.pathname, canonical).href;
  document.head.prepend(base);
  const tocTargets = [...document.querySelectorAll<HTMLElement>('[data-toc-page]')].map((slot) => {
    const id = slot.dataset.tocPage ?? '';
    const target = document.getElementById(id);
    if (!target) throw new Error(`The table of contents points at #${id}, which is not in the print edition.`);
    const heading = target.matches('h1, h2, h3, h4, h5, h6') ? target : (target.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? target);
    heading.id ||= `${id}--heading`;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].filter((a) => a.getAttribute('href') === `#${id}` || a.getAttribute('href') === `#${heading.id}`);
    if (links.length === 0) throw new Error(`The table of contents entry for #${id} has no link, so its page cannot be found.`);
    for (const link of links) link.setAttribute('href', `#${heading.id}`);
    return { id, headingId: heading.id };
  });
  const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility()).map(text);
  const metadata = {
    title: text(document.querySelector('main h1')) || document.title,
    author: meta('meta[name="author"]') || meta('meta[property="og:site_name"]'),
    subject: meta('meta[name="description"]'),
    language: document.documentElement.lang,
  };
  return { metadata, tocTargets, headings };
}
