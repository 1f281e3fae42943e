import { pageCacheKey } from '../build-cache/page-cache-key.ts';
import { listNewsletterActivities } from '../model/activity-links.ts';
import { listIssueArticles } from '../model/newsletters.ts';
import { renderTexts, type Edition } from './chapters.ts';
import { listIssueTexts } from './newsletter-texts.ts';
import { loadSite } from './site.ts';

/**
 * What a newsletter issue's web page and its print edition both show, loaded and rendered
 * once per page. The print edition carries every article and activity report in full; the web
 * page only the foreword and each report's opening (the others have their own pages).
 */
export async function loadNewsletterEdition(number: string, edition: Edition = 'web') {
  const site = await loadSite();
  const { data } = site;
  const issue = data.newsletters.find((i) => String(i.number) === number)!;
  const articles = listIssueArticles(data, issue);
  const activities = listNewsletterActivities(data, issue);
  const html = await renderTexts(site.createMarkdown(), listIssueTexts(data, issue, edition));
  return { data, issue, articles, activities, html };
}

/** One page per issue: `/newsletters/59/` and its print edition. */
export async function listNewsletterPaths() {
  const { data } = await loadSite();
  // Both pages show only the issue's own articles and activity reports (the print edition all of them in full).
  return data.newsletters.map((issue) => ({ params: { number: String(issue.number) }, cacheKey: pageCacheKey(listIssueTexts(data, issue, 'print').map((text) => text.file)) }));
}
