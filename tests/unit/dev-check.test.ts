import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTab } from '../../src/bench/open-tab.ts';
import { createChildEnvironment } from '../support/child-environment.ts';
import { createTempProject, PROJECT } from '../support/temp-project.ts';

const PORT = 4391;
const ACTIVITY = 'content/activities/2018-19/ipr-national-workshop-laos-2018-11.md';

/** Polls a page every 500 ms until `accept` says the response is the one we wait for (bounded: `tries`). */
async function waitFor(accept: (status: number, body: string) => boolean, path = '/', tries = 60): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: '' };
  for (let attempt = 0; attempt < tries; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { accept: 'text/html' } });
      last = { status: response.status, body: await response.text() };
      if (accept(last.status, last.body)) return last;
    } catch {
      // The server is still starting.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return last;
}

describe('npm run dev', () => {
  const dir = createTempProject();
  let output = '';
  const server = spawn(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: dir,
    env: createChildEnvironment({ RAPPORTEUR_PDF: 'off' }),
  });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  afterAll(() => void server.kill());

  it('shows a saved error in the terminal and in the browser with file:line, and the site again once fixed', async () => {
    const first = await waitFor((status) => status === 200);
    expect(first.status, output + first.body.slice(0, 500)).toBe(200);
    const file = join(dir, ACTIVITY);
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('person: saori-nojima', 'person: saori-nojma'));
    const broken = await waitFor((status) => status === 500);
    expect(broken.body).toContain(`${ACTIVITY}:12:15`);
    expect(broken.body).toContain('UnknownPerson');
    expect(output).toContain(`${ACTIVITY}:12:15  error  UnknownPerson`);
    writeFileSync(file, good);
    expect((await waitFor((status) => status === 200)).status).toBe(200);
  }, 90_000);

  it("reloads an open page at the save of an activity, with its new text at once and its new title once Astro's store has it; the old ones once restored", async () => {
    const page = '/activities/ipr-national-workshop-laos-2018-11/';
    expect((await waitFor((status) => status === 200, page)).status).toBe(200);
    const file = join(dir, ACTIVITY);
    const good = readFileSync(file, 'utf8');
    const retitle = (title: string) => writeFileSync(file, good.replace(/^title:.*$/m, `title: "${title}"`));
    // Astro's content watcher may still be starting when the first page is served (an edit saved
    // then is never seen): a first new title, saved again until it shows.
    const warmUp = `A first title ${Date.now()}`;
    let shown = false;
    for (let attempt = 0; attempt < 10 && !shown; attempt += 1) {
      retitle(warmUp);
      shown = (await waitFor((_status, body) => body.includes(warmUp), page, 6)).body.includes(warmUp);
    }
    expect(shown, output).toBe(true);
    // An editor does not save one file twice within a second. Saves closer than that can race in
    // Astro's glob loader (each save's reload runs at once, and the first to finish may be the last
    // saved: seen with two saves 50 ms apart, the store then kept the earlier text).
    const nextSave = () => new Promise((done) => setTimeout(done, 1000));
    // The page held open as a browser holds it: it reloads when the dev server says so. Vite
    // sends a newly connected page the reloads it held while none was open: they come first.
    const tab = await openTab(`http://127.0.0.1:${PORT}`, page);
    await nextSave();
    try {
      // One save of a new sentence and a new title: the page is reloaded at once and shows the
      // sentence, read from disk (src/site/saved-texts.ts), while the title still comes from
      // Astro's store, which has not written the save yet; once written, it reloads the page.
      const sentence = `A sentence saved at ${Date.now()}.`;
      const title = `A title saved at ${Date.now()}`;
      const saved = performance.now();
      writeFileSync(file, `${good.replace(/^title:.*$/m, `title: "${title}"`).trimEnd()}\n\n${sentence}\n`);
      const first = await tab.waitForText(sentence, saved, 30_000);
      expect(first.body).toMatch(new RegExp(`<h1[^>]*>${warmUp}</h1>`));
      const retitled = await tab.waitForText(title, saved, 30_000);
      expect(retitled.body).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
      expect(retitled.body).toContain(sentence);
      await nextSave();
      writeFileSync(file, good);
      const restored = await waitFor((status, body) => status === 200 && !body.includes(title), page);
      expect(restored.body).not.toContain(sentence);
      expect(restored.body).not.toContain(warmUp);
    } finally {
      tab.close();
    }
  }, 120_000);
});
