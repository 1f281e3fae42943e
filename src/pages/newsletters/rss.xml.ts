import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { findArticleIssue, listIssueArticles, listIssuesNewestFirst } from '../../model/newsletters.ts';
import { findPerson } from '../../site/labels.ts';
import { permalinks } from '../../site/permalinks.ts';
import { loadSite } from '../../site/site.ts';

/** The newsletter's feed: one item per article, newest issue first, dated by the issue. */
export async function GET(context: APIContext) {
  const { data } = await loadSite();
  const items = listIssuesNewestFirst(data).flatMap((issue) =>
    listIssueArticles(data, issue).map((article) => ({
      title: article.data.title,
      link: permalinks.article(issue.number, article.slug),
      pubDate: new Date(`${findArticleIssue(data, article)!.published}T00:00:00Z`),
      // RSS's <author> wants an e-mail address, so the byline goes into the description.
      description: `${article.data.summary ?? article.data.title} By ${article.data.authors.map((id) => findPerson(data, id)?.name ?? id).join(', ')}. E-Newsletter No. ${issue.number}.`,
      categories: [`No. ${issue.number}`, article.data.kind],
    })),
  );
  return rss({
    title: 'ROCB A/P E-Newsletter',
    description: 'The quarterly e-newsletter of the WCO Asia/Pacific Regional Office for Capacity Building.',
    site: context.site!,
    items,
    customData: '<language>en</language>',
  });
}
