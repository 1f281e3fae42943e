/**
 * The standard charts pages place, one spec builder per file under specs/. Each returns a
 * ChartDefinition (or undefined when the data has nothing to draw); pass it to
 * src/components/charts/Chart.astro, which draws it once per build.
 */
import type { SiteData } from '../model/site-data.ts';
import { findSurvey } from '../model/survey-totals.ts';
import type { Chapter, SurveyRound } from '../schemas/index.ts';
import type { ChartDefinition } from './chart-definition.ts';
import { defineActivitiesByKindChart } from './specs/activities-by-kind-chart.ts';
import { defineActivitiesByTopicChart } from './specs/activities-by-topic-chart.ts';
import { defineExpertsByHomeChart } from './specs/experts-by-home-chart.ts';
import { defineFollowUpActionsChart } from './specs/follow-up-actions-chart.ts';
import { defineInhouseWorkshopsChart } from './specs/inhouse-workshops-chart.ts';
import { defineMemberActivitiesChart } from './specs/member-activities-chart.ts';
import { defineParticipationChart } from './specs/participation-chart.ts';
import { defineReplyRatesChart } from './specs/reply-rates-chart.ts';
import { defineSurveyAnswersChart } from './specs/survey-answers-chart.ts';
import { defineSurveyRepliesChart } from './specs/survey-replies-chart.ts';

export {
  defineActivitiesByKindChart,
  defineActivitiesByTopicChart,
  defineExpertsByHomeChart,
  defineFollowUpActionsChart,
  defineInhouseWorkshopsChart,
  defineMemberActivitiesChart,
  defineParticipationChart,
  defineReplyRatesChart,
  defineSurveyAnswersChart,
  defineSurveyRepliesChart,
};

/** A standard chart with a name to report it by: `follow-up-actions/2020`. */
export interface NamedChart {
  name: string;
  definition: ChartDefinition;
}

/** Where a chapter's block is: its report's fiscal year, or its survey round. */
export interface BlockPlace {
  fy: string;
  survey?: SurveyRound;
}

/**
 * The chart a chapter block places (src/components/ChapterBlocks.astro), if any: the one map of
 * blocks to charts, read by the blocks' components and by listStandardCharts.
 */
export function defineBlockChart(data: SiteData, block: Chapter['blocks'][number], { fy, survey }: BlockPlace): ChartDefinition | undefined {
  switch (block) {
    case 'participation':
      return defineParticipationChart(data, fy);
    case 'expert-mobilisation':
      return defineExpertsByHomeChart(data, fy);
    case 'survey-replies':
      return survey && defineSurveyRepliesChart(data, survey.round);
    case 'survey-actions':
      return survey && defineFollowUpActionsChart(data, survey.round);
    case 'survey-inhouse-history':
      return survey && defineInhouseWorkshopsChart(data, survey.fy);
    case 'survey-direct-effects':
      return survey && defineSurveyAnswersChart(data, survey.round, 'direct_effects');
    case 'survey-efficiency':
      return survey && defineSurveyAnswersChart(data, survey.round, 'efficiency');
    case 'survey-new-projects':
      return survey && defineSurveyAnswersChart(data, survey.round, 'new_projects');
    case 'survey-history':
      return survey && defineReplyRatesChart(data, survey.round);
    default:
      return undefined;
  }
}

/** The fiscal year /activities/ shows at a glance: the latest with an annual report, whose activities are all in the data. */
export function findGlanceYear(data: SiteData): string | undefined {
  return data.reports.map((report) => report.fy).sort().at(-1);
}

/**
 * Every standard chart the pages place, each once, in about the order a build's pages come to
 * them (/activities/, members, reports, surveys): a build's check thread draws them all ahead
 * (src/validation/check-worker.ts), so that no page waits on Vega. tests/site/render-ahead.test.ts
 * checks the list against the charts of the built pages, both ways. Also used by the benchmark.
 */
export function listStandardCharts(data: SiteData): NamedChart[] {
  const glance = findGlanceYear(data);
  const charts: NamedChart[] = [];
  const seen = new Set<string>();
  // A chart that more than one block or page defines alike is listed once.
  const add = (name: string, definition: ChartDefinition | undefined) => {
    if (definition === undefined) return;
    const key = JSON.stringify(definition);
    if (seen.has(key)) return;
    seen.add(key);
    charts.push({ name, definition });
  };
  if (glance !== undefined) {
    add(`activities-by-kind/${glance}`, defineActivitiesByKindChart(data, glance));
    add(`activities-by-topic/${glance}`, defineActivitiesByTopicChart(data, glance));
  }
  for (const member of data.members) add(`member-activities/${member.code}`, defineMemberActivitiesChart(data, member.code));
  for (const chapter of data.reportChapters) {
    for (const block of chapter.data.blocks) add(`${block}/${chapter.group}`, defineBlockChart(data, block, { fy: chapter.group }));
  }
  for (const chapter of data.surveyChapters) {
    const survey = findSurvey(data, Number(chapter.group));
    for (const block of chapter.data.blocks) add(`${block}/${chapter.group}`, defineBlockChart(data, block, { fy: chapter.group, survey }));
  }
  return charts;
}
