import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCaseTree, GOOD_SITE } from '../support/fixture-tree.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

/** Runs `npm run check`'s entry point as a child process, the way an editor or CI does. */
function runCheck(root: string, ...args: string[]) {
  const child = spawnSync(process.execPath, [join(PROJECT, 'src/cli/check.ts'), '--root', root, ...args], { encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('npm run check as a command', () => {
  it('exits 0 and says so on valid content', () => {
    const { code, stdout } = runCheck(GOOD_SITE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^0 errors, 0 warnings in \d+ files/m);
  });

  it('exits 1 on an error and prints file:line:col, severity, name, message and hint', () => {
    const { code, stdout } = runCheck(buildCaseTree('unknown-person'));
    expect(code).toBe(1);
    expect(stdout).toContain('content/activities/2018-19/ipr-national-workshop-laos-2018-11.md:12:15  error  UnknownPerson');
    expect(stdout).toContain('  Person "saori-nojma" is not in data/people.yaml.');
    expect(stdout).toContain('  Hint: Did you mean "saori-nojima"?');
    expect(stdout).toMatch(/^1 error, 0 warnings/m);
  });

  it('exits 0 when there are only warnings', () => {
    const { code, stdout } = runCheck(buildCaseTree('list-month-mismatch'));
    expect(code).toBe(0);
    expect(stdout).toContain('warning  ListMonthMismatch');
  });

  it('prints the same diagnostics as JSON', () => {
    const { code, stdout } = runCheck(buildCaseTree('unknown-person'), '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ name: 'UnknownPerson', severity: 'error', file: 'content/activities/2018-19/ipr-national-workshop-laos-2018-11.md', line: 12, column: 15 }),
    ]);
  });

  it('prints GitHub Actions annotations', () => {
    const { stdout } = runCheck(buildCaseTree('unknown-person'), '--format', 'github');
    expect(stdout.trim()).toMatch(/^::error file=content\/activities\/2018-19\/ipr-national-workshop-laos-2018-11\.md,line=12,col=15,title=UnknownPerson::Person "saori-nojma" is not in data\/people\.yaml\. Hint: /);
  });

  it('refuses an unknown format', () => {
    const { code, stderr } = runCheck(GOOD_SITE, '--format', 'xml');
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown --format "xml"');
  });
});
