import type { MarkdownEntry } from '../model/site-data.ts';

const BASES = {
  activities: 'content/activities',
  reportChapters: 'content/reports',
  surveyChapters: 'content/surveys',
  articles: 'content/newsletters',
} as const;

/** The file an entry came from, from the project root: it decides a text's figures and names it in errors. */
export function entryFile(collection: keyof typeof BASES, entry: MarkdownEntry<unknown>): string {
  return entry.filePath ?? `${BASES[collection]}/${entry.id}.md`;
}
