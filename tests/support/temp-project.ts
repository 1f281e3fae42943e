import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { linkNodeModules } from '../../src/bench/scratch-project.ts';
import { BROKEN_CASES, GOOD_SITE } from './fixture-tree.ts';

export const PROJECT = join(import.meta.dirname, '..', '..');
const projects: string[] = [];
afterAll(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A throwaway project: this repository's code and dependencies (symlinked) with the good
 * mini-site's content, and optionally a broken case's files laid over it. Each package is
 * linked, not node_modules itself, so the project has its own Astro cache (node_modules/.astro):
 * builds of different projects running at once never share a content store or an incremental
 * build's kept pages.
 */
export function createTempProject(caseName?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-project-'));
  projects.push(dir);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) symlinkSync(join(PROJECT, entry), join(dir, entry));
  linkNodeModules(PROJECT, dir);
  cpSync(join(GOOD_SITE, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(GOOD_SITE, 'data'), join(dir, 'data'), { recursive: true });
  if (caseName) cpSync(join(BROKEN_CASES, caseName, 'files'), dir, { recursive: true });
  mkdirSync(join(dir, 'dist'));
  return dir;
}
