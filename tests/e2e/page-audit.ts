import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * One built page checked in Chromium: what went wrong while it loaded, what axe-core finds
 * in light and in dark colour scheme, and whether it fits a 320 px screen.
 */
export interface PageAudit {
  /** Console errors, uncaught exceptions, failed and 4xx/5xx requests, requests to another host. */
  problems: string[];
  violations: { light: string[]; dark: string[] };
  /** document.documentElement.scrollWidth at a 320 px wide viewport. */
  widthAt320: number;
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what axe-core calls them. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };

/** A browser tab that records its own problems, to audit one page after another. */
export interface AuditTab {
  page: Page;
  problems: string[];
}

/** Opens a tab whose problems are recorded; requests to other origins are recorded here and blocked by the context's guard. */
export async function openAuditTab(context: BrowserContext, origin: string): Promise<AuditTab> {
  const page = await context.newPage();
  const tab: AuditTab = { page, problems: [] };
  const isForeign = (url: string) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin;
  page.on('console', (message) => {
    if (message.type() === 'error') tab.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => tab.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (isForeign(request.url())) tab.problems.push(`request to another host: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (!isForeign(request.url())) tab.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) tab.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return tab;
}

export async function auditPage(tab: AuditTab, url: string): Promise<PageAudit> {
  const { page } = tab;
  tab.problems = [];
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'load' });
  // The one page with scripts (search) keeps loading after `load`: let it settle first.
  if (await page.locator('script').count()) await page.waitForLoadState('networkidle');
  // Evaluated, not added as a <script>: the pages' Content-Security-Policy forbids inline scripts.
  await page.evaluate(AXE_SOURCE);
  const light = await runAxe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await runAxe(page);
  await page.setViewportSize(NARROW);
  const widthAt320 = await page.evaluate(() => document.documentElement.scrollWidth);
  return { problems: tab.problems, violations: { light, dark }, widthAt320 };
}

/** axe-core's violations, one line each: rule, impact, and the first few elements that fail it. */
async function runAxe(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((node) => node.target.join(' ')) }));
  }, AXE_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ` and ${v.targets.length - 3} more` : ''}`);
}
