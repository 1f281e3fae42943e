import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatesFlag } from '../../src/scaffold/kinds/activity.ts';
import { quarterBefore } from '../../src/scaffold/kinds/issue.ts';
import { formatLocalDay, openProject } from '../../src/scaffold/node-project.ts';
import { planScaffold, writeScaffold } from '../../src/scaffold/scaffold.ts';
import type { Flags } from '../../src/scaffold/scaffold-kind.ts';
import { slugify } from '../../src/scaffold/slugify.ts';
import { emptySiteData } from '../../src/validation/load-content.ts';
import { checkProject } from '../../src/validation/check-project.ts';
import { copyGoodSite } from '../support/temp-site.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
/** The clock the tests give `npm run new`: 15 April 2021. */
const TODAY = new Date(2021, 3, 15, 9, 30);

/** Creates one file in `root` the way `npm run new` does, and returns its path and text. */
function create(root: string, kind: string, flags: Flags): { file: string; text: string } {
  const project = openProject(root, TODAY);
  const plan = planScaffold(kind, flags, project);
  writeScaffold(plan, project);
  return { file: plan.file, text: readFileSync(join(root, plan.file), 'utf8') };
}

const diagnosticsOf = (root: string) => checkProject(root).diagnostics.map((d) => `${d.file}:${d.line} ${d.name}: ${d.message}`);

describe('npm run new, kind by kind, in a copy of the good mini-site', () => {
  const root = copyGoodSite('scaffold');

  // Each step builds on the one before (a survey needs its workshop, an article its issue),
  // and after each, the whole project still passes the checker without a single diagnostic.
  it('creates an activity in the folder of its fiscal year, named by title and month', () => {
    const created = create(root, 'activity', {
      title: 'WCO Sub-regional Workshop on AEO for the Pacific',
      kind: 'sub-regional-workshop',
      date: '2019-11-04..2019-11-08',
      pillar: '1',
      city: 'Suva',
      country: 'FJ',
      topic: 'ipr',
    });
    expect(created.file).toBe('content/activities/2019-20/sub-regional-workshop-aeo-pacific-2019-11.md');
    expect(created.text).toContain('---\ntitle: WCO Sub-regional Workshop on AEO for the Pacific\n');
    expect(created.text).toContain('\nkind: sub-regional-workshop\ndates: { from: 2019-11-04, to: 2019-11-08 }\nvenue: { city: Suva, country: FJ }\n');
    expect(created.text).toContain('\npillar: 1\ntopic: ipr\n');
    expect(created.text).toContain('\n# participants: 25\n');
    expect(created.text).toMatch(/---\n\n<!-- Write the narrative here: .*-->\n$/);
    expect(diagnosticsOf(root)).toEqual([]);
  });

  it('creates a survey round that lists the fiscal year\'s workshops with every count at 0', () => {
    const created = create(root, 'survey', { round: '2020' });
    expect(created.file).toBe('data/surveys/2020.yaml');
    expect(created.text).toBe(
      [
        'round: 2020',
        'ordinal: 6',
        'fy: 2019-20',
        'title: Customs Good Practice Report on Exemplifying Follow-Up Actions taken after the WCO A/P Regional/Sub-regional Workshops organized in FY 2019/20',
        '# report_number: 19',
        'published: 2021-04',
        'signatory: kazunari-igarashi',
        "# Every count is 0 until the replies are in: take them from the report's tables (docs/editing.md).",
        'workshops:',
        '  - activity: 2019-20/sub-regional-workshop-aeo-pacific-2019-11',
        '    label: WCO Sub-regional Workshop on AEO for the Pacific (Nov. 2019)',
        '    administrations: 0',
        '    replies: 0',
        '    actions: { share_materials: 0, submit_reports: 0, make_recommendations: 0, organise_inhouse_workshops: 0, develop_manuals: 0, others: 0 }',
        '    direct_effects: { replies: 0, yes: 0, no: 0 }',
        '    efficiency: { replies: 0, yes: 0, no: 0 }',
        '    new_projects: { replies: 0, yes: 0, no: 0 }',
        'correlations: []',
        'examples: []',
        '# stated: totals the report prints, kept only to be checked (docs/editing.md)',
        '',
      ].join('\n'),
    );
    expect(diagnosticsOf(root)).toEqual([]);
  });

  it('creates an annual report, annexing only what exists', () => {
    const created = create(root, 'report', { fy: '2019-20', date: '2020-10' });
    expect(created.file).toBe('data/reports/2019-20.yaml');
    expect(created.text).toContain('fy: 2019-20\ntitle: Annual Report 2019/2020\npublished: 2020-10\nsignatory: saori-nojima\n# annexed_work_plan: 2020-21');
    expect(created.text).toContain('\n# annexed_survey: 2019 ');
    // The mini-site's work plan 2018-19 and Survey 2018 are what a report 2017-18 would annex.
    const earlier = create(root, 'report', { fy: '2017-18' });
    expect(earlier.text).toContain('\nannexed_work_plan: 2018-19\n# annexed_survey: 2017 ');
    expect(diagnosticsOf(root)).toEqual([]);
  });

  it('creates report and survey chapters numbered after the last one', () => {
    expect(create(root, 'chapter', { fy: '2019-20', title: 'Executive Summary' }).file).toBe('content/reports/2019-20/01-executive-summary.md');
    const pillar = create(root, 'chapter', { fy: '2019-20', title: 'Pillar 1: Support the implementation of WCO conventions', pillar: '1' });
    expect(pillar.file).toBe('content/reports/2019-20/02-pillar-1-support-implementation-conventions.md');
    expect(pillar.text).toContain('---\ntitle: "Pillar 1: Support the implementation of WCO conventions"\norder: 2\n# part: Annex\npillar: 1\n');
    expect(create(root, 'chapter', { round: '2018', title: 'Executive Summary' }).file).toBe('content/surveys/2018/02-executive-summary.md');
    expect(diagnosticsOf(root)).toEqual([]);
  });

  it('creates a newsletter issue covering the quarter before it, with the latest masthead', () => {
    const created = create(root, 'issue', { date: '2018-04' });
    expect(created.file).toBe('data/newsletters/060.yaml');
    expect(created.text).toContain('number: 60\ncovers: { from: 2018-01-01, to: 2018-03-31 }\npublished: 2018-04-01\n');
    expect(created.text).toContain('# Copied from issue No. 59: check it against the printed issue.\nmasthead:\n  organisation: Asia/Pacific Regional Office for Capacity Building (ROCB A/P)\n');
    expect(created.text).toContain('  staff:\n    - kazunari-igarashi\n    - saori-nojima\n');
    expect(diagnosticsOf(root)).toEqual([]);
  });

  it('creates an article in its issue\'s folder', () => {
    const created = create(root, 'article', { issue: '60', title: 'E-learning study: key findings', author: ['saori-nojima'] });
    expect(created.file).toBe('content/newsletters/060/e-learning-study-key-findings.md');
    expect(created.text).toBe('---\ntitle: "E-learning study: key findings"\nkind: special-topic\nauthors: [saori-nojima]\norder: 1\n# summary: one line for listings and feeds\n---\n\n<!-- Write the article here, in Markdown. -->\n');
    expect(diagnosticsOf(root)).toEqual([]);
  });

  it('refuses to overwrite, and leaves the existing file as it was', () => {
    const file = join(root, 'content/newsletters/060/e-learning-study-key-findings.md');
    writeFileSync(file, 'edited by hand\n');
    expect(() => create(root, 'article', { issue: '60', title: 'E-learning study: key findings', author: ['saori-nojima'] })).toThrow(
      'content/newsletters/060/e-learning-study-key-findings.md already exists, so nothing was written.',
    );
    expect(readFileSync(file, 'utf8')).toBe('edited by hand\n');
  });

  it('never overwrites even when the file appears between planning and writing', () => {
    const project = openProject(root, TODAY);
    expect(() => project.create('data/newsletters/060.yaml', 'number: 61\n')).toThrow(/EEXIST/);
  });
});

