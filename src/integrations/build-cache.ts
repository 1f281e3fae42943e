import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Tells the pages where to keep what they render between builds (src/build-cache/): a
 * `rapporteur` folder inside Astro's own cache folder (`cacheDir`), so that a build with its
 * own cacheDir (the tests' builds) starts cold, and clearing Astro's cache clears ours.
 * Through the environment because pages run from Astro's bundle, in the same process.
 */
const CACHE_DIR = 'RAPPORTEUR_CACHE_DIR';
const ROOT = 'RAPPORTEUR_ROOT';

export function buildCache(): AstroIntegration {
  return {
    name: 'rapporteur:build-cache',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const astroCache = fileURLToPath(config.cacheDir).replace(/[\\/]?$/, '/');
        process.env[CACHE_DIR] = `${astroCache}rapporteur`;
        process.env[ROOT] = fileURLToPath(config.root);
      },
    },
  };
}

/** Where this build keeps its cache, and the project's root; undefined outside an Astro build or dev server. */
export function readBuildCacheLocation(): { root: string; cacheDir: string } | undefined {
  const cacheDir = process.env[CACHE_DIR];
  const root = process.env[ROOT];
  return cacheDir && root ? { root, cacheDir } : undefined;
}
