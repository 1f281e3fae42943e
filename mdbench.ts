import { readFileSync, globSync } from 'node:fs';
import matter from 'gray-matter';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { HTML_ALLOWLIST } from './src/markdown/html-allowlist.ts';
import { rehypeShiftHeadings } from './src/markdown/rehype-shift-headings.ts';
const texts = globSync('content/**/*.md').filter(f => !f.endsWith('ERRATA.md')).map(f => matter(readFileSync(f, 'utf8')).content.replace(/\{\{[^}]*\}\}/g, '12'));
const variants: Record<string, any> = {
  bare: { syntaxHighlight: false, smartypants: false },
  ours: { syntaxHighlight: false, smartypants: false, rehypePlugins: [[rehypeRaw, {}], [rehypeSanitize, HTML_ALLOWLIST], [rehypeShiftHeadings, { top: 2 }]] },
  noraw: { syntaxHighlight: false, smartypants: false, rehypePlugins: [[rehypeSanitize, HTML_ALLOWLIST], [rehypeShiftHeadings, { top: 2 }]] },
};
for (let round = 0; round < 3; round++) for (const [name, opts] of Object.entries(variants)) {
  const p = await createMarkdownProcessor(opts);
  const t = performance.now();
  for (const text of texts) await p.render(text, {});
  console.log(round, name, texts.length, (performance.now() - t).toFixed(0), 'ms');
}
