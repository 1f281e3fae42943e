/**
 * The standard charts pages place, one spec builder per file under specs/. Each returns a
 * ChartDefinition (or undefined when the data has nothing to draw); pass it to
 * src/components/charts/Chart.astro, which draws it once per build.
 */
import type { SiteData } from '../model/site-data.ts';
import { SURVEY_QUESTIONS } from '../model/survey-totals.ts';
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

/** Every standard chart the data can draw: for each fiscal year, survey round and member. Used by the benchmark and the tests. */
export function listStandardCharts(data: SiteData): NamedChart[] {
  const years = [...new Set(data.activities.map((e) => e.group))].sort();
  const rounds = data.surveys.map((s) => s.round).sort();
  const charts: [string, ChartDefinition | undefined][] = [
    ['participation', defineParticipationChart(data)],
    ['reply-rates', defineReplyRatesChart(data)],
    ['inhouse-workshops', defineInhouseWorkshopsChart(data)],
    ...years.flatMap((fy) => [
      [`activities-by-topic/${fy}`, defineActivitiesByTopicChart(data, fy)],
      [`activities-by-kind/${fy}`, defineActivitiesByKindChart(data, fy)],
      [`experts-by-home/${fy}`, defineExpertsByHomeChart(data, fy)],
    ] as [string, ChartDefinition | undefined][]),
    ...rounds.flatMap((round) => [
      [`survey-replies/${round}`, defineSurveyRepliesChart(data, round)],
      [`follow-up-actions/${round}`, defineFollowUpActionsChart(data, round)],
      ...SURVEY_QUESTIONS.map((q) => [`survey-answers/${round}/${q}`, defineSurveyAnswersChart(data, round, q)]),
    ] as [string, ChartDefinition | undefined][]),
    ...data.members.map((m) => [`member-activities/${m.code}`, defineMemberActivitiesChart(data, m.code)] as [string, ChartDefinition | undefined]),
  ];
  return charts.flatMap(([name, definition]) => (definition ? [{ name, definition }] : []));
}
