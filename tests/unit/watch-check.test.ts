import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/validation/diagnostic.ts';
import { diffDiagnostics } from '../../src/watch/diff-diagnostics.ts';
import { isContentChange, watchCheck, type CheckRun, type WatchEffects } from '../../src/watch/watch-check.ts';
import { copyGoodSite } from '../support/temp-site.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

function problem(file: string, line: number, name = 'UnknownPerson', message = 'Person "saori-nojma" is not in data/people.yaml.'): Diagnostic {
  return { name, severity: 'error', message, file, line, column: 15 };
}

const A = 'content/activities/2018-19/a.md';
const B = 'content/activities/2018-19/b.md';

describe('diffDiagnostics', () => {
  it('reports nothing when the problems are the same', () => {
    expect(diffDiagnostics([problem(A, 12)], [problem(A, 12)])).toEqual({ added: [], resolved: [] });
  });

  it('reports nothing for a problem that only moved because lines were added above it', () => {
    expect(diffDiagnostics([problem(A, 12)], [problem(A, 14)])).toEqual({ added: [], resolved: [] });
  });

  it('reports a new problem with its place, and a fixed one as resolved', () => {
    const fixed = problem(A, 3, 'MissingField', 'The required field "kind" is missing.');
    const appeared = problem(B, 7);
    expect(diffDiagnostics([fixed, problem(A, 12)], [problem(A, 12), appeared])).toEqual({ added: [appeared], resolved: [fixed] });
  });

  it('resolves the one that was fixed when two problems read the same', () => {
    expect(diffDiagnostics([problem(A, 5), problem(A, 9)], [problem(A, 9)])).toEqual({ added: [], resolved: [problem(A, 5)] });
  });

  it('treats the same message in another file as a different problem', () => {
    expect(diffDiagnostics([problem(A, 12)], [problem(B, 12)])).toEqual({ added: [problem(B, 12)], resolved: [problem(A, 12)] });
  });
});

describe('isContentChange', () => {
  it.each([
    ['content/activities/2018-19/a.md', true],
    ['data/people.yaml', true],
    ['content/activities/2018-19', true],
    ['content/activities/2018-19/.a.md.swp', false],
    ['data/.git/index', false],
    ['data/people.yaml~', false],
    ['content/activities/4913', false],
  ])('%s → %s', (file, expected) => expect(isContentChange(file)).toBe(expected));
});

/** Watchers, timers and output by hand: events are fired and time passes only when the test says. */
function createFakeEffects() {
  const listeners = new Map<string, (file: string) => void>();
  const timers = new Map<number, () => void>();
  const printed: string[] = [];
  const closed: string[] = [];
  let nextTimer = 0;
  const effects: WatchEffects = {
    watch(dir, onChange) {
      listeners.set(dir, onChange);
      return { close: () => void closed.push(dir) };
    },
    setTimer(run) {
      timers.set(++nextTimer, run);
      return nextTimer;
    },
    clearTimer: (timer) => void timers.delete(timer as number),
    print: (text) => void printed.push(text),
    clock: () => '10:42:05',
  };
  const fire = (dir: string, file: string) => listeners.get(dir)!(file);
  const elapse = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const run of due) run();
  };
  return { effects, printed, closed, fire, elapse, pendingTimers: () => timers.size };
}

describe('watchCheck', () => {
  const run = (diagnostics: Diagnostic[]): CheckRun => ({ diagnostics, fileCount: 19, seconds: 0.05 });

  it('prints everything first, then only what changed after a burst of saves, checking once per burst', () => {
    const runs = [run([problem(A, 12)]), run([problem(B, 7)])];
    let checks = 0;
    const fake = createFakeEffects();
    watchCheck(() => runs[checks++]!, fake.effects);
    expect(fake.printed[0]).toBe([
      `${A}:12:15  error  UnknownPerson`,
      '  Person "saori-nojma" is not in data/people.yaml.',
      '',
      '1 error, 0 warnings in 19 files (0.05 s)',
      'Watching content/ and data/ for changes; press Ctrl+C to stop.',
    ].join('\n'));
    fake.fire('content', B);
    fake.fire('content', `${B}.tmp`);
    fake.fire('data', 'data/people.yaml');
    expect(fake.pendingTimers()).toBe(1);
    fake.elapse();
    expect(checks).toBe(2);
    expect(fake.printed[1]).toBe([
      `\n10:42:05  ${B}, data/people.yaml changed`,
      `+ ${B}:7:15  error  UnknownPerson`,
      '    Person "saori-nojma" is not in data/people.yaml.',
      `resolved  ${A}:12:15  error  UnknownPerson`,
      '1 error, 0 warnings in 19 files (0.05 s)',
    ].join('\n'));
  });

  it('says so when a save changed no problem, ignores editors\' swap files, and closes its watchers', () => {
    const fake = createFakeEffects();
    const watching = watchCheck(() => run([]), fake.effects);
    fake.fire('content', 'content/activities/2018-19/.a.md.swp');
    expect(fake.pendingTimers()).toBe(0);
    fake.fire('content', A);
    fake.elapse();
    expect(fake.printed[1]).toBe(`\n10:42:05  ${A} changed\nNo new or resolved problems.\n0 errors, 0 warnings in 19 files (0.05 s)`);
    watching.close();
    expect(fake.closed).toEqual(['content', 'data']);
  });
});

describe('npm run check -- --watch as a command', () => {
  it('re-checks a saved file and prints the new problem, then its resolution', async () => {
    const root = copyGoodSite('watch');
    const file = join(root, 'content/activities/2018-19/ipr-national-workshop-laos-2018-11.md');
    const child = spawn(process.execPath, [join(PROJECT, 'src/cli/check.ts'), '--watch', '--root', root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const waitFor = async (text: string) => {
      for (let waited = 0; !output.includes(text); waited += 50) {
        if (waited > 15_000) throw new Error(`Waited for "${text}"; got:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await waitFor('Watching content/ and data/');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('person: saori-nojima', 'person: saori-nojma'));
      await waitFor('+ content/activities/2018-19/ipr-national-workshop-laos-2018-11.md:12:15  error  UnknownPerson');
      writeFileSync(file, original);
      await waitFor('resolved  content/activities/2018-19/ipr-national-workshop-laos-2018-11.md:12:15  error  UnknownPerson');
    } finally {
      child.kill();
    }
  });

  it('refuses --watch with a format for programs', async () => {
    const child = spawn(process.execPath, [join(PROJECT, 'src/cli/check.ts'), '--watch', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--watch prints for people and works with --format text only.');
  });
});
