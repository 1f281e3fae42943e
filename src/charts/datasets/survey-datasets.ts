import { computePercent } from '../../model/percent.ts';
import type { SiteData } from '../../model/site-data.ts';
import { findSurvey, FOLLOW_UP_ACTIONS, isSubRegionalWorkshop } from '../../model/survey-totals.ts';
import type { SurveyQuestion, SurveyRound } from '../../schemas/index.ts';
import { ACTION_HEADINGS } from '../../site/survey-labels.ts';
import { field, type DatasetDefinition, type DatasetParams, type DatasetRow } from './dataset.ts';

/** Per surveyed workshop of one follow-up survey round: replies, follow-up actions, yes/no answers. */

const NUMBER = field('number', 'ordinal', 'No.', 'The workshop’s number in the round’s tables: 1, 2, …');
const WORKSHOP = field('workshop', 'nominal', 'Workshop', 'The workshop as the tables name it, with its month.');

/** Question ids as dataset names use them: `direct_effects` → `direct-effects`. */
export const QUESTION_SLUGS: Record<SurveyQuestion, string> = {
  direct_effects: 'direct-effects',
  efficiency: 'efficiency',
  new_projects: 'new-projects',
};

const QUESTION_WORDS: Record<SurveyQuestion, string> = {
  direct_effects: 'whether the workshop’s lessons brought direct effects',
  efficiency: 'whether the workshop improved the efficiency and effectiveness of the administration’s work',
  new_projects: 'whether the workshop led to new modernisation projects',
};

export const SURVEY_REPLIES: DatasetDefinition = {
  pattern: 'surveys/<round>/replies',
  description: 'Per surveyed workshop of the round: participating administrations, replies received and the reply rate (Table 1 of a good practice report).',
  fields: [
    NUMBER,
    WORKSHOP,
    field('kind', 'nominal', 'Kind', '`regional` or `sub-regional`, from the workshop’s activity.'),
    field('administrations', 'quantitative', 'Participating administrations', 'Administrations that took part in the workshop.'),
    field('replies', 'quantitative', 'Replies', 'Replies received.'),
    field('rate', 'quantitative', 'Reply rate (%)', 'Replies as a whole percentage of the administrations.'),
  ],
  list: listRounds,
  rows: (data, params) =>
    mapWorkshops(data, params, (w) => ({
      kind: isSubRegionalWorkshop(data, w) ? 'sub-regional' : 'regional',
      administrations: w.administrations,
      replies: w.replies,
      rate: computePercent(w.replies, w.administrations) ?? null,
    })),
};

export const SURVEY_FOLLOW_UP_ACTIONS: DatasetDefinition = {
  pattern: 'surveys/<round>/follow-up-actions',
  description: 'Per surveyed workshop and follow-up action: how many replies report taking the action (Table 2 of a good practice report), one row per workshop and action.',
  fields: [
    NUMBER,
    WORKSHOP,
    field('action', 'nominal', 'Follow-up action', 'The action as the tables head it: `Shared training materials`, …'),
    field('count', 'quantitative', 'Replies', 'Replies reporting the action.'),
  ],
  list: listRounds,
  rows: (data, params) => {
    const survey = findRound(data, params);
    return survey?.workshops.flatMap((w, i) =>
      FOLLOW_UP_ACTIONS.map((action) => ({ number: i + 1, workshop: w.label, action: ACTION_HEADINGS[action], count: w.actions[action] })),
    );
  },
};

/** `surveys/<round>/direct-effects`, `…/efficiency`, `…/new-projects`. */
export function defineQuestionDataset(question: SurveyQuestion): DatasetDefinition {
  return {
    pattern: `surveys/<round>/${QUESTION_SLUGS[question]}`,
    description: `Per surveyed workshop: the yes and no answers to ${QUESTION_WORDS[question]}, and the replies that left it blank.`,
    fields: [
      NUMBER,
      WORKSHOP,
      field('replies', 'quantitative', 'Replies to the question', 'Replies counted for this question, as the table prints them.'),
      field('yes', 'quantitative', 'Yes', 'Replies answering yes.'),
      field('no', 'quantitative', 'No', 'Replies answering no.'),
      field('blank', 'quantitative', 'Blank', 'Replies counted for the question that answered neither yes nor no.'),
    ],
    list: listRounds,
    rows: (data, params) =>
      mapWorkshops(data, params, (w) => {
        const { replies, yes, no } = w[question];
        return { replies, yes, no, blank: Math.max(0, replies - yes - no) };
      }),
  };
}

function listRounds(data: SiteData): DatasetParams[] {
  return data.surveys.map((survey) => ({ round: String(survey.round) })).sort((a, b) => a.round.localeCompare(b.round));
}

function findRound(data: SiteData, params: DatasetParams): SurveyRound | undefined {
  return /^\d{4}$/.test(params.round ?? '') ? findSurvey(data, Number(params.round)) : undefined;
}

type Workshop = SurveyRound['workshops'][number];

function mapWorkshops(data: SiteData, params: DatasetParams, map: (w: Workshop) => DatasetRow): DatasetRow[] | undefined {
  return findRound(data, params)?.workshops.map((w, i) => ({ number: i + 1, workshop: w.label, ...map(w) }));
}
