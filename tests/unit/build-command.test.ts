import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createChildEnvironment } from '../support/child-environment.ts';
import { PROJECT, createTempProject } from '../support/temp-project.ts';

describe('npm run build of good content', () => {
  it('checks (on its worker thread), builds, indexes the pages as they render, and swaps the site into dist/', () => {
    const dir = createTempProject();
    // A real copy of src/: through the temporary project's symlink, Astro looks for the search
    // page's script module under the link's target joined to the project's root, and fails.
    // (The failed-build tests stop before any page is built, so the link serves them.)
    rmSync(join(dir, 'src'));
    cpSync(join(PROJECT, 'src'), join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<p>the previous site</p>');
    const child = spawnSync(process.execPath, ['src/cli/build.ts', '--no-pdf'], { cwd: dir, encoding: 'utf8', env: createChildEnvironment() });
    // Plain text: Astro's logger colours its output when CI is set.
    const output = stripVTControlCharacters(child.stdout + child.stderr);
    expect(child.status, output).toBe(0);
    // The check's verdict, reported by the check-content integration from the worker's result.
    expect(output).toMatch(/\[rapporteur:check-content\] (Content checked: no errors\.|\d+ content warning\(s\))/);
    const indexed = /(\d+) of (\d+) HTML pages indexed \((\d+) as they were rendered\)/.exec(output);
    expect(indexed, output).not.toBeNull();
    const [, pages, htmlFiles, handedOver] = indexed!.map(Number);
    // Every page reached the index as it was rendered, and each indexed page is in it once.
    expect(handedOver).toBe(htmlFiles);
    const built = globSync('**/*.html', { cwd: join(dir, 'dist') });
    expect(built).toHaveLength(htmlFiles!);
    expect(pages).toBe(built.filter((file) => readFileSync(join(dir, 'dist', file), 'utf8').includes('data-pagefind-body')).length);
    expect(pages).toBeGreaterThan(10);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).not.toContain('the previous site');
    expect(existsSync(join(dir, 'dist', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dir, '.build', 'dist-next'))).toBe(false);
  }, 180_000);
});
