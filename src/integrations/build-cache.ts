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
        process.env[CACHE_DIR] = buildCacheDir(config.cacheDir);
        process.env[ROOT] = fileURLToPath(config.root);
      },
    },
  };
}

/** Our cache folder inside Astro's `cacheDir`. */
export function buildCacheDir(astroCacheDir: URL): string {
  return `${fileURLToPath(astroCacheDir).replace(/[\\/]?$/, '/')}rapporteur`;
}

/** Where this build keeps its cache, and the project's root; undefined outside an Astro build or dev server. */
export function readBuildCacheLocation(): { root: string; cacheDir: string } | undefined {
  const cacheDir = process.env[CACHE_DIR];
  const root = process.env[ROOT];
  return cacheDir && root ? { root, cacheDir } : undefined;
}
