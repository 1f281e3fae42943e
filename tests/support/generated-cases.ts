import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { ExpectedDiagnostic } from './fixture-tree.ts';
import { copyGoodSite } from './temp-site.ts';

/**
 * Bad inputs that cannot be committed as files under tests/fixtures/broken/: a 5 MB file
 * would bloat the repository, and a symbolic link that loops would trip every tool that
 * walks tests/ (Vitest's own test search included). Each is made in a fresh copy of the
 * good mini-site; its expected diagnostics are written here by hand, as in expected.yaml.
 */
export interface GeneratedCase {
  name: string;
  make(root: string): void;
  expected: ExpectedDiagnostic[];
}

const FOLDER = 'content/activities/2018-19';

export const GENERATED_CASES: readonly GeneratedCase[] = [
  {
    name: 'file-too-large (5 MB)',
    make: (root) => writeFileSync(join(root, 'data/topics.yaml'), `# ${'x'.repeat(5 * 1024 * 1024)}\n`),
    expected: [{ name: 'FileTooLarge', severity: 'error', file: 'data/topics.yaml', line: 1, column: 1 }],
  },
  {
    name: 'symlink-loop (a link to its own folder)',
    make: (root) => symlinkSync('.', join(root, FOLDER, 'loop')),
    expected: [{ name: 'SymbolicLink', severity: 'error', file: `${FOLDER}/loop`, line: 1, column: 1 }],
  },
  {
    name: 'symlink-to-file-outside (content the checker would never read)',
    make: (root) => {
      writeFileSync(join(root, 'elsewhere.md'), '---\ntitle: Not checked\n---\n');
      symlinkSync('../../../elsewhere.md', join(root, FOLDER, 'linked.md'));
    },
    expected: [{ name: 'SymbolicLink', severity: 'error', file: `${FOLDER}/linked.md`, line: 1, column: 1 }],
  },
];

const treesToRemove: string[] = [];
// Each test file that makes generated trees removes them when it ends.
afterAll(() => {
  for (const dir of treesToRemove.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the good mini-site with the generated case made in it, removed after the test file. */
export function buildGeneratedTree(generated: GeneratedCase): string {
  const root = copyGoodSite('generated');
  treesToRemove.push(root);
  generated.make(root);
  return root;
}
