import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRequests } from '../../src/pdf/guard-requests.ts';
import { launchBrowser, type Browser } from '../../src/pdf/launch-browser.ts';
import { serveSite, type SiteServer } from '../../src/serve/serve-site.ts';
import { auditPage, openAuditTab, type PageAudit } from './page-audit.ts';

/**
 * The page audit that pages-in-browser.test.ts runs on every page catches what it promises
 * to, so that its zeros there mean something: a page made with one fault of each kind.
 */
const FAULTY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Faults</title>
<style>
  .wide { width: 600px; }
  @media (prefers-color-scheme: dark) { body { background: #000; } .dim { color: #222; } }
</style></head>
<body><main>
  <h1>Faults</h1>
  <img src="/missing.png">
  <p class="dim">Readable in light, not in dark.</p>
  <div class="wide">Wider than a phone.</div>
  <img src="https://example.com/tracker.png" alt="">
  <script>console.error('boom')</script>
</main></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'rapporteur-audit-'));
let server: SiteServer;
let browser: Browser;
let audit: PageAudit;

beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), FAULTY_PAGE);
  server = await serveSite(dir);
  browser = await launchBrowser();
  await guardRequests(browser.context, server.origin);
  audit = await auditPage(await openAuditTab(browser.context, server.origin), `${server.origin}/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the page audit', () => {
  it('reports console errors, missing files and requests to another host', () => {
    expect(audit.problems).toEqual(
      expect.arrayContaining(['console error: boom', `HTTP 404: ${server.origin}/missing.png`, 'request to another host: https://example.com/tracker.png']),
    );
  });

  it('runs axe-core: an image without alt text in both schemes, poor contrast in dark only', () => {
    const rules = (lines: string[]) => lines.map((line) => line.split(' ')[0]);
    expect(rules(audit.violations.light)).toEqual(['image-alt']);
    expect(rules(audit.violations.dark)).toEqual(['color-contrast', 'image-alt']);
  });

  it('measures the page at 320 px', () => {
    expect(audit.widthAt320).toBeGreaterThan(320);
  });
});
