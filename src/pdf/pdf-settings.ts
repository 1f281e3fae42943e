/**
 * Whether this build makes PDF editions. On by default, so a published site always has the
 * PDFs its pages link to; `npm run build -- --no-pdf` sets RAPPORTEUR_PDF=off for a quick
 * build (or a machine without Chromium), and the pages then show no PDF link at all.
 */
export function arePdfEditionsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RAPPORTEUR_PDF !== 'off';
}
