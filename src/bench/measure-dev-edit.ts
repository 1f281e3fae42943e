import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTab, type OpenTab } from './open-tab.ts';

/** Milliseconds from saving an edited file until the open page, reloaded when the dev server says so, shows the new text, per try. */
export interface DevEditResult {
  /** Seconds from starting `astro dev` until the first page was served. */
  startSeconds: number;
  editMs: number[];
  /** Edits no reload served within 10 s: saved again (untimed) to go on. */
  lost: number;
}

export interface DevEditOptions {
  projectDir: string;
  /** Activity file, relative to the project. */
  file: string;
  /** Path of its page: `/activities/<slug>/`. */
  pagePath: string;
  port: number;
  tries: number;
  env: NodeJS.ProcessEnv;
  /** What is edited: a sentence appended to the text (the default), or the title in the front matter. */
  edit?: DevEdit;
}

export type DevEdit = 'text' | 'front matter';

/** The file with `marker` in it: appended as a sentence, or as the title (which the page prints as its heading). */
export function applyDevEdit(original: string, marker: string, edit: DevEdit = 'text'): string {
  if (edit === 'text') return `${original.trimEnd()}\n\n${marker}\n`;
  const retitled = original.replace(/^title:.*$/m, `title: "${marker}"`);
  if (retitled === original) throw new Error('The edited activity has no `title:` line in its front matter.');
  return retitled;
}

/**
 * Starts `astro dev` on 127.0.0.1, opens the activity's page once (so modules are compiled),
 * then holds it open as a browser tab does (src/bench/open-tab.ts), puts a unique sentence in
 * the activity (applyDevEdit) and times until a reload of the tab serves it. The file is
 * restored and the server stopped whatever happens.
 */
export async function measureDevEdit(options: DevEditOptions): Promise<DevEditResult> {
  const path = join(options.projectDir, options.file);
  const original = readFileSync(path, 'utf8');
  const started = performance.now();
  const server = startDevServer(options);
  let tab: OpenTab | undefined;
  try {
    const url = `http://127.0.0.1:${options.port}${options.pagePath}`;
    await pollUntil(url, (status) => status === 200, 300_000);
    const startSeconds = (performance.now() - started) / 1000;
    await warmUp(path, original, url, options.edit);
    tab = await openTab(`http://127.0.0.1:${options.port}`, options.pagePath);
    const editMs: number[] = [];
    let lost = 0;
    for (let i = 0; i < options.tries; i += 1) {
      // An editor does not save twice within a second; nor do we, so one save is not timed against the last one's reload.
      await sleep(1500);
      const marker = `Benchmark edit ${Date.now()}-${i}.`;
      const saved = performance.now();
      writeFileSync(path, applyDevEdit(original, marker, options.edit));
      try {
        editMs.push((await tab.waitForText(marker, saved, 10_000)).ms);
      } catch {
        lost += 1;
        await warmUp(path, original, url, options.edit);
      }
    }
    return { startSeconds, editMs, lost };
  } finally {
    tab?.close();
    writeFileSync(path, original);
    await stopServer(server);
  }
}

/**
 * One untimed edit first, saved again every 3 s until it shows: the file watcher may still
 * be scanning when the first page is served, and an edit saved then is never seen.
 */
async function warmUp(path: string, original: string, url: string, edit?: DevEdit): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const marker = `Benchmark warm-up ${Date.now()}-${attempt}.`;
    writeFileSync(path, applyDevEdit(original, marker, edit));
    try {
      return await pollUntil(url, (status, body) => status === 200 && body.includes(marker), 3000);
    } catch {
      // Not seen yet: save again.
    }
  }
  throw new Error(`${url} never showed an edit of ${path}: is the dev server watching content/?`);
}

function startDevServer(options: DevEditOptions): ChildProcess {
  const astro = join(options.projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Its own process group, so stopping it also stops anything it started.
  return spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(options.port)], {
    cwd: options.projectDir,
    env: { ...process.env, ...options.env },
    stdio: 'ignore',
    detached: true,
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, sleep(5000)]);
  if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
}

async function pollUntil(url: string, done: (status: number, body: string) => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url);
      if (done(response.status, await response.text())) return;
    } catch {
      // Not listening yet.
    }
    await sleep(10);
  }
  throw new Error(`${url} did not serve what was expected within ${timeoutMs / 1000} s.`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
