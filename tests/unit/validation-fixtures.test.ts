import { describe, expect, it } from 'vitest';
import { checkProject, RULES } from '../../src/validation/check-project.ts';
import { buildCaseTree, GOOD_SITE, listBrokenCases, readExpected } from '../support/fixture-tree.ts';
import { buildGeneratedTree, GENERATED_CASES } from '../support/generated-cases.ts';

const identity = ({ name, severity, file, line, column }: { name: string; severity: string; file: string; line: number; column: number }) => ({ name, severity, file, line, column });

describe('the good mini-site', () => {
  it('passes every schema and rule without a diagnostic', () => {
    const result = checkProject(GOOD_SITE);
    expect(result.diagnostics).toEqual([]);
    expect(result.fileCount).toBeGreaterThan(15);
  });
});

describe('each broken case reports its documented diagnostics at the exact place', () => {
  it.each(listBrokenCases())('%s', (caseName) => {
    let verdict: number | undefined;
    const result = checkProject(buildCaseTree(caseName), RULES, (errors) => (verdict = errors));
    // A build loads content on the verdict, before the advisory rules ran: they must find no error.
    expect(verdict).toBe(result.errorCount);
    const expected = readExpected(caseName);
    expect(result.diagnostics.map(identity)).toEqual(expect.arrayContaining(expected));
    expect(result.diagnostics).toHaveLength(expected.length);
    for (const d of result.diagnostics) {
      expect(d.message, `${d.name} should be a full sentence`).toMatch(/^[A-Z"{0-9(].*[.?]$/s);
      expect(d.message).not.toMatch(/^Error:/);
    }
  });
});

describe('each generated bad input (too large or a link, so not committed) reports its diagnostics', () => {
  it.each(GENERATED_CASES.map((generated) => [generated.name, generated] as const))('%s', (_name, generated) => {
    expect(checkProject(buildGeneratedTree(generated)).diagnostics.map(identity)).toEqual(generated.expected);
  });
});
