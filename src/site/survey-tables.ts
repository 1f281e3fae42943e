import type { Chapter } from '../schemas/index.ts';
import type { ChapterEntry } from './chapters.ts';

type Block = Chapter['blocks'][number];

/** Blocks that print as a numbered table, and the caption each carries. */
export const SURVEY_TABLE_CAPTIONS: Partial<Record<Block, string>> = {
  'survey-replies': 'Numbers of participated administrations and survey replies',
  'survey-actions': 'Specific follow-up actions taken by the participants after the workshops',
  'survey-inhouse-history': 'Transition of the numbers of organized in-house cascading workshops',
  'survey-direct-effects': 'Direct effects realized from the application of lessons learned',
  'survey-direct-effects-correlation': 'Correlation between the follow-up actions and the realization of direct effects',
  'survey-efficiency': 'Contribution to the improvement in the efficiency and effectiveness of performance',
  'survey-new-projects': 'Initiation of new modernization projects',
  'survey-new-projects-correlation': 'Correlation between the follow-up actions and the initiation of new modernization projects',
};

/**
 * Table numbers of a survey report, in the order its chapters show the tables: the reports
 * number them this way (Survey 2018 has the in-house history as Table 3, Survey 2020 does not).
 */
export function numberSurveyTables(chapters: readonly ChapterEntry[]): Map<Block, number> {
  const numbers = new Map<Block, number>();
  for (const block of chapters.flatMap((chapter) => chapter.data.blocks)) {
    if (SURVEY_TABLE_CAPTIONS[block] && !numbers.has(block)) numbers.set(block, numbers.size + 1);
  }
  return numbers;
}
