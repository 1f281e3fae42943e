import { previousFiscalYear } from './calendar.ts';
import { countInWords } from './number-words.ts';
import { computeParticipation } from './participation.ts';
import { computePercent, formatPercent } from './percent.ts';
import type { SurveyRound } from '../schemas/index.ts';
import type { SiteData } from './site-data.ts';
import { listStaffInPost, staffCountDay } from './staff.ts';
import { computeCorrelationTotals, type CountShare } from './survey-correlations.ts';
import { findPreviousReplyRate, listInhouseWorkshops, listReplyRates } from './survey-history.ts';
import { computeSurveyTotals, findSurvey, FOLLOW_UP_ACTIONS, SURVEY_QUESTIONS, type ReplyCount } from './survey-totals.ts';
import { countWorkshops } from './workshops.ts';

/**
 * The publication a piece of prose belongs to: an annual report (by fiscal year) or a
 * survey report (by round). Report chapters see the annexed survey's figures too.
 */
export interface FigureContext {
  report?: string;
  survey?: number;
}

/**
 * computeFigures, once per publication: a build asks for the same context from many texts.
 */
export function memoiseFigures(data: SiteData): (context: FigureContext) => ReadonlyMap<string, string> {
  const computed = new Map<string, ReadonlyMap<string, string>>();
  return (context) => {
    const key = `${context.report ?? ''}|${context.survey ?? ''}`;
    let figures = computed.get(key);
    if (!figures) computed.set(key, (figures = computeFigures(data, context)));
    return figures;
  };
}

/**
 * Every figure a `{{ name }}` placeholder can name in the given context, formatted as the
 * documents print it (`13`, `29.9`, `62%`). A name absent from the map has no value here:
 * the caller reports it as unknown.
 *
 * computeFigures(data, { survey: 2020 }).get('survey.reply_rate') → '70%'
 */
export function computeFigures(data: SiteData, context: FigureContext): Map<string, string> {
  const figures = new Map<string, string>([['members.count', String(data.members.length)]]);
  for (const rate of listReplyRates(data)) figures.set(`history.reply_rate.${rate.round}`, formatPercent(rate.percent));
  if (context.report !== undefined) addReportFigures(figures, data, context.report);
  const round = context.survey ?? data.reports.find((report) => report.fy === context.report)?.annexed_survey;
  if (round !== undefined) addSurveyFigures(figures, data, round);
  return figures;
}

function addReportFigures(figures: Map<string, string>, data: SiteData, fy: string): void {
  const workshops = countWorkshops(data, fy);
  figures.set('workshops.regional', String(workshops.regional));
  figures.set('workshops.subregional', String(workshops.subRegional));
  figures.set('workshops.accreditation', String(workshops.accreditation));
  figures.set('workshops.national', String(workshops.national));
  addParticipation(figures, 'participation', computeParticipation(data, fy));
  addParticipation(figures, 'previous.participation', computeParticipation(data, previousFiscalYear(fy)));
  addStatedAverage(figures, data, 'participation', fy);
  addStatedAverage(figures, data, 'previous.participation', previousFiscalYear(fy));
  const staff = listStaffInPost(data.people, staffCountDay(fy));
  figures.set('staff.count', String(staff.length));
  // "This includes one from China, … two from Japan": the chapter writes these in words.
  for (const member of data.members) {
    figures.set(`staff.from.${member.code}`, countInWords(staff.filter((s) => s.person.home === member.code).length));
  }
}

function addParticipation(figures: Map<string, string>, prefix: string, participation: ReturnType<typeof computeParticipation>): void {
  if (!participation) return;
  figures.set(`${prefix}.participants`, String(participation.participants));
  figures.set(`${prefix}.workshops`, String(participation.workshops));
  if (participation.average !== undefined) figures.set(`${prefix}.average`, participation.average);
}

/**
 * `<prefix>.stated_average`: the average as the source printed it, for prose that must quote
 * the document even where it contradicts its own figures (the checker warns; ERRATA.md explains).
 */
function addStatedAverage(figures: Map<string, string>, data: SiteData, prefix: string, fy: string): void {
  const stated = data.history.participation.find((year) => year.fy === fy)?.stated_average;
  if (stated !== undefined) figures.set(`${prefix}.stated_average`, stated.toFixed(1));
}

