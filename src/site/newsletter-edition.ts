import { listNewsletterActivities } from '../model/activity-links.ts';
import { listIssueArticles } from '../model/newsletters.ts';
import { renderTexts } from './chapters.ts';
import { listIssueTexts } from './newsletter-texts.ts';
import { loadSite } from './site.ts';

/**
 * What a newsletter issue's web page and its print edition both show, loaded and rendered
 * once per page. `allArticles`: the print edition carries every article, the web page only
 * the foreword (the others have their own pages).
 */
export async function loadNewsletterEdition(number: string, { allArticles = false } = {}) {
  const site = await loadSite();
  const { data } = site;
  const issue = data.newsletters.find((i) => String(i.number) === number)!;
  const articles = listIssueArticles(data, issue);
  const activities = listNewsletterActivities(data, issue);
  const html = await renderTexts(site.createMarkdown(), listIssueTexts(data, issue, { allArticles }));
  return { data, issue, articles, activities, html };
}

/** One page per issue: `/newsletters/59/` and its print edition. */
export async function listNewsletterPaths() {
  const { data } = await loadSite();
  return data.newsletters.map((issue) => ({ params: { number: String(issue.number) } }));
}
