import { computeCorrelationTotals } from '../../model/survey-correlations.ts';
import { computeSurveyTotals, FOLLOW_UP_ACTIONS, SURVEY_QUESTIONS } from '../../model/survey-totals.ts';
import type { SurveyRound } from '../../schemas/index.ts';
import type { RuleContext } from '../rule-context.ts';

/**
 * Survey arithmetic. Impossible counts are errors (more "yes" + "no" than replies, more
 * replies reporting an action than replies); counts the source states are compared with
 * the computed ones and a difference is a warning, since the document may say so.
 */
export function checkSurveys(context: RuleContext): void {
  for (const survey of context.data.surveys) {
    checkWorkshopCounts(context, survey);
    checkCorrelations(context, survey);
    checkExamples(context, survey);
    checkStatedTotals(context, survey);
  }
}

function checkWorkshopCounts(context: RuleContext, survey: SurveyRound): void {
  survey.workshops.forEach((w, i) => {
    const at = (...path: (string | number)[]) => ['workshops', i, ...path];
    if (w.replies > w.administrations) context.report('RepliesExceedAdministrations', { replies: w.replies, administrations: w.administrations }, survey, at('replies'));
    // A count the source itself prints impossibly is kept, and only warned about.
    const asPrinted = (field: string) => (w.source_errata as string[]).includes(field);
    for (const action of FOLLOW_UP_ACTIONS) {
      const count = w.actions[action];
      if (count > w.replies) context.report('ActionExceedsReplies', { action, count, replies: w.replies }, survey, at('actions', action), 'value', asPrinted(action));
    }
    for (const question of SURVEY_QUESTIONS) {
      const { replies, yes, no } = w[question];
      if (replies > w.replies) context.report('QuestionRepliesExceedReplies', { question, count: replies, replies: w.replies }, survey, at(question, 'replies'), 'value', asPrinted(question));
      if (yes + no > replies) context.report('YesNoExceedsReplies', { question, yes, no, replies }, survey, at(question), 'value', asPrinted(question));
    }
  });
}

function checkCorrelations(context: RuleContext, survey: SurveyRound): void {
  survey.correlations.forEach((table, t) =>
    table.rows.forEach((row, r) => {
      const rowPath = ['correlations', t, 'rows', r];
      const workshop = survey.workshops[row.workshop - 1];
      if (!workshop) return context.report('UnknownSurveyWorkshop', { value: row.workshop, count: survey.workshops.length }, survey, [...rowPath, 'workshop']);
      const participants = context.data.activities.find((a) => a.id === workshop.activity)?.data.members ?? [];
      for (const column of ['first', 'second', 'outcome'] as const) {
        const { members, marked } = row[column];
        marked.forEach((code, k) => {
          if (!members.includes(code)) context.report('MarkedMemberNotListed', { code }, survey, [...rowPath, column, 'marked', k]);
        });
        if (participants.length === 0) continue;
        members.forEach((code, k) => {
          const known = context.data.members.some((m) => m.code === code);
          if (known && !participants.includes(code)) context.report('CorrelationMemberNotParticipant', { code }, survey, [...rowPath, column, 'members', k]);
        });
      }
    }),
  );
}

function checkExamples(context: RuleContext, survey: SurveyRound): void {
  survey.examples.forEach((example, e) =>
    example.workshops.forEach((n, k) => {
      if (!survey.workshops[n - 1]) context.report('UnknownSurveyWorkshop', { value: n, count: survey.workshops.length }, survey, ['examples', e, 'workshops', k]);
    }),
  );
}

function checkStatedTotals(context: RuleContext, survey: SurveyRound): void {
  const totals = computeSurveyTotals(context.data, survey);
  const { stated } = survey;
  const compare = (what: string, value: number | undefined, computed: number | undefined, path: (string | number)[], unit = '') => {
    if (value !== undefined && computed !== undefined && value !== computed) {
      context.report('StatedTotalMismatch', { what, stated: `${value}${unit}`, computed: `${computed}${unit}` }, survey, path);
    }
  };
  compare('the number of administrations', stated.administrations, totals.all.administrations, ['stated', 'administrations']);
  compare('the number of replies', stated.replies, totals.all.replies, ['stated', 'replies']);
  compare('the reply rate', stated.reply_rate_percent, totals.all.replyRate, ['stated', 'reply_rate_percent'], '%');
  for (const [action, value] of Object.entries(stated.actions ?? {})) {
    compare(`the total of "${action}"`, value, totals.actions[action as keyof typeof totals.actions].count, ['stated', 'actions', action]);
  }
  for (const [question, value] of Object.entries(stated.questions ?? {})) {
    const computed = totals.questions[question as keyof typeof totals.questions];
    for (const field of ['replies', 'yes', 'no'] as const) compare(`the ${field} total of "${question}"`, value[field], computed[field], ['stated', 'questions', question, field]);
  }
  survey.correlations.forEach((table, t) => checkCorrelationTotals(compare, table, t));
}

type Compare = (what: string, value: number | undefined, computed: number | undefined, path: (string | number)[], unit?: string) => void;

/**
 * Totals printed under a correlation table, against the model's: codes per column, and the
 * underlined counts as the table's own note defines them (members who took the action and
 * saw the outcome), so the check and the site's figures agree.
 */
function checkCorrelationTotals(compare: Compare, table: SurveyRound['correlations'][number], t: number): void {
  const totals = computeCorrelationTotals(table);
  const path = (field: string) => ['correlations', t, 'stated', field];
  const s = table.stated;
  const label = `Table ${table.table}`;
  compare(`${label}'s first column total`, s.first_total, totals.first, path('first_total'));
  compare(`${label}'s second column total`, s.second_total, totals.second, path('second_total'));
  compare(`${label}'s outcome column total`, s.outcome_total, totals.outcome, path('outcome_total'));
  compare(`${label}'s underlined count in the first column`, s.first_marked, totals.firstMarked.count, path('first_marked'));
  compare(`${label}'s underlined count in the second column`, s.second_marked, totals.secondMarked.count, path('second_marked'));
  compare(`${label}'s outcome members attributed to either action`, s.outcome_attributed, totals.outcomeAttributed.count, path('outcome_attributed'));
}
