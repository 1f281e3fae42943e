import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/** Markdown → HTML through remark and rehype with the given plugins: the plugins' test bench. */
export async function processMarkdown(markdown: string, options: { path?: string; remark?: PluggableList; rehype?: PluggableList }): Promise<string> {
  const file = new VFile({ value: markdown, path: options.path });
  const result = await unified()
    .use(remarkParse)
    .use(options.remark ?? [])
    .use(remarkRehype)
    .use(options.rehype ?? [])
    .use(rehypeStringify)
    .process(file);
  return String(result);
}
