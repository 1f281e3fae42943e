import { ArticleSchema } from '../../schemas/index.ts';
import { checkPersonId, readChoice, readList, readText, readWholeNumber, requireText } from '../flags.ts';
import { ScaffoldError, type ScaffoldKind } from '../scaffold-kind.ts';
import { slugify } from '../slugify.ts';
import { renderMarkdownFile, yamlFlowList, yamlScalar } from '../yaml-text.ts';

const ARTICLE_KINDS = ArticleSchema.shape.kind.options;

/** `content/newsletters/<3-digit issue>/<slug>.md`, placed after the issue's last article. */
export const articleKind: ScaffoldKind = {
  summary: 'a newsletter article: content/newsletters/<number>/<slug>.md',
  example: 'npm run new -- article --issue 60 --title "Foreword" --kind foreword --author kazunari-igarashi',
  flags: {
    issue: { description: 'newsletter issue number; the issue must exist in data/newsletters/ (required)' },
    title: { description: 'the article\'s title (required)' },
    author: { description: 'author\'s person id from data/people.yaml (required; repeat for several authors)', multiple: true },
    kind: { description: `${ARTICLE_KINDS.join(', ')} (default: special-topic)` },
    order: { description: 'position in the issue, 1 first (default: after the last article)' },
    slug: { description: 'file name, e.g. e-learning-study (default: from the title)' },
  },
  plan(flags, { data }) {
    const issue = readWholeNumber(flags, 'issue', '60') ?? Number(requireText(flags, 'issue', '60'));
    const title = requireText(flags, 'title', '"E-learning study: key findings"');
    if (!data.newsletters.some((n) => n.number === issue)) {
      throw new ScaffoldError(`Newsletter issue ${issue} does not exist yet (data/newsletters/${padIssue(issue)}.yaml). Create it first: npm run new -- issue --issue ${issue}`);
    }
    const authors = readList(flags, 'author');
    if (authors.length === 0) requireText(flags, 'author', 'kazunari-igarashi');
    const people = data.people.map((p) => p.id);
    for (const author of authors) checkPersonId(author, people, 'author');
    const group = padIssue(issue);
    const articles = data.articles.filter((a) => a.group === group);
    const order = readWholeNumber(flags, 'order', '2') ?? Math.max(0, ...articles.map((a) => a.data.order)) + 1;
    const slug = slugify(readText(flags, 'slug') ?? title);
    const frontMatter = [
      `title: ${yamlScalar(title)}`,
      `kind: ${readChoice(flags, 'kind', ARTICLE_KINDS) ?? 'special-topic'}`,
      `authors: ${yamlFlowList(authors)}`,
      `order: ${order}`,
      '# summary: one line for listings and feeds',
    ];
    const file = `content/newsletters/${group}/${slug}.md`;
    const body = '<!-- Write the article here, in Markdown. -->';
    return { file, text: renderMarkdownFile(frontMatter, body), next: [`Write the article in ${file}.`] };
  },
};

/** Newsletter folders and files are numbered with three digits: 59 → `059`. */
export function padIssue(issue: number): string {
  return String(issue).padStart(3, '0');
}
