import module from 'node:module';

/**
 * Imported first by our command-line entry points and the check's thread (a thread's own
 * setting: the main thread's does not reach a worker): V8 keeps the code it compiled for Node's
 * modules on disk and reuses it next run, as Astro's own `astro` command does (its bin/astro.mjs)
 * and with its rule: not under CI, where the cache is written and never read again.
 * Loading Astro and its dependencies is most of the first second of `npm run build`.
 */
if (!process.env.CI) {
  try {
    module.enableCompileCache?.();
  } catch {
    // A cache that cannot be written only costs the time it would have saved.
  }
}
