// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { checkContent } from './src/integrations/check-content.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { pdfEditions } from './src/integrations/pdf-editions.ts';
import { sitemapAddress } from './src/integrations/sitemap-address.ts';
import { remarkCharts } from './src/markdown/remark-charts.ts';
import { loadContent } from './src/validation/load-content.ts';

export default defineConfig({
  site: 'https://rocb-ap.example.org',
  output: 'static',
  trailingSlash: 'always',
  // pdfEditions prints the pages the build has just written (off: RAPPORTEUR_PDF=off);
  // pagefindIndex then indexes them as published, with the PDFs' sizes filled in.
  integrations: [checkContent(), sitemap(), sitemapAddress(), pdfEditions(), pagefindIndex()],
  markdown: {
    // The unified (remark/rehype) pipeline, not Astro 7's default engine: our plugins are
    // unified plugins. Pages render bodies through src/markdown/page-markdown.ts, which adds
    // remark-figures and rehype-abbreviations with the page's data (see the comment there).
    // remark-charts draws ```chart blocks wherever Astro itself renders Markdown, from the data on disk.
    processor: unified({ remarkPlugins: [[remarkCharts, { loadData: () => loadContent(process.cwd()).data }]] }),
  },
  // No client JavaScript and no third-party requests: nothing to prefetch, nothing to inline.
  prefetch: false,
  // Every stylesheet and script a file: the Content-Security-Policy (src/site/content-security-policy.ts)
  // allows styles and scripts from the site's own files only, so Astro must not inline small
  // ones (it inlines a script under Vite's assetsInlineLimit, 4 KB by default).
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