describe('npm run new refuses a wrong request before writing anything', () => {
  const project = { data: emptySiteData(), today: '2021-04-15', exists: () => false };
  const good = copyGoodSite('scaffold-refusals');
  const real = openProject(good, TODAY);

  it.each<[string, Flags, string]>([
    ['activty', {}, '"activty" is not a kind of file npm run new creates. Did you mean "activity"?'],
    ['activity', { title: 'X', kind: 'national-workshop', date: '2019-01-14' }, '--pillar is required, e.g. --pillar 1'],
    ['activity', { title: 'X', kind: 'nationl-workshop', date: '2019-01-14', pillar: '1' }, 'Did you mean "national-workshop"?'],
    ['activity', { title: 'X', kind: 'mission', date: '2019-02-30', pillar: '1' }, '--date "2019-02-30" is not a date'],
    ['activity', { title: 'X', kind: 'mission', date: '2019-01-14', pillar: '1', round: '2020' }, '--round is not used for activity.'],
    ['activity', { title: 'X', kind: 'mission', date: '2019-01-14', pillar: '1', city: 'Suva' }, '--city needs --country too'],
    ['chapter', { title: 'Foreword' }, 'Give either --fy (a chapter of the annual report) or --round (a chapter of the survey report).'],
    ['chapter', { fy: '2020-21', title: 'Foreword' }, 'There is no annual report 2020-21 yet (data/reports/2020-21.yaml).'],
    ['survey', { round: '2021', ordinal: '7', signatory: 'x' }, '--signatory "x" is not a person in data/people.yaml.'],
    ['issue', {}, '--issue is required for the first issue'],
    ['report', { fy: '2019/21' }, '--fy must be a fiscal year written like 2019-20'],
  ])('%s %j', (kind, flags, message) => {
    expect(() => planScaffold(kind, flags, project)).toThrow(message);
  });

  it('names the closest person for a mistyped author', () => {
    expect(() => planScaffold('article', { issue: '59', title: 'X', author: ['saori-nojma'] }, real)).toThrow('--author "saori-nojma" is not a person in data/people.yaml. Did you mean "saori-nojima"?');
  });

  it('wants the workshops of the surveyed fiscal year to exist', () => {
    expect(() => planScaffold('survey', { round: '2021' }, real)).toThrow('content/activities/2020-21/ has no regional or sub-regional workshop to survey.');
  });

  it('refuses an activity name used in another year', () => {
    const flags = { title: 'IPR National Workshop Laos', slug: 'ipr-national-workshop-laos', kind: 'national-workshop', date: '2018-11-12', pillar: '1' };
    expect(() => planScaffold('activity', { ...flags, fy: '2019-20' }, real)).toThrow(
      'An activity named "ipr-national-workshop-laos-2018-11" already exists (content/activities/2018-19/ipr-national-workshop-laos-2018-11.md)',
    );
    expect(() => planScaffold('activity', flags, real)).toThrow('content/activities/2018-19/ipr-national-workshop-laos-2018-11.md already exists, so nothing was written.');
  });

  it('rejects a value the schema refuses, with the checker\'s message', () => {
    expect(() => planScaffold('activity', { title: 'X', kind: 'mission', date: '2019-01-14', pillar: '1', country: 'T' }, real)).toThrow(
      'The new file would not be valid, so nothing was written:\n  The value of "venue.country" is not valid.',
    );
  });
});

