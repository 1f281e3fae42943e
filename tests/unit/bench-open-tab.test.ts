import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSocketToken, reloadsPage } from '../../src/bench/open-tab.ts';

const PAGE = '/activities/ipr-national-workshop-laos-2018-11/';

describe("the benchmark's open tab", () => {
  it("reloads as Vite's client does: at every full reload, unless it names another page's HTML file or only a fallback page", () => {
    expect(reloadsPage({ type: 'full-reload', path: '*' }, PAGE)).toBe(true);
    expect(reloadsPage({ type: 'full-reload' }, PAGE)).toBe(true);
    expect(reloadsPage({ type: 'full-reload', path: '/src/pages/index.astro' }, PAGE)).toBe(true);
    expect(reloadsPage({ type: 'full-reload', path: `${PAGE}index.html` }, PAGE)).toBe(true);
    expect(reloadsPage({ type: 'full-reload', path: '/index.html' }, PAGE)).toBe(true);
    expect(reloadsPage({ type: 'full-reload', path: '/members/index.html' }, PAGE)).toBe(false);
    expect(reloadsPage({ type: 'full-reload', path: '*', ifFallback: true }, PAGE)).toBe(false);
    for (const other of [{ type: 'update', updates: [] }, { type: 'connected' }, { type: 'custom', event: 'astro:content-changed' }, null, 'full-reload']) {
      expect(reloadsPage(other, PAGE)).toBe(false);
    }
  });

  it("reads the socket token from Vite's own client, as the dev server serves it", () => {
    const vite = dirname(createRequire(import.meta.url).resolve('vite/package.json'));
    const client = readFileSync(join(vite, 'dist', 'client', 'client.mjs'), 'utf8');
    // The dev server writes the token in place of this placeholder (its clientInjections plugin).
    expect(client).toContain('__WS_TOKEN__');
    expect(readSocketToken(client.replace('__WS_TOKEN__', JSON.stringify('t0k-en_1')))).toBe('t0k-en_1');
    expect(() => readSocketToken('const token = 1;')).toThrow(/no `wsToken`/);
  });
});
