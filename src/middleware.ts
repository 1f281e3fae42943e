import { defineMiddleware } from 'astro:middleware';
import { getBuiltPageCollector } from './integrations/built-pages.ts';

/**
 * During `astro build`, hands each rendered page to the search index as it is made
 * (src/integrations/built-pages.ts), so Pagefind indexes on another core while Astro renders
 * the next pages. Outside a build, and for anything but an HTML page, it does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const collect = getBuiltPageCollector();
  // Only addresses the built files will have (`/members/fj/`); anything else is read from disk after the build.
  if (!collect || !context.isPrerendered || !context.url.pathname.endsWith('/')) return next();
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  collect(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
