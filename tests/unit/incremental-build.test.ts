import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchProject } from '../../src/bench/scratch-project.ts';
import { chapterSlug } from '../../src/site/permalinks.ts';
import { createChildEnvironment } from '../support/child-environment.ts';
import { PROJECT } from '../support/temp-project.ts';

/**
 * Astro's incremental build copies a page from the last build when its cacheKey
 * (src/build-cache/page-cache-key.ts) is unchanged. A page that names too few of the bodies
 * it shows would be copied stale after an edit; so after editing an activity's and an
 * article's text, every page the incremental build writes must equal a full build's.
 */
describe('npm run build after an edit (incremental)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-incremental-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const project = join(dir, 'project');
  const build = (environment: Record<string, string> = {}) => {
    const child = spawnSync(process.execPath, ['src/cli/build.ts', '--no-pdf'], { cwd: project, encoding: 'utf8', env: createChildEnvironment(environment) });
    const output = stripVTControlCharacters(child.stdout + child.stderr);
    expect(child.status, output).toBe(0);
    return output;
  };
  const keep = (name: string) => cpSync(join(project, 'dist'), join(dir, name), { recursive: true });
  const files = (name: string) => globSync('**/*', { cwd: join(dir, name), withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(join(dir, name).length + 1)).sort();
  const read = (name: string, file: string) => readFileSync(join(dir, name, file));
  /** The build reused the last clean check's findings (src/validation/kept-check.ts). */
  const KEPT_CHECK = /Content and code unchanged since the last clean check: its findings stand\./;
  /** Pages Astro copied from the last build, by address. */
  const copied = (output: string) => [...output.matchAll(/ (\/\S+\.html) \((?:restored|cached)\)/g)].map((match) => match[1]!);

  it('copies unchanged pages, renders the edited ones, and writes what a full build writes', { timeout: 300_000 }, () => {
    createScratchProject(PROJECT, project);
    cpSync(join(PROJECT, 'content'), join(project, 'content'), { recursive: true });
    cpSync(join(PROJECT, 'data'), join(project, 'data'), { recursive: true });

    const first = build();
    expect(copied(first)).toEqual([]);
    expect(first).not.toMatch(KEPT_CHECK);
    keep('first');

    // Nothing changed: every page of a route with getStaticPaths is copied, and so is the search index.
    const unchanged = build();
    // The check's findings too: the same warnings, reported as the first build reported them.
    expect(unchanged).toMatch(KEPT_CHECK);
    const warnings = (output: string) => /\d+ content warning\(s\)|Content checked: no errors\./.exec(output)?.[0];
    expect(warnings(unchanged)).toBe(warnings(first));
    expect(copied(unchanged).length).toBeGreaterThan(files('first').filter((file) => file.endsWith('.html')).length / 2);
    expect(unchanged).toMatch(/HTML pages indexed \(the same pages as the last build: its index copied\)/);
    keep('unchanged');
    expect(files('unchanged')).toEqual(files('first'));
    expect(files('first').filter((file) => !read('first', file).equals(read('unchanged', file)))).toEqual([]);

    // Two activities with a narrative (the first one, and the first of the year a report covers)
    // and a newsletter article: each body gets one more paragraph.
    const narrated = (pattern: string) => globSync(pattern, { cwd: project }).sort().find((file) => matter(readFileSync(join(project, file), 'utf8')).content.trim() !== '')!;
    const activity = narrated('content/activities/*/*.md');
    const reportYear = globSync('content/reports/*', { cwd: project }).sort()[0]!.split('/').at(-1)!;
    const reported = narrated(`content/activities/${reportYear}/*.md`);
    const article = globSync('content/newsletters/*/*.md', { cwd: project }).sort()[0]!;
    const surveyChapter = globSync('content/surveys/*/*.md', { cwd: project }).sort()[0]!;
    const added = 'Editors added this sentence after the first build.';
    for (const file of new Set([activity, reported, article, surveyChapter])) appendFileSync(join(project, file), `\n${added}\n`);
    const edited = build();
    expect(edited).not.toMatch(KEPT_CHECK);
    keep('incremental');
    const activityPage = `activities/${activity.split('/').at(-1)!.replace(/\.md$/, '')}/index.html`;
    expect(read('incremental', activityPage).toString()).toContain(added);
    expect(copied(edited)).not.toContain(`/${activityPage}`);
    expect(copied(edited).length).toBeGreaterThan(copied(unchanged).length / 2);
    // The report of that year tells the second activity's narrative in print: rendered again.
    expect(read('incremental', `reports/${reportYear}/print/index.html`).toString()).toContain(added);
    expect(copied(edited)).not.toContain(`/reports/${reportYear}/print/index.html`);
    // A survey report's chapter shows its own text only: the edited one is rendered again, the others copied.
    const [round, chapterFile] = surveyChapter.split('/').slice(-2);
    const surveyPages = files('first').filter((file) => file.startsWith(`surveys/${round}/`) && file.endsWith('/index.html') && !file.includes('/print/'));
    const editedChapterPage = `surveys/${round}/${chapterSlug(chapterFile!.replace(/\.md$/, ''))}/index.html`;
    expect(surveyPages).toContain(editedChapterPage);
    expect(read('incremental', editedChapterPage).toString()).toContain(added);
    expect(copied(edited)).not.toContain(`/${editedChapterPage}`);
    expect(copied(edited)).toEqual(expect.arrayContaining(surveyPages.filter((file) => file !== editedChapterPage && file !== `surveys/${round}/index.html`).map((file) => `/${file}`)));
    // A work plan shows no text: copied.
    expect(copied(edited)).toEqual(expect.arrayContaining(files('first').filter((file) => /^work-plans\/[^/]+\/index\.html$/.test(file)).map((file) => `/${file}`)));

    // Nothing changed since the edited build, but the cache is off: checked anew.
    expect(build({ RAPPORTEUR_CACHE: 'off' })).not.toMatch(KEPT_CHECK);
    keep('full');
    // Pages byte for byte. The search index holds the same pages, though its file names differ:
    // Pagefind's output depends on the order pages reach it, and the incremental build sends
    // the rendered pages first and the copied ones after.
    const pages = (name: string) => files(name).filter((file) => !file.startsWith('pagefind/'));
    expect(pages('incremental')).toEqual(pages('full'));
    expect(pages('full').filter((file) => !read('full', file).equals(read('incremental', file)))).toEqual([]);
    const indexed = (name: string) => JSON.parse(read(name, 'pagefind/pagefind-entry.json').toString()).languages.en.page_count as number;
    expect(indexed('incremental')).toBe(indexed('full'));
    expect(files('incremental').length).toBe(files('full').length);
  });
});
