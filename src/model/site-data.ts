import type {
  Activity,
  AnnualReport,
  Article,
  Chapter,
  Fund,
  GlossaryEntry,
  History,
  Member,
  NewsletterIssue,
  Person,
  StrategicPlan,
  SurveyRound,
  Topic,
  WorkPlan,
} from '../schemas/index.ts';

/**
 * Everything the model computes from, as plain data: no Astro imports, so pages (through
 * `getCollection`) and the checker (through its own loader) feed the same functions.
 */

/** A Markdown file: its id (`2018-19/kashiwa-aml-2019-01`), the folder part, the file slug, data and body. */
export interface MarkdownEntry<T> {
  id: string;
  /** The folder the file sits in: a fiscal year, a survey round or a newsletter number. */
  group: string;
  slug: string;
  data: T;
  body: string;
  /** Path from the project root (`content/activities/2018-19/slug.md`), where the loader knows it. */
  filePath?: string;
}

export interface SiteData {
  activities: MarkdownEntry<Activity>[];
  reportChapters: MarkdownEntry<Chapter>[];
  surveyChapters: MarkdownEntry<Chapter>[];
  articles: MarkdownEntry<Article>[];
  members: Member[];
  people: Person[];
  glossary: GlossaryEntry[];
  funds: Fund[];
  topics: Topic[];
  history: History;
  surveys: SurveyRound[];
  workPlans: WorkPlan[];
  strategicPlans: StrategicPlan[];
  reports: AnnualReport[];
  newsletters: NewsletterIssue[];
}

/** Splits a Markdown entry id (`2018-19/slug`) into its folder and file slug. */
export function splitEntryId(id: string): { group: string; slug: string } {
  const at = id.lastIndexOf('/');
  return { group: id.slice(0, at), slug: id.slice(at + 1) };
}