describe('scaffolding helpers', () => {
  it.each([
    ['2019-01-14', '2019-01-14', '2019-01-14'],
    ['2019-01', '2019-01', '2019-01-01'],
    ['2019-01-14..2019-01-18', '{ from: 2019-01-14, to: 2019-01-18 }', '2019-01-14'],
    ['2019-05-07,2019-05-08,2019-05-10', '[2019-05-07, 2019-05-08, 2019-05-10]', '2019-05-07'],
  ])('--date %s → dates: %s (first day %s)', (flag, yaml, first) => expect(parseDatesFlag(flag)).toEqual({ yaml, first }));

  it.each([
    ['2018-01', '2017-10-01', '2017-12-31'],
    ['2018-04', '2018-01-01', '2018-03-31'],
    ['2018-06', '2018-01-01', '2018-03-31'],
    ['2018-07', '2018-04-01', '2018-06-30'],
    ['2018-12', '2018-07-01', '2018-09-30'],
  ])('an issue published %s covers %s to %s', (month, from, to) => expect(quarterBefore(month)).toEqual({ from, to }));

  it.each([
    ['WCO National Workshop on Risk Management for Thailand', 'national-workshop-risk-management-thailand'],
    ['Séminaire régional: Douane & Commerce', 'seminaire-regional-douane-commerce'],
    ['The Foreword', 'foreword'],
  ])('slugify(%j) → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('dates a file by the editor\'s own calendar day', () => {
    expect(formatLocalDay(new Date(2021, 0, 5, 23, 59))).toBe('2021-01-05');
  });
});

describe('npm run new as a command', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(PROJECT, 'src/cli/new.ts'), ...args], { encoding: 'utf8' });

  it('creates the file, says where, and exits 0; a second time it exits 1 and says why', () => {
    const root = copyGoodSite('scaffold-cli');
    const args = ['activity', '--root', root, '--title', 'WCO Regional Workshop on Data Analytics', '--kind', 'regional-workshop', '--date', '2019-02-11..2019-02-15', '--pillar', '1'];
    const first = run(...args);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Created content/activities/2018-19/regional-workshop-data-analytics-2019-02.md');
    const second = run(...args);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('content/activities/2018-19/regional-workshop-data-analytics-2019-02.md already exists, so nothing was written.');
  });

  it('lists the kinds, and a kind\'s flags', () => {
    expect(run('--help').stdout).toMatch(/Kinds:\n  activity .*\n  article /);
    expect(run('survey', '--help').stdout).toContain('--round');
  });

  it('refuses an unknown flag and points at the help', () => {
    const result = run('activity', '--titel', 'X');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--titel'");
    expect(result.stderr).toContain('"npm run new -- activity --help" lists its flags.');
  });
});
