import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A written PDF, as its links describe it. */
export interface PdfFacts {
  fileName: string;
  bytes: number;
  pageCount: number;
}

/**
 * Writes each PDF's size into the pages that link to it: the slot
 * `<span data-pdf-size="survey-2020.pdf"></span>` that PdfEditionLink.astro renders.
 * Pages are built before the PDFs exist, so the size can only be filled in afterwards.
 * Returns the PDFs no page links to.
 */
export function fillPdfLinks(siteDir: string, pdfs: readonly PdfFacts[]): string[] {
  const linked = new Set<string>();
  for (const file of globSync('**/*.html', { cwd: siteDir })) {
    const path = join(siteDir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-pdf-size=')) continue;
    let filled = html;
    for (const pdf of pdfs) {
      const slot = new RegExp(`(<span data-pdf-size="${escapeRegExp(pdf.fileName)}"[^>]*>)[^<]*(</span>)`, 'g');
      filled = filled.replace(slot, (_match, open: string, close: string) => {
        linked.add(pdf.fileName);
        return `${open}${describePdf(pdf)}${close}`;
      });
    }
    if (filled !== html) writeFileSync(path, filled);
  }
  return pdfs.map((pdf) => pdf.fileName).filter((name) => !linked.has(name));
}

/** `(PDF, A4, 63 pages, 1.5 MB)`. */
export function describePdf(pdf: Pick<PdfFacts, 'bytes' | 'pageCount'>): string {
  return `(PDF, A4, ${pdf.pageCount} ${pdf.pageCount === 1 ? 'page' : 'pages'}, ${formatFileSize(pdf.bytes)})`;
}

/** Decimal units, as file managers show them: `840 kB`, `1.5 MB`. */
export function formatFileSize(bytes: number): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(bytes / 1e3, 1), 'kilobyte'];
  return new Intl.NumberFormat('en', { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
