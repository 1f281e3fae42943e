import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES, GOOD_SITE } from '../support/fixture-tree.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

/** A throwaway project: the real code and dependencies, the broken case's content, and an existing dist/. */
function projectWithBrokenContent(caseName: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-failed-build-'));
  for (const entry of ['src', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'package.json']) symlinkSync(join(PROJECT, entry), join(dir, entry));
  cpSync(join(GOOD_SITE, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(GOOD_SITE, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(BROKEN_CASES, caseName, 'files'), dir, { recursive: true });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<p>the previous site</p>');
  return dir;
}

describe('a build with content errors', () => {
  it('fails, names the error, and leaves the previous dist/ as it was', () => {
    const dir = projectWithBrokenContent('unknown-person');
    const child = spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const output = child.stdout + child.stderr;
    expect(child.status).toBe(1);
    expect(output).toContain('ipr-national-workshop-laos-2018-11.md:12:15  error  UnknownPerson');
    expect(output).toContain('nothing was built and dist/ was not touched');
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('<p>the previous site</p>');
    expect(existsSync(join(dir, '.build', 'dist-next'))).toBe(false);
  }, 120_000);
});
