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

export const CONTENT_FILE_KINDS: readonly ContentFileKind[] = [
  { collection: 'activities', base: 'content/activities', pattern: '*/*.md', format: 'markdown', schema: ActivitySchema },
  { collection: 'reportChapters', base: 'content/reports', pattern: '*/*.md', format: 'markdown', schema: ChapterSchema },
  { collection: 'surveyChapters', base: 'content/surveys', pattern: '*/*.md', format: 'markdown', schema: ChapterSchema },
  { collection: 'articles', base: 'content/newsletters', pattern: '*/*.md', format: 'markdown', schema: ArticleSchema },
  { collection: 'members', base: 'data', pattern: 'members.yaml', format: 'yaml', schema: MemberSchema, entryKey: 'code' },
  { collection: 'people', base: 'data', pattern: 'people.yaml', format: 'yaml', schema: PersonSchema, entryKey: 'id' },
  { collection: 'glossary', base: 'data', pattern: 'glossary.yaml', format: 'yaml', schema: GlossaryEntrySchema, entryKey: 'term' },
  { collection: 'funds', base: 'data', pattern: 'funds.yaml', format: 'yaml', schema: FundSchema, entryKey: 'id' },
  { collection: 'topics', base: 'data', pattern: 'topics.yaml', format: 'yaml', schema: TopicSchema, entryKey: 'id' },
  { collection: 'history', base: 'data', pattern: 'history.yaml', format: 'yaml', schema: HistorySchema },
  { collection: 'surveys', base: 'data/surveys', pattern: '*.yaml', format: 'yaml', schema: SurveyRoundSchema },
  { collection: 'workPlans', base: 'data/plans', pattern: 'work-plan-*.yaml', format: 'yaml', schema: WorkPlanSchema },
  { collection: 'strategicPlans', base: 'data/plans', pattern: 'strategic-plan-*.yaml', format: 'yaml', schema: StrategicPlanSchema },
  { collection: 'reports', base: 'data/reports', pattern: '*.yaml', format: 'yaml', schema: AnnualReportSchema },
  { collection: 'newsletters', base: 'data/newsletters', pattern: '*.yaml', format: 'yaml', schema: NewsletterIssueSchema },
];
