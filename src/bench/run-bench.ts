import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { permalinks } from '../site/permalinks.ts';
import { createBareAstro, createHugo, type AstroEngine } from './baseline-projects.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureDevEdit, type DevEdit } from './measure-dev-edit.ts';
import { readNodeScript } from './npm-script.ts';
import { median } from './median.ts';
import { listHtmlFiles, measurePages } from './measure-pages.ts';
import { measureSearch } from './measure-search.ts';
import type { Measurement, ScaleResult, Subject } from './measurements.ts';
import { runTimed, type Timing } from './run-timed.ts';
import { createScratchProject, removeBuildState, setAside, snapshotRepository, trashFolderOf } from './scratch-project.ts';

export type Step = 'build' | 'check' | 'dev' | 'search' | 'pdf' | 'baselines';
export const STEPS: readonly Step[] = ['build', 'check', 'dev', 'search', 'pdf', 'baselines'];

export interface BenchOptions {
  repoRoot: string;
  /** Temporary folder for the corpora and the baseline projects. */
  workDir: string;
  scales: readonly number[];
  steps: ReadonlySet<Step>;
  /** Runs of each build; the fastest counts (others' work on a shared machine only slows a run down). */
  repeat: number;
  devTries: number;
  /** Build the working tree as it is, rather than the last commit. */
  workingTree: boolean;
  log(line: string): void;
}

/** Our builds run without PDFs (the budgets say so); the PDF step times them on its own. */
export const BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: '1', RAPPORTEUR_PDF: 'off' };

/** `onScale` gets the results so far after each scale, so a long run leaves its figures even if a later scale dies. */
export async function runBench(options: BenchOptions, onScale: (results: ScaleResult[], source: string) => void = () => {}): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  const source = join(options.workDir, 'source');
  const commit = snapshotRepository(options.repoRoot, source, options.workingTree ? undefined : 'HEAD');
  const label = commit ? `commit ${commit}` : 'the working tree';
  options.log(`Benchmarking ${label} of ${options.repoRoot}`);
  const snapshot = { ...options, repoRoot: source };
  for (const scale of options.scales) {
    results.push(await runScale(snapshot, scale));
    onScale(results, label);
  }
  return results;
}

