import { buildCaseTree, listBrokenCases, readExpected, type ExpectedDiagnostic } from './fixture-tree.ts';
import { buildGeneratedTree, GENERATED_CASES } from './generated-cases.ts';
import { createTempProject } from './temp-project.ts';

/** One malformed input: a broken fixture case or a generated one, however it is made. */
export interface BadInput {
  name: string;
  expected: ExpectedDiagnostic[];
  /** A temporary content tree (content/ and data/) holding it. */
  makeTree(): string;
  /** A temporary project, with code, that `npm run build` can run in. */
  makeProject(): string;
}

/** Every bad input of the corpus: tests/fixtures/broken/ and tests/support/generated-cases.ts. */
export function listBadInputs(): BadInput[] {
  return [
    ...listBrokenCases().map((name) => ({ name, expected: readExpected(name), makeTree: () => buildCaseTree(name), makeProject: () => createTempProject(name) })),
    ...GENERATED_CASES.map((generated) => ({
      name: generated.name,
      expected: generated.expected,
      makeTree: () => buildGeneratedTree(generated),
      makeProject: () => {
        const dir = createTempProject();
        generated.make(dir);
        return dir;
      },
    })),
  ];
}
