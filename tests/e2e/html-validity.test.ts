import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countForTotals } from '../support/quality-totals.ts';
import { fileOfRoute, listPageRoutes } from '../site/site-pages.ts';
import { runNuHtmlChecker, type NuError } from './nu-html-checker.ts';

/**
 * Every built page is valid HTML by the Nu HTML Checker (errors only; its warnings are
 * advice). The checker runs once over all pages plus one deliberately invalid control page,
 * which proves it really checked something.
 */
const routes = listPageRoutes();
const control = mkdtempSync(join(tmpdir(), 'rapporteur-vnu-'));
const CONTROL_PAGE = join(control, 'invalid.html');
let errors: NuError[] = [];

beforeAll(async () => {
  writeFileSync(CONTROL_PAGE, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title></head><body><p id="x">a</p><p id="x">b</p></body></html>');
  errors = await runNuHtmlChecker([...routes.map(fileOfRoute), CONTROL_PAGE]);
}, 300_000);

afterAll(() => rmSync(control, { recursive: true, force: true }));

describe('the Nu HTML Checker', () => {
  it('finds the error planted in the control page', () => {
    expect(errors.filter((e) => e.file === CONTROL_PAGE).map((e) => e.message)).toEqual(['Duplicate ID “x”.']);
  });

  it.for(routes)('finds no error in %s', (route, { task }) => {
    const found = errors.filter((e) => e.file === fileOfRoute(route)).map((e) => `${e.line}:${e.column} ${e.message}`);
    countForTotals(task, { pagesValidated: 1, htmlErrors: found.length });
    expect(found).toEqual([]);
  });
});
