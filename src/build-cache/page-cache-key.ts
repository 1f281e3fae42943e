import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILE_KINDS } from '../content-files.ts';
import { readBuildCacheLocation } from '../integrations/build-cache.ts';
import { arePdfEditionsEnabled } from '../pdf/pdf-settings.ts';
import { sourceVersion } from './source-version.ts';

/**
 * The `cacheKey` a page returns from `getStaticPaths()`, for Astro's incremental build
 * (`experimental.incrementalBuild` in astro.config.mjs): a page whose key and route code are
 * unchanged since the last build is copied from that build instead of rendered again.
 *
 * What a page shows depends on the site's frame: every YAML file, every Markdown file's front
 * matter and whether its body is empty, the project's code and packages, and whether the
 * build makes PDF editions (the pages link to them). It depends also on the Markdown bodies it
 * shows. A page that names its bodies is rendered again when the frame or one of those bodies
 * changed: an activity's or an article's page names its own file, a report's pages the texts of
 * that report (src/site/chapters.ts, listReportBodyFiles), a survey report's pages the texts of
 * that survey report (listSurveyBodyFiles) or of the one chapter shown, a newsletter issue's
 * pages the texts; `[]` says a page shows no body at all (a list of titles, a work
 * plan). A page that names nothing depends on every body. tests/unit/incremental-build.test.ts edits bodies and compares every
 * page an incremental build writes with a full build's.
 *
 * `undefined` outside `astro build`: the dev server renders every request anew.
 */
export function pageCacheKey(bodies?: readonly string[]): string | undefined {
  if (import.meta.env.DEV) return undefined;
  const inputs = (buildInputs ??= readBuildInputs(readBuildCacheLocation()?.root ?? process.cwd()));
  const hash = createHash('sha256').update(inputs.frame);
  // A body the key does not know (a path spelled differently) counts as every body: never stale.
  if (bodies === undefined || bodies.some((file) => !inputs.bodies.has(file))) return hash.update(inputs.allBodies).digest('base64url');
  for (const file of bodies) hash.update(file).update(inputs.bodies.get(file)!);
  return hash.digest('base64url');
}

/** Read once per build: a key per page would otherwise read the whole archive per page. */
let buildInputs: BuildInputs | undefined;

interface BuildInputs {
  /** Hash of everything but the Markdown bodies' text. */
  frame: string;
  /** Hash of each Markdown body, by its file's path from the project root (`content/activities/2018-19/x.md`). */
  bodies: Map<string, string>;
  /** Hash of every body. */
  allBodies: string;
}

/** Front matter as gray-matter and Astro's glob loader find it: `---` lines around YAML at the very start. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function readBuildInputs(root: string): BuildInputs {
  const frame = createHash('sha256').update('page-cache-key 1\0').update(sourceVersion(['src/**/*', 'astro.config.mjs'], root)).update(arePdfEditionsEnabled() ? 'pdf\0' : 'no pdf\0');
  const all = createHash('sha256');
  const bodies = new Map<string, string>();
  for (const kind of CONTENT_FILE_KINDS) {
    for (const match of globSync(kind.pattern, { cwd: join(root, kind.base) }).sort()) {
      const file = `${kind.base}/${match}`;
      const text = readFileSync(join(root, file), 'utf8');
      frame.update(file).update('\0');
      if (kind.format === 'yaml') {
        frame.update(text).update('\0');
        continue;
      }
      const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
      const body = text.slice(frontMatter.length);
      frame.update(frontMatter).update(body.trim() === '' ? '\0empty\0' : '\0text\0');
      const bodyHash = createHash('sha256').update(body).digest('base64url');
      bodies.set(file, bodyHash);
      all.update(file).update(bodyHash);
    }
  }
  return { frame: frame.digest('base64url'), bodies, allBodies: all.digest('base64url') };
}
