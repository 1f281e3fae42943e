import type { NewsletterIssue } from '../schemas/index.ts';
import { listNewsletterActivities } from '../model/activity-links.ts';
import { listIssueArticles } from '../model/newsletters.ts';
import type { SiteData } from '../model/site-data.ts';
import { listNarrativeTexts, type Edition, type PageText, textKey } from './chapters.ts';
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
 * The texts an issue page shows, in reading order: the foreword under its `h2`, then the
 * activity reports under their `h3` titles. The print edition carries every article and each
 * report in full; the web page only the foreword and each report's opening, since articles
 * and activities have pages of their own.
 */
export function listIssueTexts(data: SiteData, issue: NewsletterIssue, edition: Edition): PageText[] {
  const articles = listIssueArticles(data, issue).filter((entry) => edition === 'print' || entry.data.kind === 'foreword');
  const activities = listNewsletterActivities(data, issue).filter((entry) => entry.body.trim() !== '');
  return [
    ...articles.map((entry) => ({ key: textKey.article(entry.id), markdown: entry.body, file: entryFile('articles', entry), headingTop: 3 })),
    ...listNarrativeTexts(activities, edition === 'print' ? 'full' : 'opening', 3),
  ];
}
