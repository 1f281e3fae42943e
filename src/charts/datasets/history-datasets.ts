import { formatFiscalYear } from '../../model/calendar.ts';
import { listParticipationHistory } from '../../model/participation.ts';
import { listInhouseWorkshops, listReplyRates } from '../../model/survey-history.ts';
import { field, type DatasetDefinition } from './dataset.ts';

/** Figures across years: participation, survey reply rates, in-house workshops. */

const FISCAL_YEAR = field('fy', 'ordinal', 'Fiscal year', 'The fiscal year as the documents print it: `2018/19`.');

export const PARTICIPATION: DatasetDefinition = {
  pattern: 'participation',
  description:
    'Participants in the regional and sub-regional workshops per fiscal year (the annual report’s Diagram 1): totals from data/history.yaml where stated, else summed from the activities; workshops counted from the activities unless history.yaml gives them.',
  fields: [
    FISCAL_YEAR,
    field('participants', 'quantitative', 'Participants', 'Participants in the year’s regional and sub-regional workshops.'),
    field('workshops', 'quantitative', 'Workshops', 'Regional and sub-regional workshops held in the year.'),
    field('average', 'quantitative', 'Average per workshop', 'Participants per workshop, to one decimal.'),
  ],
  list: () => [{}],
  rows: (data) =>
    listParticipationHistory(data).map((year) => ({
      fy: formatFiscalYear(year.fy),
      participants: year.participants,
      workshops: year.workshops,
      average: year.average === undefined ? null : Number(year.average),
    })),
};

export const SURVEY_REPLY_RATES: DatasetDefinition = {
  pattern: 'survey-reply-rates',
  description:
    'The overall reply rate of each follow-up survey round: computed from the replies where the round has a data file, else as a later report states it (data/history.yaml).',
  fields: [
    field('round', 'ordinal', 'Survey', 'The year the round was run: `2020`.'),
    field('percent', 'quantitative', 'Reply rate (%)', 'Replies as a whole percentage of the participating administrations.'),
    field('basis', 'nominal', 'Basis', '`computed` from the round’s replies, or `stated` by a later report.'),
  ],
  list: () => [{}],
  rows: (data) => listReplyRates(data).map((rate) => ({ round: rate.round, percent: rate.percent, basis: rate.computed ? 'computed' : 'stated' })),
};

export const INHOUSE_WORKSHOPS: DatasetDefinition = {
  pattern: 'inhouse-workshops',
  description:
    'In-house cascading workshops that member administrations organised after each fiscal year’s regional workshops (Table 3 of the Survey 2018 report), summed from the survey data where a round covers the year.',
  fields: [
    FISCAL_YEAR,
    field('workshops', 'quantitative', 'In-house workshops', 'In-house cascading workshops organised.'),
    field('members', 'quantitative', 'Member administrations', 'Member administrations that organised them.'),
  ],
  list: () => [{}],
  rows: (data) => listInhouseWorkshops(data).map((year) => ({ fy: formatFiscalYear(year.fy), workshops: year.workshops, members: year.members.length })),
};
