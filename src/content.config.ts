import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { CONTENT_FILE_KINDS, type ContentFileKind } from './content-files.ts';

/**
 * Astro's collections, built from the same map of files and schemas the checker uses.
 * Content lives outside `src/` (in `content/` and `data/`), so editors never touch code.
 */
function loaderFor(kind: ContentFileKind) {
  if (kind.entryKey) {
    const key = kind.entryKey;
    // Key list entries by their identifying field so `getEntry('members', 'FJ')` works.
    return file(`${kind.base}/${kind.pattern}`, {
      parser: (text) =>
        Object.fromEntries((parseYaml(text) as Record<string, unknown>[]).map((entry) => [String(entry[key]), entry])),
    });
  }
  return glob({ base: kind.base, pattern: kind.pattern });
}

export const collections = Object.fromEntries(
  CONTENT_FILE_KINDS.map((kind) => [kind.collection, defineCollection({ loader: loaderFor(kind), schema: kind.schema as never })]),
);
