import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { listBadInputs } from '../support/bad-inputs.ts';
import { createChildEnvironment } from '../support/child-environment.ts';
import { limitConcurrency } from '../support/limit-concurrency.ts';
import { countForTotals } from '../support/quality-totals.ts';
import { PROJECT } from '../support/temp-project.ts';

/**
 * Every malformed input of the corpus (tests/fixtures/broken/ and the generated cases) given
 * to the commands an editor runs, in child processes, as they run them. validation-fixtures
 * asserts each one's diagnostics; this asserts that nothing crashes on them: `npm run check`
 * exits 0 or 1 and prints its summary, never a stack trace, and `npm run build` of content
 * with an error fails cleanly, leaving the previous dist/ exactly as it was.
 */
const PREVIOUS_SITE = '<p>the previous site</p>';
/** A line of a JavaScript stack trace: "    at fn (file:line:col)". */
const STACK_LINE = /^ {4}at /m;
const SUMMARY = /\d+ errors?, \d+ warnings? in \d+ files? \(/;
/** How a build stopped by the content check ends (src/integrations/check-content.ts). */
const CLEAN_FAILURE = 'nothing was built and dist/ was not touched';

const inputs = listBadInputs();
// Two cores: the children run two at a time, whatever Vitest runs alongside.
const limit = limitConcurrency(2);

describe.concurrent('npm run check on each bad input', () => {
  it.for(inputs.map((input) => [input.name, input] as const))('%s', { timeout: 60_000 }, async ([, input], { expect, task }) => {
    const tree = input.makeTree();
    const run = await limit(() => runNode(['src/cli/check.ts', '--root', tree], PROJECT));
    const crashed = (run.code !== 0 && run.code !== 1) || STACK_LINE.test(run.output) || !SUMMARY.test(run.output);
    countForTotals(task, { badInputs: 1, crashes: crashed ? 1 : 0 });
    expect(run.output).not.toMatch(STACK_LINE);
    expect(run.output).toMatch(SUMMARY);
    expect(run.code).toBe(input.expected.some((d) => d.severity === 'error') ? 1 : 0);
  });
});

describe.concurrent('npm run build on each bad input with an error', () => {
  const failing = inputs.filter((input) => input.expected.some((d) => d.severity === 'error'));

  it.for(failing.map((input) => [input.name, input] as const))('%s', { timeout: 120_000 }, async ([, input], { expect, task }) => {
    const project = input.makeProject();
    writeFileSync(join(project, 'dist', 'index.html'), PREVIOUS_SITE);
    const run = await limit(() => runNode(['src/cli/build.ts'], project));
    const clean = run.code === 1 && !STACK_LINE.test(run.output) && run.output.includes(CLEAN_FAILURE);
    countForTotals(task, { failedBuilds: 1, crashes: clean ? 0 : 1 });
    expect(run.output).not.toMatch(STACK_LINE);
    expect(run.code).toBe(1);
    expect(run.output).toContain(CLEAN_FAILURE);
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
    expect(existsSync(join(project, '.build', 'dist-next'))).toBe(false);
  });

  it('covers most of the corpus (the cases that are warnings alone build a site)', ({ expect }) => {
    expect(failing.length).toBeGreaterThan(60);
  });
});

interface NodeRun {
  /** null when a signal killed it. */
  code: number | null;
  output: string;
}

/** Runs a script with the project's Node (the one running the tests), collecting both outputs. */
function runNode(args: string[], cwd: string): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: createChildEnvironment() });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
