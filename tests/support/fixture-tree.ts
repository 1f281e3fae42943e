import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { parse } from 'yaml';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const GOOD_SITE = join(FIXTURES, 'good');
export const BROKEN_CASES = join(FIXTURES, 'broken');

/** What a broken case expects: the diagnostics' identity, without their wording. */
export interface ExpectedDiagnostic {
  name: string;
  severity: string;
  file: string;
  line: number;
  column: number;
}

const treesToRemove: string[] = [];
// Each test file that builds case trees removes them when it ends.
afterAll(() => {
  for (const dir of treesToRemove.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the good mini-site with the case's files laid over it, removed after the test file. */
export function buildCaseTree(caseName: string): string {
  const dir = mkdtempSync(join(tmpdir(), `rapporteur-${caseName}-`));
  treesToRemove.push(dir);
  cpSync(GOOD_SITE, dir, { recursive: true });
  cpSync(join(BROKEN_CASES, caseName, 'files'), dir, { recursive: true });
  return dir;
}

export function listBrokenCases(): string[] {
  return readdirSync(BROKEN_CASES).filter((name) => statSync(join(BROKEN_CASES, name)).isDirectory()).sort();
}

export function readExpected(caseName: string): ExpectedDiagnostic[] {
  return (parse(readFileSync(join(BROKEN_CASES, caseName, 'expected.yaml'), 'utf8')) ?? []) as ExpectedDiagnostic[];
}
