import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createChildEnvironment } from '../support/child-environment.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site's output folder. */
    siteDir: string;
    /** Astro's cache folder of that build (ours is inside it: src/integrations/build-cache.ts). */
    cacheDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Vitest global setup of the `site` project: builds the site from the shipped content once
 * per run, into a temporary folder the tests read. The build runs in a child process, so
 * Astro's own Vite does not run inside Vitest's, under the project's pinned Node (Astro needs
 * Node 24, whatever Node started Vitest). Set RAPPORTEUR_SITE_DIR to test an existing build.
 */
export default function setup(project: TestProject): (() => void) | undefined {
  const existing = process.env.RAPPORTEUR_SITE_DIR;
  if (existing) {
    project.provide('siteDir', resolve(existing));
    project.provide('cacheDir', '');
    return undefined;
  }
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-site-'));
  const outDir = join(work, 'dist');
  buildSite(outDir, join(work, 'cache'));
  project.provide('siteDir', outDir);
  project.provide('cacheDir', join(work, 'cache'));
  return () => rmSync(work, { recursive: true, force: true });
}

/** Builds the shipped content into `outDir` with Astro's cache in `cacheDir`, in a child process. */
export function buildSite(outDir: string, cacheDir: string, environment: Record<string, string> = {}): void {
  execFileSync(projectNode(), [join(import.meta.dirname, 'build-site-child.ts'), ROOT, outDir, cacheDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: createChildEnvironment({ NODE_ENV: 'production', ...environment }),
  });
}

/** The Node the project pins (`node_modules/.bin/node`, Node 24), else the one running Vitest. */
function projectNode(): string {
  const pinned = join(ROOT, 'node_modules', '.bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}
