import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChildEnvironment } from '../support/child-environment.ts';
import { createTempProject, PROJECT } from '../support/temp-project.ts';

const PORT = 4391;
const ACTIVITY = 'content/activities/2018-19/ipr-national-workshop-laos-2018-11.md';

/** Polls a page until `accept` says the response is the one we wait for (bounded: 60 tries). */
async function waitFor(accept: (status: number, body: string) => boolean): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: '' };
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/`, { headers: { accept: 'text/html' } });
      last = { status: response.status, body: await response.text() };
      if (accept(last.status, last.body)) return last;
    } catch {
      // The server is still starting.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return last;
}

describe('npm run dev with content errors', () => {
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
});
