import type { APIContext } from 'astro';

/** robots.txt, pointing crawlers at the sitemap; the address comes from `site` in astro.config.mjs. */
export function GET(context: APIContext): Response {
  const sitemap = new URL('/sitemap.xml', context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
