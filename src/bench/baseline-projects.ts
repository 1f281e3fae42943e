import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkNodeModules } from './scratch-project.ts';

/**
 * Baselines built from the same Markdown as the site, one page per file, with nothing else:
 * no schemas, validation, data, charts, search or PDF. They say what rendering this much
 * Markdown costs at all, so our figures can be read as a ratio to it.
 */
export type AstroEngine = 'default' | 'unified';

/** Astro pattern and Hugo folder layout for the Markdown files of content/ (not content/ERRATA.md). */
const MARKDOWN_PATTERN = '*/*/*.md';

export function createBareAstro(repoRoot: string, dir: string, contentDir: string, engine: AstroEngine): void {
  resetWithContent(dir, contentDir, 'content');
  linkNodeModules(repoRoot, dir);
  writeFiles(dir, {
    'package.json': JSON.stringify({ name: `bare-astro-${engine}`, private: true, type: 'module' }, null, 2),
    'astro.config.mjs': astroConfig(engine),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `export const collections = { pages: defineCollection({ loader: glob({ base: './content', pattern: '${MARKDOWN_PATTERN}' }) }) };`,
    ].join('\n'),
    'src/pages/[...slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('pages')).map((page) => ({ params: { slug: page.id }, props: { page } }));",
      '}',
      'const { page } = Astro.props;',
      'const { Content } = await render(page);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{page.data.title}</title></head>',
      '<body><main><h1>{page.data.title}</h1><Content /></main></body></html>',
    ].join('\n'),
  });
}

function astroConfig(engine: AstroEngine): string {
  if (engine === 'default') return "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static' });\n";
  return [
    "import { unified } from '@astrojs/markdown-remark';",
    "import { defineConfig } from 'astro/config';",
    "export default defineConfig({ output: 'static', markdown: { processor: unified() } });",
  ].join('\n');
}

/** Hugo with one single and one list layout; taxonomies, feeds and the sitemap switched off. */
export function createHugo(dir: string, contentDir: string): void {
  resetWithContent(dir, contentDir, 'content');
  rmSync(join(dir, 'content', 'ERRATA.md'), { force: true });
  writeFiles(dir, {
    'hugo.toml': [
      'baseURL = "https://example.org/"',
      'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]',
      '[markup.goldmark.renderer]',
      // Our pipeline keeps (sanitised) raw HTML; Hugo would drop it otherwise.
      'unsafe = true',
    ].join('\n'),
    'layouts/_default/single.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n',
    'layouts/_default/list.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n',
  });
}

function resetWithContent(dir: string, contentDir: string, name: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(contentDir, join(dir, name), { recursive: true });
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}
