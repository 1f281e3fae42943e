import type { Article, NewsletterIssue } from '../schemas/index.ts';
import type { MarkdownEntry, SiteData } from './site-data.ts';

/** Words per minute used for reading times: a common figure for prose read on screen. */
const WORDS_PER_MINUTE = 200;

/** The folder a newsletter issue's articles live in: 59 → `059`. */
export function newsletterFolder(number: number): string {
  return String(number).padStart(3, '0');
}

/** An issue's articles in the order the issue prints them. */
export function listIssueArticles(data: SiteData, issue: NewsletterIssue): MarkdownEntry<Article>[] {
  return data.articles.filter((entry) => Number(entry.group) === issue.number).sort((a, b) => a.data.order - b.data.order);
}

/** The issue an article belongs to. */
export function findArticleIssue(data: SiteData, entry: MarkdownEntry<Article>): NewsletterIssue | undefined {
  return data.newsletters.find((issue) => issue.number === Number(entry.group));
}

/** Newsletter issues, newest first. */
export function listIssuesNewestFirst(data: SiteData): NewsletterIssue[] {
  return [...data.newsletters].sort((a, b) => b.number - a.number);
}

/** Whole minutes to read a Markdown text, at least one. */
export function estimateReadingMinutes(markdown: string): number {
  const words = markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Articles a person wrote, newest issue first. */
export function listArticlesBy(data: SiteData, personId: string): MarkdownEntry<Article>[] {
  return data.articles.filter((entry) => entry.data.authors.includes(personId)).sort((a, b) => Number(b.group) - Number(a.group) || a.data.order - b.data.order);
}
