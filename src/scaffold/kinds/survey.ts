import { computeDayRange, formatFiscalYear } from '../../model/calendar.ts';
import type { MarkdownEntry } from '../../model/site-data.ts';
import type { Activity } from '../../schemas/index.ts';
import { checkPersonId, readFiscalYear, readList, readMonth, readText, readWholeNumber, requireText } from '../flags.ts';
import { ScaffoldError, type ScaffoldKind, type ScaffoldProject } from '../scaffold-kind.ts';
import { renderYamlFile, yamlScalar } from '../yaml-text.ts';

/** The kinds of workshop a follow-up survey asks about. */
const SURVEYED_KINDS: readonly string[] = ['regional-workshop', 'sub-regional-workshop'];
const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * `data/surveys/<round>.yaml`, listing the regional and sub-regional workshops of the fiscal
 * year the round covers (Survey 2020 covers FY 2019/20), with every count at 0 to be filled
 * in from the replies. Ordinal and signatory follow the latest round.
 */
export const surveyKind: ScaffoldKind = {
  summary: 'a follow-up survey round: data/surveys/<round>.yaml, listing the fiscal year\'s regional and sub-regional workshops',
  example: 'npm run new -- survey --round 2021 --date 2022-03',
  flags: {
    round: { description: 'year the survey is run, e.g. 2021 (required)' },
    fy: { description: 'fiscal year whose workshops are surveyed (default: the one ending in the round\'s year, 2020-21 for 2021)' },
    workshop: { description: 'activity id of a surveyed workshop, e.g. 2020-21/aeo-regional-workshop-2020-12 (default: every regional and sub-regional workshop of the fiscal year); repeat for several', multiple: true },
    date: { description: 'month the report is published, e.g. 2022-03 (default: this month)' },
    title: { description: 'title of the good practice report (default: the usual title with the fiscal year)' },
    ordinal: { description: 'ordinal of the round: 2020 was the sixth (default: counted on from the latest round)' },
    signatory: { description: 'person id of who signs the foreword (default: the latest round\'s signatory)' },
  },
  plan(flags, project) {
    const round = readWholeNumber(flags, 'round', '2021') ?? Number(requireText(flags, 'round', '2021'));
    const fy = readFiscalYear(flags) ?? `${round - 1}-${String(round % 100).padStart(2, '0')}`;
    const latest = [...project.data.surveys].filter((s) => s.round < round).sort((a, b) => a.round - b.round).at(-1);
    const ordinal = readWholeNumber(flags, 'ordinal', '7') ?? (latest ? latest.ordinal + round - latest.round : undefined);
    if (ordinal === undefined) throw new ScaffoldError('--ordinal is required for the first round in data/surveys/, e.g. --ordinal 7');
    const signatory = readText(flags, 'signatory') ?? latest?.signatory ?? requireText(flags, 'signatory', 'norikazu-kuramoto');
    checkPersonId(signatory, project.data.people.map((p) => p.id), 'signatory');
    const workshops = listSurveyedWorkshops(flags, project, fy);
    const title = readText(flags, 'title') ?? `Customs Good Practice Report on Exemplifying Follow-Up Actions taken after the WCO A/P Regional/Sub-regional Workshops organized in FY ${formatFiscalYear(fy)}`;
    const lines = [
      `round: ${round}`,
      `ordinal: ${ordinal}`,
      `fy: ${fy}`,
      `title: ${yamlScalar(title)}`,
      '# report_number: 19',
      `published: ${readMonth(flags, 'date') ?? project.today.slice(0, 7)}`,
      `signatory: ${signatory}`,
      '# Every count is 0 until the replies are in: take them from the report\'s tables (docs/editing.md).',
      'workshops:',
      ...workshops.flatMap(workshopLines),
      'correlations: []',
      'examples: []',
      '# stated: totals the report prints, kept only to be checked (docs/editing.md)',
    ];
    const file = `data/surveys/${round}.yaml`;
    return { file, text: renderYamlFile(lines), next: [`Fill in the counts in ${file}.`, `Add the report's chapters: npm run new -- chapter --round ${round} --title "Foreword"`] };
  },
};

function listSurveyedWorkshops(flags: Parameters<ScaffoldKind['plan']>[0], { data }: ScaffoldProject, fy: string): MarkdownEntry<Activity>[] {
  const ids = readList(flags, 'workshop');
  if (ids.length > 0) {
    return ids.map((id) => {
      const activity = data.activities.find((a) => a.id === id);
      if (!activity) throw new ScaffoldError(`--workshop "${id}" is not an activity: an id is the fiscal-year folder and file name, e.g. 2019-20/aeo-regional-workshop-2019-12.`);
      return activity;
    });
  }
  const found = data.activities.filter((a) => a.group === fy && SURVEYED_KINDS.includes(a.data.kind));
  if (found.length === 0) {
    throw new ScaffoldError(`content/activities/${fy}/ has no regional or sub-regional workshop to survey. Add the workshops first (npm run new -- activity …), or name them with --workshop.`);
  }
  return found.sort((a, b) => computeDayRange(a.data.dates).from.localeCompare(computeDayRange(b.data.dates).from));
}

function workshopLines(activity: MarkdownEntry<Activity>): string[] {
  const first = computeDayRange(activity.data.dates).from;
  const label = `${activity.data.list_title ?? activity.data.title} (${MONTHS[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)})`;
  const zeros = (fields: readonly string[]) => `{ ${fields.map((f) => `${f}: 0`).join(', ')} }`;
  return [
    `  - activity: ${activity.id}`,
    `    label: ${yamlScalar(label)}`,
    '    administrations: 0',
    '    replies: 0',
    `    actions: ${zeros(['share_materials', 'submit_reports', 'make_recommendations', 'organise_inhouse_workshops', 'develop_manuals', 'others'])}`,
    ...(['direct_effects', 'efficiency', 'new_projects'] as const).map((question) => `    ${question}: ${zeros(['replies', 'yes', 'no'])}`),
  ];
}

