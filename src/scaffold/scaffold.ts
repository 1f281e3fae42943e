import { kindOf } from '../validation/discover-files.ts';
import { parseContentFile } from '../validation/parse-content-file.ts';
import { describeIssues } from '../validation/schema-issues.ts';
import { suggestClosest } from '../validation/suggest.ts';
import { activityKind } from './kinds/activity.ts';
import { articleKind } from './kinds/article.ts';
import { chapterKind } from './kinds/chapter.ts';
import { issueKind } from './kinds/issue.ts';
import { reportKind } from './kinds/report.ts';
import { surveyKind } from './kinds/survey.ts';
import { ScaffoldError, type Flags, type ScaffoldKind, type ScaffoldPlan, type ScaffoldProject } from './scaffold-kind.ts';

/**
 * `npm run new`: plans a correctly placed and named file with valid front matter or data,
 * refuses to overwrite, and checks the result against the same schema `npm run check` uses
 * before anything is written.
 */
export const SCAFFOLD_KINDS: Readonly<Record<string, ScaffoldKind>> = {
  activity: activityKind,
  article: articleKind,
  issue: issueKind,
  survey: surveyKind,
  report: reportKind,
  chapter: chapterKind,
};

export function planScaffold(kindName: string, flags: Flags, project: ScaffoldProject): ScaffoldPlan {
  const kind = SCAFFOLD_KINDS[kindName];
  if (!kind) {
    const suggestion = suggestClosest(kindName, Object.keys(SCAFFOLD_KINDS));
    throw new ScaffoldError(`"${kindName}" is not a kind of file npm run new creates.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Kinds: ${Object.keys(SCAFFOLD_KINDS).join(', ')}.`);
  }
  const foreign = Object.keys(flags).filter((name) => flags[name] !== undefined && !(name in kind.flags));
  if (foreign.length > 0) throw new ScaffoldError(`${foreign.map((f) => `--${f}`).join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not used for ${kindName}. Its flags: ${Object.keys(kind.flags).map((f) => `--${f}`).join(', ')}.`);
  const plan = kind.plan(flags, project);
  if (project.exists(plan.file)) throw new ScaffoldError(`${plan.file} already exists, so nothing was written. Edit that file, or choose another name.`);
  assertValid(plan);
  return plan;
}

/** Only the file's own schema: cross-file rules run on the whole project after it is written. */
function assertValid(plan: ScaffoldPlan): void {
  const kind = kindOf(plan.file);
  if (!kind) throw new Error(`npm run new planned ${plan.file}, a place the site does not read.`);
  const parsed = parseContentFile(plan.file, new TextEncoder().encode(plan.text), kind.format);
  const result = parsed.value === undefined ? undefined : kind.schema.safeParse(parsed.value);
  if (result?.success) return;
  const problems = result ? describeIssues(result.error.issues, kind.schema, parsed.value).map((p) => p.diagnostic) : parsed.diagnostics;
  const lines = problems.map((p) => `  ${p.message}${p.hint ? ` ${p.hint}` : ''}`);
  throw new ScaffoldError(`The new file would not be valid, so nothing was written:\n${lines.join('\n')}`);
}

export interface ScaffoldWriter {
  /** Writes a new file, creating its folder; must fail if the file exists. */
  create(file: string, text: string): void;
}

export function writeScaffold(plan: ScaffoldPlan, writer: ScaffoldWriter): void {
  writer.create(plan.file, plan.text);
}

/** `--title` … lines for the help of one kind. */
export function describeFlags(kind: ScaffoldKind): string[] {
  const width = Math.max(...Object.keys(kind.flags).map((name) => name.length)) + 4;
  return Object.entries(kind.flags).map(([name, spec]) => `  --${name.padEnd(width - 2)}${spec.description}`);
}
