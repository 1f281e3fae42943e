import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Publishes the sitemap at the address crawlers and people try first, `/sitemap.xml`.
 * @astrojs/sitemap writes `sitemap-index.xml` (and `sitemap-0.xml`) and cannot be told
 * another name; this copies the index once it exists, so list it after `sitemap()`.
 */
export function sitemapAddress(): AstroIntegration {
  return {
    name: 'rapporteur:sitemap-address',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await copyFile(fileURLToPath(new URL('sitemap-index.xml', dir)), fileURLToPath(new URL('sitemap.xml', dir)));
      },
    },
  };
}
