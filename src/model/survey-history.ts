import type { SiteData } from './site-data.ts';
import { countReplies } from './survey-totals.ts';

/** One survey round's overall reply rate, and whether it is computed or stated by a later report. */
export interface ReplyRate {
  round: number;
  percent: number;
  computed: boolean;
  source: string;
}

/**
 * Reply rates across rounds, oldest first: computed for rounds with a data file, and taken
 * from `data/history.yaml` for earlier rounds (which only later reports state).
 */
export function listReplyRates(data: SiteData): ReplyRate[] {
  const computed = data.surveys.flatMap((survey) => {
    const percent = countReplies(survey.workshops).replyRate;
    return percent === undefined ? [] : [{ round: survey.round, percent, computed: true, source: `data/surveys/${survey.round}.yaml` }];
  });
  const stated = data.history.reply_rates
    .filter((rate) => !computed.some((c) => c.round === rate.round))
    .map((rate) => ({ round: rate.round, percent: rate.percent, computed: false, source: rate.source }));
  return [...computed, ...stated].sort((a, b) => a.round - b.round);
}

/** The reply rate of the round before `round`, if known. */
export function findPreviousReplyRate(data: SiteData, round: number): ReplyRate | undefined {
  return listReplyRates(data)
    .filter((rate) => rate.round < round)
    .at(-1);
}

/** In-house cascading workshops organised after one fiscal year's workshops. */
export interface InhouseYear {
  fy: string;
  workshops: number;
  members: string[];
  computed: boolean;
}

/**
 * In-house workshops per fiscal year (Table 3 of Survey 2018). For a fiscal year with survey
 * data the count is summed from it; members come from the printed table when there is one,
 * else from the correlation table column of members who organised in-house workshops.
 */
export function listInhouseWorkshops(data: SiteData): InhouseYear[] {
  const years = new Map<string, InhouseYear>();
  for (const year of data.history.inhouse_workshops) {
    years.set(year.fy, { fy: year.fy, workshops: year.workshops, members: [...year.members], computed: false });
  }
  for (const survey of data.surveys) {
    const workshops = survey.workshops.reduce((total, w) => total + w.actions.organise_inhouse_workshops, 0);
    const stated = years.get(survey.fy);
    const members = stated?.members ?? listInhouseMembers(survey);
    years.set(survey.fy, { fy: survey.fy, workshops, members, computed: true });
  }
  return [...years.values()].sort((a, b) => a.fy.localeCompare(b.fy));
}

function listInhouseMembers(survey: SiteData['surveys'][number]): string[] {
  const codes = new Set<string>();
  for (const table of survey.correlations) {
    const column = table.actions.indexOf('organise_inhouse_workshops');
    if (column < 0) continue;
    for (const row of table.rows) (column === 0 ? row.first : row.second).members.forEach((code) => codes.add(code));
  }
  return [...codes].sort();
}