function addSurveyFigures(figures: Map<string, string>, data: SiteData, round: number): void {
  const survey = findSurvey(data, round);
  const previous = findPreviousReplyRate(data, round);
  if (previous) figures.set('survey.previous.reply_rate', formatPercent(previous.percent));
  if (!survey) return;
  const totals = computeSurveyTotals(data, survey);
  addReplyCount(figures, 'survey', totals.all);
  figures.set('survey.workshops', String(totals.all.workshops));
  addReplyCount(figures, 'survey.subregional', totals.subRegional);
  addReplyCount(figures, 'survey.regional', totals.regional);
  figures.set('survey.subregional.workshops', String(totals.subRegional.workshops));
  figures.set('survey.regional.workshops', String(totals.regional.workshops));
  for (const action of FOLLOW_UP_ACTIONS) {
    figures.set(`survey.actions.${action}`, String(totals.actions[action].count));
    figures.set(`survey.actions.${action}.percent`, formatPercent(totals.actions[action].percent));
  }
  for (const question of SURVEY_QUESTIONS) {
    const q = totals.questions[question];
    figures.set(`survey.${question}.replies`, String(q.replies));
    figures.set(`survey.${question}.yes`, String(q.yes));
    figures.set(`survey.${question}.no`, String(q.no));
    figures.set(`survey.${question}.yes.percent`, formatPercent(q.yesPercent));
    figures.set(`survey.${question}.no.percent`, formatPercent(q.noPercent));
  }
  addCorrelationFigures(figures, survey);
  const inhouse = listInhouseWorkshops(data).find((year) => year.fy === survey.fy);
  if (inhouse) {
    figures.set('survey.inhouse.workshops', String(inhouse.workshops));
    figures.set('survey.inhouse.members', String(inhouse.members.length));
  }
}

/** `survey.correlation.<outcome>.first|second|outcome` and the underlined counts with their shares. */
function addCorrelationFigures(figures: Map<string, string>, survey: SurveyRound): void {
  for (const table of survey.correlations) {
    const prefix = `survey.correlation.${table.outcome}`;
    const totals = computeCorrelationTotals(table);
    figures.set(`${prefix}.first`, String(totals.first));
    figures.set(`${prefix}.second`, String(totals.second));
    figures.set(`${prefix}.outcome`, String(totals.outcome));
    const shares: [string, CountShare][] = [['first_marked', totals.firstMarked], ['second_marked', totals.secondMarked], ['outcome_attributed', totals.outcomeAttributed]];
    for (const [name, share] of shares) {
      figures.set(`${prefix}.${name}`, String(share.count));
      figures.set(`${prefix}.${name}.percent`, formatPercent(share.percent));
    }
    addStatedCorrelation(figures, prefix, table, totals);
  }
}

function addReplyCount(figures: Map<string, string>, prefix: string, count: ReplyCount): void {
  figures.set(`${prefix}.administrations`, String(count.administrations));
  figures.set(`${prefix}.replies`, String(count.replies));
  figures.set(`${prefix}.reply_rate`, formatPercent(count.replyRate));
}

/**
 * The context of a file's prose, from where it lives:
 * `content/reports/2018-19/01-executive-summary.md` → `{ report: '2018-19' }`,
 * `content/surveys/2020/02-response.md` → `{ survey: 2020 }`, anything else → `{}`.
 */
export function figureContextOfFile(path: string): FigureContext {
  const report = /(?:^|\/)content\/reports\/(\d{4}-\d{2})\//.exec(path);
  if (report) return { report: report[1] };
  const survey = /(?:^|\/)content\/surveys\/(\d{4})\//.exec(path);
  if (survey) return { survey: Number(survey[1]) };
  return {};
}

/**
 * `<prefix>.<count>.stated` and `.stated.percent`: a count under a correlation table as the
 * source printed it, for prose that must quote the document where it contradicts its own
 * table (Survey 2020 prints 5 (45%) for in-house workshops, though its rows give 6); the
 * share is of the column's total. The checker warns about each such figure.
 */
function addStatedCorrelation(figures: Map<string, string>, prefix: string, table: SurveyRound['correlations'][number], totals: ReturnType<typeof computeCorrelationTotals>): void {
  const stated: [string, number | undefined, number][] = [
    ['first_marked', table.stated.first_marked, totals.first],
    ['second_marked', table.stated.second_marked, totals.second],
    ['outcome_attributed', table.stated.outcome_attributed, totals.outcome],
  ];
  for (const [name, count, whole] of stated) {
    if (count === undefined) continue;
    figures.set(`${prefix}.${name}.stated`, String(count));
    figures.set(`${prefix}.${name}.stated.percent`, formatPercent(computePercent(count, whole)));
  }
}
