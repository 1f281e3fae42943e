import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateCorpus } from '../../src/bench/generate-corpus.ts';
import { checkProject } from '../../src/validation/check-project.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Counts read from the shipped tree itself, not from the generator. */
function countShippedTree() {
  const folders = readdirSync(join(repoRoot, 'content/activities'));
  const perYear = folders.map((fy) => readdirSync(join(repoRoot, 'content/activities', fy)).filter((f) => f.endsWith('.md')).length);
  const issue = readdirSync(join(repoRoot, 'data/newsletters'))[0]!;
  const { covers } = parseYaml(readFileSync(join(repoRoot, 'data/newsletters', issue), 'utf8')) as { covers: { from: string; to: string } };
  const months = (Number(covers.to.slice(0, 4)) - Number(covers.from.slice(0, 4))) * 12 + Number(covers.to.slice(5, 7)) - Number(covers.from.slice(5, 7)) + 1;
  return { activities: perYear.reduce((a, b) => a + b, 0), fullestYear: Math.max(...perYear), issuesPerYear: 12 / months };
}

/** The corpus's definition (src/bench/corpus-plan.ts), applied to the shipped counts. */
function expectedCounts(scale: number) {
  const shipped = countShippedTree();
  const activities = Math.round(scale * shipped.activities);
  const years = Math.max(1, Math.round(activities / shipped.fullestYear));
  return { activities, years, issues: years * shipped.issuesPerYear, rounds: years };
}

function countGenerated(root: string) {
  const activityFolders = readdirSync(join(root, 'content/activities'));
  return {
    activities: activityFolders.flatMap((fy) => readdirSync(join(root, 'content/activities', fy))).length,
    years: readdirSync(join(root, 'data/reports')).length,
    issues: readdirSync(join(root, 'data/newsletters')).length,
    rounds: readdirSync(join(root, 'data/surveys')).length,
  };
}

describe('the benchmark corpus', () => {
  for (const scale of [0.1, 1.5]) {
    it(`at ${scale}× passes npm run check with no error and has the planned counts`, () => {
      const root = join(work, String(scale));
      generateCorpus(repoRoot, root, scale);
      const result = checkProject(root);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(countGenerated(root)).toEqual(expectedCounts(scale));
    });
  }

  it('moves an activity by whole years, keeping its month, and points the survey at the copy', () => {
    const root = join(work, '1.5');
    const years = readdirSync(join(root, 'content/activities')).sort();
    expect(years).toEqual(['2018-19', '2019-20']);
    const survey = parseYaml(readFileSync(join(root, 'data/surveys/2020.yaml'), 'utf8')) as { fy: string; workshops: { activity: string }[] };
    expect(survey.fy).toBe('2019-20');
    for (const { activity } of survey.workshops) expect(readdirSync(join(root, 'content/activities', activity.split('/')[0]!))).toContain(`${activity.split('/')[1]}.md`);
  });
});
