import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { arePdfEditionsEnabled } from '../pdf/pdf-settings.ts';

/**
 * Makes the PDF editions at the end of `astro build`, into the build's own output folder:
 * npm run build swaps that folder into dist/ only when this succeeded too, so the pages and
 * the PDFs they link to always come from the same content. Off with RAPPORTEUR_PDF=off
 * (`npm run build -- --no-pdf`).
 */
export function pdfEditions(): AstroIntegration {
  return {
    name: 'rapporteur:pdf-editions',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!arePdfEditionsEnabled()) {
          logger.info('PDF editions skipped (RAPPORTEUR_PDF=off): the pages show no PDF link.');
          return;
        }
        const started = performance.now();
        // Loaded here, not at the top: playwright-core costs 0.4-0.7 s to load, on every
        // build and dev start, even when no PDF is made.
        const { renderPdfEditions } = await import('../pdf/render-editions.ts');
        const written = await renderPdfEditions(fileURLToPath(dir), { log: (line) => logger.info(line) });
        logger.info(`${written.length} PDF edition(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
