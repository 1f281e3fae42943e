import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChildEnvironment } from '../support/child-environment.ts';
import { createTempProject } from '../support/temp-project.ts';

describe('a build with content errors', () => {
  it('fails, names the error, and leaves the previous dist/ as it was', () => {
    const dir = createTempProject('unknown-person');
    writeFileSync(join(dir, 'dist', 'index.html'), '<p>the previous site</p>');
    const child = spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: dir, encoding: 'utf8', env: createChildEnvironment() });
    const output = child.stdout + child.stderr;
    expect(child.status).toBe(1);
    expect(output).toContain('ipr-national-workshop-laos-2018-11.md:12:15  error  UnknownPerson');
    expect(output).toContain('nothing was built and dist/ was not touched');
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('<p>the previous site</p>');
    expect(existsSync(join(dir, '.build', 'dist-next'))).toBe(false);
  }, 120_000);
});
