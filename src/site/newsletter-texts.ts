import type { NewsletterIssue } from '../schemas/index.ts';
import { listNewsletterActivities } from '../model/activity-links.ts';
import { listIssueArticles } from '../model/newsletters.ts';
import type { SiteData } from '../model/site-data.ts';
import { type PageText, textKey } from './chapters.ts';
import { entryFile } from './entry-file.ts';

/** `October-December 2017`, the quarter an issue covers. */
export function describeQuarter(issue: NewsletterIssue): string {
  const month = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const fromYear = issue.covers.from.slice(0, 4);
  const toYear = issue.covers.to.slice(0, 4);
  return fromYear === toYear
    ? `${month(issue.covers.from)}–${month(issue.covers.to)} ${toYear}`
    : `${month(issue.covers.from)} ${fromYear}–${month(issue.covers.to)} ${toYear}`;
}

/**
 * The texts an issue page shows, in reading order: the foreword (and, for the print edition,
 * every article) under `h2`s, then the activity reports under their `h3` titles.
 */
export function listIssueTexts(data: SiteData, issue: NewsletterIssue, { allArticles = false } = {}): PageText[] {
  const articles = listIssueArticles(data, issue).filter((entry) => allArticles || entry.data.kind === 'foreword');
  const activities = listNewsletterActivities(data, issue).filter((entry) => entry.body.trim() !== '');
  return [
    ...articles.map((entry) => ({ key: textKey.article(entry.id), markdown: entry.body, file: entryFile('articles', entry), headingTop: 3 })),
    ...activities.map((entry) => ({ key: textKey.activity(entry), markdown: entry.body, file: entryFile('activities', entry), headingTop: 4 })),
  ];
}
