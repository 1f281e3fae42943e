import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNodeScript } from '../../src/bench/npm-script.ts';

describe('the npm scripts the benchmark runs', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapporteur-npm-script-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const projectWith = (scripts: Record<string, string>) => {
    const dir = mkdtempSync(join(work, 'project-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts }));
    return dir;
  };

  it('gives Node the script’s flags and file, in order', () => {
    const dir = projectWith({ build: 'node  --no-opt --stack-size=2000 src/cli/build.ts ', check: 'node src/cli/check.ts' });
    expect(readNodeScript(dir, 'build')).toEqual(['--no-opt', '--stack-size=2000', 'src/cli/build.ts']);
    expect(readNodeScript(dir, 'check')).toEqual(['src/cli/check.ts']);
  });

  it('refuses a script that is not a Node command, naming it', () => {
    const dir = projectWith({ build: 'astro build', check: 'node' });
    expect(() => readNodeScript(dir, 'build')).toThrow(/"build" is "astro build"/);
    expect(() => readNodeScript(dir, 'check')).toThrow(/"check" is "node"/);
    expect(() => readNodeScript(dir, 'pdf')).toThrow(/"pdf" is null/);
  });

  it('reads this repository’s build and check scripts as files that exist', () => {
    const root = resolve(import.meta.dirname, '../..');
    for (const name of ['build', 'check']) {
      const file = readNodeScript(root, name).at(-1)!;
      expect(existsSync(join(root, file)), `${name}: ${file}`).toBe(true);
    }
  });
});
