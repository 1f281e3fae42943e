import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfEditions } from '../../src/pdf/render-editions.ts';

/**
 * A hand-made site of two print editions, one of which asks for an image from another
 * host. Nothing leaves this machine: the browser's request is stopped before it is sent.
 */
const site = mkdtempSync(join(tmpdir(), 'rapporteur-pdf-failure-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function writeEdition(route: string, body: string): void {
  mkdirSync(join(site, route), { recursive: true });
  writeFileSync(
    join(site, route, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title><link rel="canonical" href="https://publisher.test${route}"></head><body><main>${body}</main></body></html>`,
  );
}

writeEdition('/surveys/2099/print/', '<h1>Survey 2099</h1><p>Fine.</p>');
writeEdition('/surveys/2100/print/', '<h1>Survey 2100</h1><img src="https://images.example.com/logo.png" alt="Logo">');
mkdirSync(join(site, 'pdf'));
writeFileSync(join(site, 'pdf', 'survey-2100.pdf'), 'the previous PDF');

describe('a print edition that requests another host', () => {
  const lines: string[] = [];
  let failure: Error | undefined;
  beforeAll(async () => {
    failure = await renderPdfEditions(site, { log: (line) => lines.push(line) }).then(() => undefined, (error: Error) => error);
  });

  it('fails, naming the publication and the blocked request', () => {
    expect(failure?.message).toMatch(/1 of 2 PDF editions failed[\s\S]*survey-2100\.pdf \(from \/surveys\/2100\/print\/\)[\s\S]*https:\/\/images\.example\.com\/logo\.png/);
  });

  it('leaves no partial file, keeps the previous PDF, and still writes the other edition', () => {
    expect(readdirSync(join(site, 'pdf')).sort()).toEqual(['survey-2099.pdf', 'survey-2100.pdf']);
    expect(readFileSync(join(site, 'pdf', 'survey-2100.pdf'), 'utf8')).toBe('the previous PDF');
    expect(readFileSync(join(site, 'pdf', 'survey-2099.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reports progress one line per pass and per publication, with times', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^survey-2099\.pdf {2}pass 1 {2}\d+ pages? {2}\d+\.\d s$/));
    expect(lines).toContainEqual(expect.stringMatching(/^survey-2099\.pdf {2}written {2}1 page, [\d.]+ kB, 1 pass, \d+\.\d s$/));
    expect(lines).toContainEqual(expect.stringMatching(/^survey-2100\.pdf {2}failed {2}The print edition requested https:\/\/images\.example\.com\/logo\.png/));
  });
});
