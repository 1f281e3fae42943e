import type { Activity, Article } from '../schemas/index.ts';
import { listActivitiesOfPerson } from '../model/activity-links.ts';
import { fiscalYearOfDay } from '../model/calendar.ts';
import { findArticleIssue, listArticlesBy } from '../model/newsletters.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import { describeRole } from './labels.ts';
import { chapterSlug, permalinks } from './permalinks.ts';
import { chooseShownYears, memoisePerData, type YearSplit } from './year-pages.ts';

type ActivityEntry = MarkdownEntry<Activity>;

/**
 * What the publications record about a person in one fiscal year: the articles of the issues
 * covering its quarters, the reports, survey reports and chapters of that year they
 * signed, and the activities filed under it they took part in, with their roles.
 */
export interface PersonYear {
  fy: string;
  articles: MarkdownEntry<Article>[];
  signed: { href: string; title: string }[];
  activities: { entry: ActivityEntry; roles: string[] }[];
}

/**
 * A list item with a note (an activity and the person's role) is longer than a plain row:
 * about 330 bytes to a row's 250.
 */
const NOTED_ITEM_ROWS = 1.3;

/** A person's records by fiscal year, newest first, and the years their page shows in full. */
export const splitPersonByYear = memoisePerData(function splitPersonByYear(data: SiteData, personId: string): YearSplit<PersonYear> {
  // An article whose issue is missing has no page to link to (the checker reports the issue).
  const articles = listArticlesBy(data, personId).flatMap((entry) => {
    const issue = findArticleIssue(data, entry);
    return issue ? [{ entry, fy: fiscalYearOfDay(issue.covers.from) }] : [];
  });
  const signed = listSigned(data, personId);
  const activities = listActivitiesOfPerson(data, personId);
  const fys = [...new Set([...articles.map((a) => a.fy), ...signed.map((s) => s.fy), ...activities.map((a) => a.entry.group)])].sort().reverse();
  const years = fys.map((fy) => ({
    fy,
    articles: articles.filter((a) => a.fy === fy).map((a) => a.entry),
    signed: signed.filter((s) => s.fy === fy),
    activities: activities.filter((a) => a.entry.group === fy),
  }));
  return chooseShownYears(years, (year) => year.articles.length + year.signed.length + Math.ceil(year.activities.length * NOTED_ITEM_ROWS));
});

function listSigned(data: SiteData, personId: string): { fy: string; href: string; title: string }[] {
  return [
    ...data.reports.filter((r) => r.signatory === personId).map((r) => ({ fy: r.fy, href: permalinks.report(r.fy), title: r.title })),
    ...data.surveys.filter((s) => s.signatory === personId).map((s) => ({ fy: s.fy, href: permalinks.survey(s.round), title: s.title })),
    ...data.reportChapters.filter((c) => c.data.signatory === personId).map((c) => ({ fy: c.group, href: permalinks.reportChapter(c.group, chapterSlug(c.slug)), title: c.data.title })),
  ];
}

/** Each activity's roles in words, for a person's activity list: `resource person, facilitator`. */
export function describeRolesById(activities: readonly { entry: ActivityEntry; roles: string[] }[]): Map<string, string> {
  return new Map(activities.map(({ entry, roles }) => [entry.id, [...new Set(roles)].map((r) => describeRole(r).toLowerCase()).join(', ')]));
}
