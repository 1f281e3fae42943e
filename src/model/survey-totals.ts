import { FollowUpActionSchema, SurveyQuestionSchema, type FollowUpAction, type SurveyQuestion, type SurveyRound, type SurveyedWorkshop } from '../schemas/index.ts';
import { computePercent } from './percent.ts';
import type { SiteData } from './site-data.ts';

export const FOLLOW_UP_ACTIONS: readonly FollowUpAction[] = FollowUpActionSchema.options;
export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = SurveyQuestionSchema.options;

/** Administrations and replies of a set of workshops, with the reply rate in whole percent. */
export interface ReplyCount {
  workshops: number;
  administrations: number;
  replies: number;
  replyRate: number | undefined;
}

/** Totals of one yes/no question; shares are of that question's replies. */
export interface QuestionTotals {
  replies: number;
  yes: number;
  no: number;
  yesPercent: number | undefined;
  noPercent: number | undefined;
}

/** Everything a good practice report sums: tables 1, 2 and the yes/no tables' total rows. */
export interface SurveyTotals {
  round: number;
  all: ReplyCount;
  /** Workshops whose activity is a sub-regional workshop. */
  subRegional: ReplyCount;
  /** Every other surveyed workshop (regional ones). */
  regional: ReplyCount;
  actions: Record<FollowUpAction, { count: number; percent: number | undefined }>;
  questions: Record<SurveyQuestion, QuestionTotals>;
}

/** Sums a list of surveyed workshops' administrations and replies. */
export function countReplies(workshops: readonly SurveyedWorkshop[]): ReplyCount {
  const administrations = sum(workshops.map((w) => w.administrations));
  const replies = sum(workshops.map((w) => w.replies));
  return { workshops: workshops.length, administrations, replies, replyRate: computePercent(replies, administrations) };
}

/** True when the surveyed workshop's activity is a sub-regional workshop. */
export function isSubRegionalWorkshop(data: SiteData, workshop: SurveyedWorkshop): boolean {
  return data.activities.find((entry) => entry.id === workshop.activity)?.data.kind === 'sub-regional-workshop';
}

/** Computes every total and share of a survey round. */
export function computeSurveyTotals(data: SiteData, survey: SurveyRound): SurveyTotals {
  const all = countReplies(survey.workshops);
  const subRegionalWorkshops = survey.workshops.filter((w) => isSubRegionalWorkshop(data, w));
  return {
    round: survey.round,
    all,
    subRegional: countReplies(subRegionalWorkshops),
    regional: countReplies(survey.workshops.filter((w) => !subRegionalWorkshops.includes(w))),
    actions: Object.fromEntries(
      FOLLOW_UP_ACTIONS.map((action) => {
        const count = sum(survey.workshops.map((w) => w.actions[action]));
        return [action, { count, percent: computePercent(count, all.replies) }];
      }),
    ) as SurveyTotals['actions'],
    questions: Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, computeQuestionTotals(survey.workshops, q)])) as SurveyTotals['questions'],
  };
}

/** Totals of one yes/no question over the workshops. */
export function computeQuestionTotals(workshops: readonly SurveyedWorkshop[], question: SurveyQuestion): QuestionTotals {
  const replies = sum(workshops.map((w) => w[question].replies));
  const yes = sum(workshops.map((w) => w[question].yes));
  const no = sum(workshops.map((w) => w[question].no));
  return { replies, yes, no, yesPercent: computePercent(yes, replies), noPercent: computePercent(no, replies) };
}

export function findSurvey(data: SiteData, round: number): SurveyRound | undefined {
  return data.surveys.find((survey) => survey.round === round);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
