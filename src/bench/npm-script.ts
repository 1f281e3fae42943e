import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The arguments an npm script of the project in `projectDir` gives Node: for `"build": "node
 * --no-opt src/cli/build.ts"`, `['--no-opt', 'src/cli/build.ts']`. The benchmark runs them with
 * its own Node (the project's Node 24), not through npm: it times what `npm run build` runs,
 * flags included, without npm's own start-up. Each side of `--compare` reads its own commit's.
 */
export function readNodeScript(projectDir: string, name: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = scripts?.[name]?.trim().split(/\s+/) ?? [];
  if (words[0] !== 'node' || words.length < 2) {
    throw new Error(`The benchmark runs npm scripts of the form "node [flags] <file>"; package.json's "${name}" is ${JSON.stringify(scripts?.[name] ?? null)}.`);
  }
  return words.slice(1);
}
