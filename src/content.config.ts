// From the module `astro:content` takes it from (Astro's types say so: astro/types/content.d.ts).
// `astro:content` also brings Astro's page-rendering runtime: 61 more modules, which the build's
// Vite dev server transformed and ran just to read this file, before it could sync content.
import { defineCollection } from 'astro/content/config';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { CONTENT_FILES, type CollectionName } from './content-files.ts';
import { waitForContentCheck } from './validation/content-gate.ts';

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
    : withoutEagerRendering(glob({ base: kind.base, pattern: kind.pattern }));
  return defineCollection({ loader: afterContentCheck(loader), schema: kind.schema });
}

/** Loads once `npm run build`'s content check has passed (src/validation/content-gate.ts). */
function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await waitForContentCheck();
      return loader.load(context);
    },
  };
}

/**
 * The glob loader renders every Markdown body to HTML while it loads, for `render(entry)`;
 * our pages never call that (they render bodies with the page's figures and abbreviations,
 * see src/markdown/page-markdown.ts), so that rendering was a second, unused pass over all
 * Markdown: a fifth of a cold build (npm run bench -- --profile). Hiding the Markdown entry
 * type's render function makes the loader store data and body only. `deferRender: true`
 * is no substitute: it turns every file into a bundled module, which is slower still.
 * `entryTypes` is what Astro passes its loaders; if a later Astro drops it, loading is
 * unchanged (only slower).
 */
function withoutEagerRendering(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const { entryTypes } = context as typeof context & { entryTypes?: unknown };
      if (!(entryTypes instanceof Map)) return loader.load(context);
      const unrendered = new Map([...entryTypes].map(([ext, type]) => [ext, { ...type, getRenderFunction: undefined }]));
      return loader.load({ ...context, entryTypes: unrendered } as typeof context);
    },
  };
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
