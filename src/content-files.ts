import type { ZodType } from 'zod';
import {
  ActivitySchema,
  AnnualReportSchema,
  ArticleSchema,
  ChapterSchema,
  FundSchema,
  GlossaryEntrySchema,
  HistorySchema,
  MemberSchema,
  NewsletterIssueSchema,
  PersonSchema,
  StrategicPlanSchema,
  SurveyRoundSchema,
  TopicSchema,
  WorkPlanSchema,
} from './schemas/index.ts';

/**
 * Where each kind of content lives and which schema it follows: the one map that both
 * Astro's collections and the checker read, so the two never disagree.
 * `pattern` is relative to `base`, which is relative to the project root.
 */
export interface ContentFileKind {
  /** Collection name, as pages ask for it: `getCollection('activities')`. */
  collection: string;
  base: string;
  pattern: string;
  /** Markdown files carry their data in front matter; YAML files are data throughout. */
  format: 'markdown' | 'yaml';
  /** Schema of one entry: the whole file, or each item of a list file. */
  schema: ZodType;
  /** For YAML files holding a list: the field that identifies each entry (the file is then a list). */
  entryKey?: string;
}

/** Every kind of content file, keyed by collection name (types kept, so pages get typed entries). */
export const CONTENT_FILES = {
  activities: { base: 'content/activities', pattern: '*/*.md', format: 'markdown', schema: ActivitySchema },
  reportChapters: { base: 'content/reports', pattern: '*/*.md', format: 'markdown', schema: ChapterSchema },
  surveyChapters: { base: 'content/surveys', pattern: '*/*.md', format: 'markdown', schema: ChapterSchema },
  articles: { base: 'content/newsletters', pattern: '*/*.md', format: 'markdown', schema: ArticleSchema },
  members: { base: 'data', pattern: 'members.yaml', format: 'yaml', schema: MemberSchema, entryKey: 'code' },
  people: { base: 'data', pattern: 'people.yaml', format: 'yaml', schema: PersonSchema, entryKey: 'id' },
  glossary: { base: 'data', pattern: 'glossary.yaml', format: 'yaml', schema: GlossaryEntrySchema, entryKey: 'term' },
  funds: { base: 'data', pattern: 'funds.yaml', format: 'yaml', schema: FundSchema, entryKey: 'id' },
  topics: { base: 'data', pattern: 'topics.yaml', format: 'yaml', schema: TopicSchema, entryKey: 'id' },
  history: { base: 'data', pattern: 'history.yaml', format: 'yaml', schema: HistorySchema },
  surveys: { base: 'data/surveys', pattern: '*.yaml', format: 'yaml', schema: SurveyRoundSchema },
  workPlans: { base: 'data/plans', pattern: 'work-plan-*.yaml', format: 'yaml', schema: WorkPlanSchema },
  strategicPlans: { base: 'data/plans', pattern: 'strategic-plan-*.yaml', format: 'yaml', schema: StrategicPlanSchema },
  reports: { base: 'data/reports', pattern: '*.yaml', format: 'yaml', schema: AnnualReportSchema },
  newsletters: { base: 'data/newsletters', pattern: '*.yaml', format: 'yaml', schema: NewsletterIssueSchema },
} as const satisfies Record<string, Omit<ContentFileKind, 'collection'>>;

export type CollectionName = keyof typeof CONTENT_FILES;

export const CONTENT_FILE_KINDS: readonly ContentFileKind[] = Object.entries(CONTENT_FILES).map(([collection, kind]) => ({ collection, ...kind }));
