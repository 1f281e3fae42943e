/**
 * The standard charts pages place, one spec builder per file under specs/. Each returns a
 * ChartDefinition (or undefined when the data has nothing to draw); pass it to
 * src/components/charts/Chart.astro, which draws it once per build.
 */
export { defineActivitiesByKindChart } from './specs/activities-by-kind-chart.ts';
export { defineActivitiesByTopicChart } from './specs/activities-by-topic-chart.ts';
export { defineExpertsByHomeChart } from './specs/experts-by-home-chart.ts';
export { defineFollowUpActionsChart } from './specs/follow-up-actions-chart.ts';
export { defineInhouseWorkshopsChart } from './specs/inhouse-workshops-chart.ts';
export { defineMemberActivitiesChart } from './specs/member-activities-chart.ts';
export { defineParticipationChart } from './specs/participation-chart.ts';
export { defineReplyRatesChart } from './specs/reply-rates-chart.ts';
export { defineSurveyAnswersChart } from './specs/survey-answers-chart.ts';
export { defineSurveyRepliesChart } from './specs/survey-replies-chart.ts';
