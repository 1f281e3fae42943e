// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildCache } from './src/integrations/build-cache.ts';
import { checkContent } from './src/integrations/check-content.ts';
import { noDependencyPrebundling } from './src/integrations/no-dependency-prebundling.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { pdfEditions } from './src/integrations/pdf-editions.ts';
import { sitemapAddress } from './src/integrations/sitemap-address.ts';

// Pages rendered at once. Rendering is one thread's work, but each page also waits on its
// files being written (twice with the incremental build's copy); with one page at a time the
// main thread sat idle 30-40 % of a cold 16x build (--cpu-prof). 4: cold 16x 34.2 s, against
// 40.5 s one at a time (same machine, same hour). Pages share nothing but memoised facts.
const RENDERED_AT_ONCE = 4;

export default defineConfig({
  site: 'https://rocb-ap.example.org',
  output: 'static',
  trailingSlash: 'always',
  // pdfEditions prints the pages the build has just written (off: RAPPORTEUR_PDF=off);
  // pagefindIndex indexes the pages as they are rendered (src/middleware.ts) and writes the index last.
  // buildCache tells pages where to keep rendered Markdown and charts between builds.
  // noDependencyPrebundling: a build serves no browser, so Vite pre-bundles nothing for one.
  integrations: [noDependencyPrebundling(), checkContent(), buildCache(), sitemap(), sitemapAddress(), pdfEditions(), pagefindIndex()],
  // No `markdown` settings: Astro renders no Markdown here. Pages render every body through
  // our unified (remark/rehype) pipeline, src/markdown/page-markdown.ts, which is
  // @astrojs/markdown-remark's processor with our plugins; the collections do not render while
  // loading (src/content.config.ts). `markdown.processor: unified()` configured a renderer that
  // never ran, and importing it loaded that whole pipeline (about 330 modules) into every build.
  // No client JavaScript and no third-party requests: nothing to prefetch, nothing to inline.
  prefetch: false,
  // Every stylesheet and script a file: the Content-Security-Policy (src/site/content-security-policy.ts)
  // allows styles and scripts from the site's own files only, so Astro must not inline small
  // ones (it inlines a script under Vite's assetsInlineLimit, 4 KB by default).
  build: { inlineStylesheets: 'never', concurrency: RENDERED_AT_ONCE },
  vite: { build: { assetsInlineLimit: 0 } },
  // A page whose cacheKey (src/build-cache/page-cache-key.ts) and code are unchanged since the
  // last build is copied from Astro's cache instead of rendered. RAPPORTEUR_CACHE=off renders all.
  experimental: { incrementalBuild: process.env.RAPPORTEUR_CACHE !== 'off' },
});
