import { stringify } from 'yaml';
import { lastDayOfMonth } from '../../model/calendar.ts';
import { readMonth, readText, readWholeNumber, isDay } from '../flags.ts';
import { ScaffoldError, type ScaffoldKind } from '../scaffold-kind.ts';
import { renderYamlFile, yamlFlowMap } from '../yaml-text.ts';
import { padIssue } from './article.ts';

/**
 * `data/newsletters/<3-digit number>.yaml`. The masthead is copied from the latest issue
 * (it rarely changes); the quarter covered defaults to the one before the month of publication,
 * as No. 59 (January 2018) covers October to December 2017.
 */
export const issueKind: ScaffoldKind = {
  summary: 'a newsletter issue: data/newsletters/<number>.yaml (its articles follow with "article")',
  example: 'npm run new -- issue --issue 60 --date 2018-04',
  flags: {
    issue: { description: 'issue number (default: one after the latest issue)' },
    date: { description: 'month of publication, e.g. 2018-04 (default: this month)' },
    covers: { description: 'days covered, e.g. 2018-01-01..2018-03-31 (default: the quarter before the month of publication)' },
  },
  plan(flags, { data, today }) {
    const latest = [...data.newsletters].sort((a, b) => a.number - b.number).at(-1);
    const number = readWholeNumber(flags, 'issue', '60') ?? (latest ? latest.number + 1 : undefined);
    if (number === undefined) throw new ScaffoldError('--issue is required for the first issue, e.g. --issue 60');
    const published = readMonth(flags, 'date') ?? today.slice(0, 7);
    const covers = parseCovers(readText(flags, 'covers')) ?? quarterBefore(published);
    const lines = [
      `number: ${number}`,
      `covers: ${yamlFlowMap(covers)}`,
      `published: ${published}-01`,
      '# schedule_title: WCO A/P CB/TA Programs and Meetings Schedule (Indicative)',
      '# schedule_note: (NB) Official invitation will be circulated in due course',
      'schedule: []',
      '#   - event: WCO Regional Workshop on …',
      '#     dates: 15-19 Jan. 2018',
      '#     venue: Pusan, Korea',
      ...mastheadLines(latest?.number, latest?.masthead),
    ];
    const file = `data/newsletters/${padIssue(number)}.yaml`;
    return { file, text: renderYamlFile(lines), next: [`Check the masthead in ${file}.`, `Add the issue's articles: npm run new -- article --issue ${number} --title "Foreword" --kind foreword --author <person-id>`] };
  },
};

function mastheadLines(from: number | undefined, masthead: object | undefined): string[] {
  if (!masthead) {
    return ['# The masthead as printed: the office, its address, and the staff listed (ids from data/people.yaml).', 'masthead:', '  organisation: Name of the office as printed', '  address:', '    - First line of the address', '  staff: []'];
  }
  return [`# Copied from issue No. ${from}: check it against the printed issue.`, ...stringify({ masthead }, { lineWidth: 0 }).trimEnd().split('\n')];
}

function parseCovers(text: string | undefined): { from: string; to: string } | undefined {
  if (text === undefined) return undefined;
  const [from = '', to = ''] = text.split('..');
  if (!isDay(from) || !isDay(to)) throw new ScaffoldError(`--covers "${text}" must be two days, e.g. --covers 2018-01-01..2018-03-31.`);
  return { from, to };
}

/** `2018-01` → 1 October to 31 December 2017: the calendar quarter that ended before the month. */
export function quarterBefore(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const quarterStart = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1;
  const [fromYear, fromMonth] = quarterStart === 1 ? [year - 1, 10] : [year, quarterStart - 3];
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${fromYear}-${pad(fromMonth)}-01`, to: lastDayOfMonth(`${fromYear}-${pad(fromMonth + 2)}`) };
}