async function runScale(options: BenchOptions, scale: number): Promise<ScaleResult> {
  const dir = join(options.workDir, `rapporteur-${scale}`);
  createScratchProject(options.repoRoot, dir);
  const corpus = generateCorpus(options.repoRoot, dir, scale);
  options.log(`${scale}×: ${corpus.activities} activities, ${corpus.issues} issues, ${corpus.rounds} rounds over ${corpus.fiscalYears.length} fiscal years (${dir})`);
  const result: ScaleResult = { scale, corpus, measurements: [], failures: [] };
  const record = (m: Measurement) => {
    result.measurements.push(m);
    options.log(`  ${m.subject} ${m.step}: ${m.seconds === undefined ? `n/a ${m.note ?? ''}` : `${m.seconds.toFixed(3)} s`}${m.pages ? `, ${m.pages} pages` : ''}${m.peakMb ? `, ${m.peakMb.toFixed(0)} MB` : ''}`);
  };
  // A step that fails is logged and the run goes on: one broken step should not cost the others' figures.
  const attempt = async (step: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      options.log(`  ${step} failed at ${scale}×: ${(error as Error).message.slice(0, 2000)}`);
      result.failures.push(`${step}: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  const { steps } = options;
  // The bare Astro projects build in turns with ours (measureBuildsInTurns), so they are made first.
  const bare = steps.has('baselines') ? createBareAstroProjects(options, join(dir, 'content'), scale) : [];
  // Search and PDF need a built site; without the build step it is built once, untimed.
  if (steps.has('build') || steps.has('search') || steps.has('pdf')) await attempt('build', async () => {
    if (steps.has('build')) await measureBuildsInTurns([ourProject(dir), ...bare], options, scale, record);
    else await fastestOf(1, () => runTimed(process.execPath, readNodeScript(dir, 'build'), { cwd: dir, env: BUILD_ENV }));
    result.pageReport = measurePages(join(dir, 'dist'));
  });
  const built = result.pageReport !== undefined;
  if (steps.has('check')) await attempt('check', async () => record(await measureCheck(dir, scale)));
  if (steps.has('dev')) await attempt('dev', async () => (await measureDev(options, dir, scale)).forEach(record));
  if (steps.has('search') && built) await attempt('search', async () => void (result.search = await measureSearchStep(options, dir, scale, record)));
  if (steps.has('pdf') && built) await attempt('pdf', async () => record(await measurePdf(options, dir, scale)));
  if (steps.has('baselines')) {
    // Without the build step, the bare projects' builds are timed here, in turns with each other.
    if (!steps.has('build')) await attempt('baselines', () => measureBuildsInTurns(bare, options, scale, record));
    await attempt('baselines', () => measureBareDevAndHugo(options, bare, join(dir, 'content'), scale, record));
    for (const project of bare) setAside(project.dir, trashFolderOf(options.workDir));
  }
  // Set aside, not deleted: the next scale's builds would pay for the deletion (setAside).
  setAside(dir, trashFolderOf(options.workDir));
  return result;
}

/** A project whose builds are timed: ours, or a bare Astro baseline. */
interface TimedProject {
  subject: Subject;
  dir: string;
  build(): Promise<Timing>;
}

function ourProject(dir: string): TimedProject {
  return { subject: 'rapporteur', dir, build: () => runTimed(process.execPath, readNodeScript(dir, 'build'), { cwd: dir, env: BUILD_ENV }) };
}

function createBareAstroProjects(options: BenchOptions, contentDir: string, scale: number): TimedProject[] {
  return (['unified', 'default'] as AstroEngine[]).map((engine) => {
    const dir = join(options.workDir, `astro-${engine}-${scale}`);
    createBareAstro(options.repoRoot, dir, contentDir, engine);
    return { subject: `astro-${engine}`, dir, build: () => runTimed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env: BUILD_ENV }) };
  });
}

const BUILD_KINDS = ['cold build', 'warm build', 'warm build, 1 edit'] as const;

/**
 * Cold, warm and edited builds of each project, `repeat` runs of each, in turns: run i of every
 * project one after another, the order turning each round, so that a ratio of ours to a
 * baseline's (ratioToBaseline) divides builds made moments apart rather than minutes apart,
 * while the machine's speed drifts. Each subject's fastest run is its figure; all are kept.
 */
async function measureBuildsInTurns(projects: readonly TimedProject[], { repeat, workDir }: Pick<BenchOptions, 'repeat' | 'workDir'>, scale: number, record: (m: Measurement) => void): Promise<void> {
  const measured = new Map(projects.map((project) => [project, [] as Measurement[]]));
  for (const step of BUILD_KINDS) {
    const runs = new Map(projects.map((project) => [project, [] as Timing[]]));
    for (let round = 0; round < repeat; round += 1) {
      for (const project of [...projects.slice(round % projects.length), ...projects.slice(0, round % projects.length)]) {
        if (step === 'cold build') removeBuildState(project.dir, trashFolderOf(workDir));
        if (step === 'warm build, 1 edit') editOneActivity(project.dir);
        runs.get(project)!.push(succeeded(await project.build()));
      }
    }
    for (const project of projects) {
      const timings = runs.get(project)!;
      const fastest = timings.reduce((best, timing) => (timing.seconds < best.seconds ? timing : best));
      measured.get(project)!.push({ scale, subject: project.subject, step, seconds: fastest.seconds, cpuSeconds: fastest.cpuSeconds, peakMb: fastest.peakMb, pages: countPages(join(project.dir, 'dist')), runs: timings.map((timing) => timing.seconds) });
    }
  }
  // Recorded by subject, as the results table lists them.
  for (const project of projects) measured.get(project)!.forEach(record);
}

/**
 * A warm build with nothing changed re-uses every cache; an editor's build follows a change.
 * This adds a sentence to one activity's narrative (the same file the dev-edit step edits),
 * so the figure shows what one edit costs: the page, its chapter, the search index.
 */
let edits = 0;
function editOneActivity(projectDir: string): void {
  const { fy, slug } = pickEditedActivity(projectDir);
  edits += 1;
  appendFileSync(join(projectDir, 'content', 'activities', fy, `${slug}.md`), `\nEdited for the benchmark, edit ${edits}.\n`);
}

/** The check as `npm run check` runs it, without npm's own start-up. */
async function measureCheck(dir: string, scale: number): Promise<Measurement> {
  const timing = await runTimed(process.execPath, readNodeScript(dir, 'check'), { cwd: dir, env: BUILD_ENV });
  const summary = timing.output.trim().split('\n').at(-1);
  if (timing.exitCode !== 0) throw new Error(`npm run check found errors in the ${scale}× corpus:\n${timing.output.slice(-3000)}`);
  return { scale, subject: 'rapporteur', step: 'check', seconds: timing.seconds, cpuSeconds: timing.cpuSeconds, peakMb: timing.peakMb, note: summary?.replace(/^.* in /, '') };
}

/**
 * A sentence added to an activity's text, then (for information) a new title in its front
 * matter: pages read saved texts from disk at once, front matter through Astro's store
 * (src/site/saved-texts.ts says why).
 */
async function measureDev(options: BenchOptions, dir: string, scale: number): Promise<Measurement[]> {
  const { fy, slug } = pickEditedActivity(dir);
  const file = `content/activities/${fy}/${slug}.md`;
  return [
    await timeDevEdit(options, scale, 'rapporteur', dir, file, permalinks.activity(slug)),
    await timeDevEdit(options, scale, 'rapporteur', dir, file, permalinks.activity(slug), 'front matter'),
  ];
}

/**
 * The same edit in the bare Astro project (default engine): Astro's content layer writes its
 * store at most every 500 ms in dev, and pages see a change only once it is written, so this
 * shows how much of our figure is Astro's own.
 */
async function measureBareDev(options: BenchOptions, dir: string, scale: number): Promise<Measurement> {
  const { fy, slug } = pickEditedActivity(dir);
  return timeDevEdit(options, scale, 'astro-default', dir, `content/activities/${fy}/${slug}.md`, `/activities/${fy}/${slug}/`);
}

async function timeDevEdit(options: BenchOptions, scale: number, subject: Measurement['subject'], dir: string, file: string, pagePath: string, edit: DevEdit = 'text'): Promise<Measurement> {
  const result = await measureDevEdit({ projectDir: dir, file, pagePath, port: await findFreePort(), tries: options.devTries, env: BUILD_ENV, edit });
  const sorted = [...result.editMs].sort((a, b) => a - b);
  const middle = sorted.length > 0 ? median(sorted) : undefined;
  const lost = result.lost ? `; ${result.lost} of ${options.devTries} edits never shown until saved again` : '';
  const note = `median of ${sorted.map((ms) => ms.toFixed(0)).join(', ')} ms; server ready in ${result.startSeconds.toFixed(1)} s${lost}`;
  return { scale, subject, step: edit === 'text' ? 'dev edit' : 'dev edit, front matter', seconds: middle === undefined ? undefined : middle / 1000, note };
}

/** The first activity of the last fiscal year: an ordinary page whose text is edited. */
function pickEditedActivity(projectDir: string): { fy: string; slug: string } {
  const activities = join(projectDir, 'content', 'activities');
  const fy = readdirSync(activities).sort().at(-1)!;
  return { fy, slug: readdirSync(join(activities, fy)).sort()[0]!.replace(/\.md$/, '') };
}

async function measureSearchStep(options: BenchOptions, dir: string, scale: number, record: (m: Measurement) => void) {
  const search = await measureSearch(options.repoRoot, join(dir, 'dist'));
  if (search.available) record({ scale, subject: 'rapporteur', step: 'pagefind index', seconds: search.indexSeconds, peakMb: search.indexPeakMb, note: `${search.indexKb.toFixed(0)} KB` });
  else record({ scale, subject: 'rapporteur', step: 'pagefind index', note: search.reason });
  return search;
}

/**
 * The largest annual report's PDF, through `npm run pdf -- --site DIR` on a copy of the
 * built site that keeps only that report's print edition (the command makes every edition).
 */
async function measurePdf(options: BenchOptions, dir: string, scale: number): Promise<Measurement> {
  const step = 'pdf (largest report)' as const;
  const scripts = JSON.parse(readFileSync(join(options.repoRoot, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts.pdf) return { scale, subject: 'rapporteur', step, note: 'no npm run pdf yet' };
  const site = join(options.workDir, `pdf-site-${scale}`);
  rmSync(site, { recursive: true, force: true });
  cpSync(join(dir, 'dist'), site, { recursive: true });
  const largest = keepLargestReportPrint(site);
  if (!largest) return { scale, subject: 'rapporteur', step, note: 'no report print edition' };
  const timing = await runTimed('npm', ['run', 'pdf', '--', '--site', site], { cwd: dir, env: { ASTRO_TELEMETRY_DISABLED: '1' } });
  setAside(site, trashFolderOf(options.workDir));
  if (timing.exitCode !== 0) return { scale, subject: 'rapporteur', step, note: `failed: ${timing.output.trim().split('\n').at(-1)}` };
  return { scale, subject: 'rapporteur', step, seconds: timing.seconds, cpuSeconds: timing.cpuSeconds, peakMb: timing.peakMb, note: largest };
}

/** Removes every print edition but the largest report's; returns its route. */
function keepLargestReportPrint(site: string): string | undefined {
  const prints = listHtmlFiles(site).filter((file) => file.endsWith('/print/index.html'));
  const reports = prints.filter((file) => file.includes('/reports/')).sort((a, b) => statSync(b).size - statSync(a).size);
  const keep = reports[0];
  for (const file of prints) if (file !== keep) rmSync(join(file, '..'), { recursive: true, force: true });
  return keep?.slice(site.length).replace(/index\.html$/, '');
}

/** The bare default-engine project's dev edit (its builds were timed in turns with ours), then Hugo. */
async function measureBareDevAndHugo(options: BenchOptions, bare: readonly TimedProject[], contentDir: string, scale: number, record: (m: Measurement) => void): Promise<void> {
  const bareDefault = bare.find((project) => project.subject === 'astro-default');
  if (bareDefault && options.steps.has('dev')) record(await measureBareDev(options, bareDefault.dir, scale));
  await measureHugo(options, contentDir, scale, record);
}

async function measureHugo(options: BenchOptions, contentDir: string, scale: number, record: (m: Measurement) => void): Promise<void> {
  const dir = join(options.workDir, `hugo-${scale}`);
  createHugo(dir, contentDir);
  // Hugo's cache goes inside the project (by default it is shared under /tmp), so cold is cold.
  const build = () => runTimed('hugo', ['--quiet', '--cacheDir', join(dir, '.hugo-cache')], { cwd: dir });
  const clean = () => ['public', 'resources', '.hugo-cache', '.hugo_build.lock'].forEach((name) => setAside(join(dir, name), trashFolderOf(options.workDir)));
  const cold = await fastestOf(options.repeat, async () => (clean(), build()));
  record({ scale, subject: 'hugo', step: 'cold build', seconds: cold.seconds, cpuSeconds: cold.cpuSeconds, peakMb: cold.peakMb, pages: countPages(join(dir, 'public')) });
  const warm = await fastestOf(options.repeat, build);
  record({ scale, subject: 'hugo', step: 'warm build', seconds: warm.seconds, cpuSeconds: warm.cpuSeconds, peakMb: warm.peakMb, pages: countPages(join(dir, 'public')) });
  setAside(dir, trashFolderOf(options.workDir));
}

/** Runs `run` `times` times and keeps the fastest; a failed run stops the benchmark with its output. */
async function fastestOf(times: number, run: () => Promise<Timing>): Promise<Timing> {
  let best: Timing | undefined;
  for (let i = 0; i < times; i += 1) {
    const timing = succeeded(await run());
    if (!best || timing.seconds < best.seconds) best = timing;
  }
  return best!;
}

/** The timing of a build that succeeded; a failed one stops the benchmark with its output. */
function succeeded(timing: Timing): Timing {
  if (timing.exitCode !== 0) throw new Error(`A build failed (exit ${timing.exitCode}):\n${timing.output.slice(-3000)}`);
  return timing;
}

function countPages(dir: string): number {
  return existsSync(dir) ? listHtmlFiles(dir).length : 0;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
