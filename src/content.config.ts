import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { CONTENT_FILES, type CollectionName } from './content-files.ts';

/**
 * Astro's collections, built from the same map of files and schemas the checker uses.
 * Content lives outside `src/` (in `content/` and `data/`), so editors never touch code.
 */
function collectionOf<N extends CollectionName>(name: N) {
  const kind = CONTENT_FILES[name];
  const path = `${kind.base}/${kind.pattern}`;
  const key = 'entryKey' in kind ? kind.entryKey : undefined;
  // List files are keyed by their identifying field, so `getEntry('members', 'FJ')` works.
  const loader = key
    ? file(path, { parser: (text) => Object.fromEntries((parseYaml(text) as Record<string, unknown>[]).map((entry) => [String(entry[key]), entry])) })
    : glob({ base: kind.base, pattern: kind.pattern });
  return defineCollection({ loader, schema: kind.schema });
}

export const collections = {
  activities: collectionOf('activities'),
  reportChapters: collectionOf('reportChapters'),
  surveyChapters: collectionOf('surveyChapters'),
  articles: collectionOf('articles'),
  members: collectionOf('members'),
  people: collectionOf('people'),
  glossary: collectionOf('glossary'),
  funds: collectionOf('funds'),
  topics: collectionOf('topics'),
  history: collectionOf('history'),
  surveys: collectionOf('surveys'),
  workPlans: collectionOf('workPlans'),
  strategicPlans: collectionOf('strategicPlans'),
  reports: collectionOf('reports'),
  newsletters: collectionOf('newsletters'),
};
