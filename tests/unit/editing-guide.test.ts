import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/model/figures.ts';
import { checkProject } from '../../src/validation/check-project.ts';
import { formatDiagnostics } from '../../src/validation/format-diagnostics.ts';
import { buildCaseTree, GOOD_SITE } from '../support/fixture-tree.ts';
import { copyGoodSite } from '../support/temp-site.ts';

/**
 * docs/editing.md keeps its promises: every example marked with a file name is valid content,
 * every printed message is what `npm run check` prints for that case, every figure the site
 * computes is listed, and every link inside the guide lands on a heading.
 */
const PROJECT = join(import.meta.dirname, '..', '..');
const GUIDE = readFileSync(join(PROJECT, 'docs/editing.md'), 'utf8');

interface FencedBlock {
  info: string;
  text: string;
  line: number;
}

/** Fenced blocks at the left margin, a longer fence enclosing shorter ones (```` around ```). */
function listFencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { fence: string; info: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((line, index) => {
    if (open) {
      if (line.trimEnd() === open.fence) {
        blocks.push({ info: open.info, text: open.lines.length ? `${open.lines.join('\n')}\n` : '', line: open.line });
        open = undefined;
      } else open.lines.push(line);
      return;
    }
    const start = /^(`{3,})(.*)$/.exec(line);
    if (start) open = { fence: start[1]!, info: start[2]!.trim(), line: index + 1, lines: [] };
  });
  return blocks;
}

const blocks = listFencedBlocks(GUIDE);
const examples = blocks.flatMap((block) => {
  const target = /^(yaml|markdown) title="([^"]+)"( append)?$/.exec(block.info);
  return target ? [{ ...block, file: target[2]!, append: Boolean(target[3]) }] : [];
});
const outputs = blocks.flatMap((block) => {
  const check = /^text check="([^"]+)"$/.exec(block.info);
  return check ? [{ ...block, caseName: check[1]! }] : [];
});

describe('the examples in docs/editing.md', () => {
  it('are found: one per kind of file the guide explains', () => {
    expect(examples.map((e) => e.file)).toEqual(
      expect.arrayContaining(['data/people.yaml', 'content/activities/2018-19/risk-management-thailand-2019-01.md', 'data/newsletters/059.yaml', 'content/newsletters/059/foreword.md', 'data/plans/work-plan-2019-20.yaml', 'data/reports/2018-19.yaml', 'data/surveys/2020.yaml']),
    );
  });

  // Applied in the guide's order to one copy of the good mini-site, as an editor following it
  // would: the shared-lists section adds the people and members later examples name.
  it('each leave the mini-site without a single error or warning', () => {
    const root = copyGoodSite('guide');
    for (const example of examples) {
      const path = join(root, example.file);
      mkdirSync(dirname(path), { recursive: true });
      if (example.append) appendFileSync(path, example.text);
      else writeFileSync(path, example.text);
      const problems = checkProject(root).diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.name}: ${d.message}`);
      expect(problems, `after the example at docs/editing.md:${example.line} (${example.file})`).toEqual([]);
    }
  });
});

describe('the messages printed in docs/editing.md', () => {
  it('cover the common cases', () => {
    expect(outputs.length).toBeGreaterThanOrEqual(8);
  });

  it.each(outputs.map((o) => [o.caseName, o] as const))('are what npm run check prints for %s', (caseName, output) => {
    const printed = formatDiagnostics(checkProject(buildCaseTree(caseName)).diagnostics, 'text');
    expect(output.text.trimEnd(), `docs/editing.md:${output.line}`).toBe(printed);
  });
});

describe('the figures listed in docs/editing.md', () => {
  /**
   * A computed name as the guide writes it: one member code, one round, `<action>` and
   * `<question>` for the lists; a correlation figure's `.percent` twin is named in words.
   */
  function documentedForm(name: string): string {
    return name
      .replace(/^staff\.from\.[A-Z]{2}$/, 'staff.from.JP')
      .replace(/^history\.reply_rate\.\d{4}$/, 'history.reply_rate.2015')
      .replace(/^survey\.actions\.[a-z_]+/, 'survey.actions.<action>')
      .replace(/^survey\.correlation\.[a-z_]+\.(.+?)(\.percent)?$/, 'survey.correlation.<question>.$1')
      .replace(/^survey\.(direct_effects|efficiency|new_projects)\./, 'survey.<question>.');
  }

  it.each([
    ['an annual report chapter', { report: '2018-19' }],
    ['a survey report chapter', { survey: 2018 }],
    ['an activity or article', {}],
  ])('include every figure the site computes for %s', (_where, context) => {
    const { data } = checkProject(GOOD_SITE).content;
    const names = [...computeFigures(data, context).keys()];
    expect(names.length).toBeGreaterThan(0);
    const missing = [...new Set(names.map(documentedForm))].filter((name) => !GUIDE.includes(`{{ ${name} }}`));
    expect(missing, 'add these to "Figures in the text" in docs/editing.md').toEqual([]);
  });
});

describe('docs/editing.md as a page', () => {
  it('links only to headings it has', () => {
    const slugs = new Set([...GUIDE.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
    const anchors = [...GUIDE.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((anchor) => !slugs.has(anchor))).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(PROJECT, 'README.md'), 'utf8')).toContain('(docs/editing.md)');
  });
});
