import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import { median } from './median.ts';
import { readNodeScript } from './npm-script.ts';
import { BUILD_ENV } from './run-bench.ts';
import { runTimed } from './run-timed.ts';
import { createScratchProject, removeBuildState, setAside, snapshotRepository, trashFolderOf } from './scratch-project.ts';

/**
 * `npm run bench -- --compare COMMIT`: our build at COMMIT against the last commit (or, with
 * --working-tree, the files as they are), on the same generated corpus, built in turns: a
 * cold and a warm build of each, `rounds` times, the order swapped every round. On a shared
 * machine a build's time moves by a second or more from one minute to the next; builds in
 * turns see the same machine, and medians of several say more than one run of each. The
 * before/after figures a speed change's commit message quotes.
 */
export interface CompareOptions {
  repoRoot: string;
  workDir: string;
  /** The commit to compare with (the "before"). */
  against: string;
  scales: readonly number[];
  rounds: number;
  /** Take the working tree as the "after", not the last commit. */
  workingTree: boolean;
  log(line: string): void;
}

export type BuildKind = 'cold' | 'warm';

/** One build's wall and CPU seconds. */
export interface BuildSample {
  scale: number;
  kind: BuildKind;
  variant: 'before' | 'after';
  seconds: number;
  cpuSeconds: number | undefined;
}

export async function compareBuilds(options: CompareOptions): Promise<BuildSample[]> {
  const sources = {
    before: snapshotRepository(options.repoRoot, join(options.workDir, 'before-source'), options.against),
    after: snapshotRepository(options.repoRoot, join(options.workDir, 'after-source'), options.workingTree ? undefined : 'HEAD'),
  };
  options.log(`Comparing commit ${sources.before} (before) with ${sources.after ? `commit ${sources.after}` : 'the working tree'} (after)`);
  const samples: BuildSample[] = [];
  for (const scale of options.scales) {
    const dirs = { before: join(options.workDir, `before-${scale}`), after: join(options.workDir, `after-${scale}`) };
    createScratchProject(join(options.workDir, 'before-source'), dirs.before);
    createScratchProject(join(options.workDir, 'after-source'), dirs.after);
    // One corpus, the after side's generator's, so both build the same content.
    generateCorpus(join(options.workDir, 'after-source'), dirs.after, scale);
    for (const name of ['content', 'data']) {
      setAside(join(dirs.before, name), trashFolderOf(options.workDir));
      cpSync(join(dirs.after, name), join(dirs.before, name), { recursive: true });
    }
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      for (const kind of ['cold', 'warm'] as const) {
        for (const variant of order) {
          if (kind === 'cold') removeBuildState(dirs[variant], trashFolderOf(options.workDir));
          // The last build's writes reach the disk before this one starts, not during it.
          spawnSync('sync');
          const timing = await runTimed(process.execPath, readNodeScript(dirs[variant], 'build'), { cwd: dirs[variant], env: BUILD_ENV });
          if (timing.exitCode !== 0) throw new Error(`The ${variant} build failed at ${scale}×:\n${timing.output.slice(-3000)}`);
          samples.push({ scale, kind, variant, seconds: timing.seconds, cpuSeconds: timing.cpuSeconds });
          options.log(`  ${scale}× ${kind} ${variant}: ${timing.seconds.toFixed(2)} s wall, ${timing.cpuSeconds?.toFixed(2) ?? '?'} s CPU`);
        }
      }
    }
    for (const dir of Object.values(dirs)) setAside(dir, trashFolderOf(options.workDir));
  }
  return samples;
}

/** Median, fastest and median CPU of each side, per scale and kind, and after ÷ before. */
export interface ComparisonRow {
  scale: number;
  kind: BuildKind;
  before: SideSummary;
  after: SideSummary;
  /** after ÷ before, of the medians of wall time. */
  ratio: number;
}

export interface SideSummary {
  median: number;
  fastest: number;
  medianCpu: number | undefined;
  runs: number;
}

export function summariseComparison(samples: readonly BuildSample[]): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const scale of [...new Set(samples.map((s) => s.scale))]) {
    for (const kind of ['cold', 'warm'] as const) {
      const side = (variant: BuildSample['variant']) => summariseSide(samples.filter((s) => s.scale === scale && s.kind === kind && s.variant === variant));
      const before = side('before');
      const after = side('after');
      if (before && after) rows.push({ scale, kind, before, after, ratio: after.median / before.median });
    }
  }
  return rows;
}

function summariseSide(samples: readonly BuildSample[]): SideSummary | undefined {
  if (samples.length === 0) return undefined;
  const cpu = samples.map((s) => s.cpuSeconds);
  return {
    median: median(samples.map((s) => s.seconds)),
    fastest: Math.min(...samples.map((s) => s.seconds)),
    medianCpu: cpu.every((c) => c !== undefined) ? median(cpu as number[]) : undefined,
    runs: samples.length,
  };
}

/** The middle value; of an even count, the mean of the two middle ones. */
export function formatComparison(rows: readonly ComparisonRow[]): string {
  const header = ['scale', 'build', 'runs', 'before: median s', 'fastest', 'CPU s', 'after: median s', 'fastest', 'CPU s', 'after ÷ before'];
  const cpu = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));
  const lines = rows.map((row) => [
    `${row.scale}×`, row.kind, String(row.before.runs),
    row.before.median.toFixed(2), row.before.fastest.toFixed(2), cpu(row.before.medianCpu),
    row.after.median.toFixed(2), row.after.fastest.toFixed(2), cpu(row.after.medianCpu),
    row.ratio.toFixed(2),
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
