import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateBudgets, formatBudgetLine } from '../bench/budgets.ts';
import { compareBuilds, formatComparison, summariseComparison } from '../bench/compare-builds.ts';
import type { ScaleResult } from '../bench/measurements.ts';
import { describeLoad, describeMachine } from '../bench/describe-machine.ts';
import { profileBuild } from '../bench/profile-build.ts';
import { formatResultsTable } from '../bench/results-table.ts';
import { runBench, STEPS, type Step } from '../bench/run-bench.ts';
import { formatResults, writeResults } from '../bench/write-results.ts';

/**
 * `npm run bench [-- --scales 1,4,16] [--skip-baselines] [--only build,check,dev,search,pdf,baselines]
 * [--repeat N] [--out FILE] [--keep] [--working-tree] [--profile] [--compare COMMIT [--rounds N]]`:
 * builds synthetic corpora of the shipped content's shape at each scale, times our site and
 * three baselines on the same Markdown, prints the table and the budgets, and writes them to
 * bench/results.md. It builds the last commit (--working-tree: the files as they are now).
 * `--profile` instead builds the first scale once under --cpu-prof and prints the hottest functions.
 * `--compare COMMIT` instead builds COMMIT and the last commit (or the working tree) in turns,
 * cold and warm, `--rounds` times (default 3), and prints medians and their ratio.
 */
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,4,16' },
    'skip-baselines': { type: 'boolean', default: false },
    only: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'dev-tries': { type: 'string', default: '5' },
    out: { type: 'string', default: 'bench/results.md' },
    keep: { type: 'boolean', default: false },
    'working-tree': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    compare: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});

const repoRoot = process.cwd();
const scales = values.scales.split(',').map(Number);
const steps = new Set<Step>(values.only ? (values.only.split(',') as Step[]) : STEPS);
if ([...steps].some((step) => !STEPS.includes(step)) || scales.some((s) => !(s > 0))) {
  console.error(`Use --scales with positive numbers (1,4,16) and --only with ${STEPS.join(', ')}.`);
  process.exit(2);
}
if (values['skip-baselines']) steps.delete('baselines');
const workDir = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'));
const started = new Date();
const loadBefore = describeLoad();
try {
  if (values.profile) {
    await profileBuild({ repoRoot, workDir, scale: scales[0]!, log: console.log });
  } else if (values.compare) {
    const samples = await compareBuilds({ repoRoot, workDir, against: values.compare, scales, rounds: Number(values.rounds), workingTree: values['working-tree'], log: console.log });
    console.log(`\n${formatComparison(summariseComparison(samples))}\n\n${describeMachine()}; load ${loadBefore} before, ${describeLoad()} after.`);
  } else {
    const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    const write = (results: ScaleResult[], source: string) => {
      const run = { command, source, machine: describeMachine(), startedAt: started.toISOString(), loadBefore, loadAfter: describeLoad(), minutes: (Date.now() - started.getTime()) / 60000 };
      writeResults(resolve(values.out), formatResults(run, results, evaluateBudgets(results)));
    };
    const results = await runBench({ repoRoot, workDir, scales, steps, repeat: Number(values.repeat), devTries: Number(values['dev-tries']), workingTree: values['working-tree'], log: console.log }, write);
    console.log(`\n${formatResultsTable(results)}\n\n${evaluateBudgets(results).map(formatBudgetLine).join('\n')}`);
    console.log(`\nWritten to ${values.out}`);
  }
} finally {
  if (values.keep) console.log(`Kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
