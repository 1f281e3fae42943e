import { build } from 'astro';

/**
 * Builds the site with Astro's programmatic API: `node build-site-child.ts <root> <outDir> <cacheDir>`.
 * A private cache folder keeps the test's content store apart from a developer's build.
 */
const [root, outDir, cacheDir] = process.argv.slice(2);
await build({ root, outDir, cacheDir, logLevel: 'error' });
