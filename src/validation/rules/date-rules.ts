import { computeDayRange, fiscalYearOfDay, fiscalYearRange, formatActivityDates, formatMonth } from '../../model/calendar.ts';
import type { ActivityDates } from '../../schemas/index.ts';
import type { RuleContext } from '../rule-context.ts';

/**
 * Dates make sense: ranges run forwards, lists of days are in order, and an activity or a
 * survey falls inside the fiscal year of the publication that holds it.
 */
export function checkDates(context: RuleContext): void {
  for (const activity of context.data.activities) {
    const { data } = activity;
    if (!checkShape(context, data, data.dates)) continue;
    const range = computeDayRange(data.dates);
    const { from, to } = fiscalYearRange(activity.group);
    if (range.from < from || range.to > to) {
      const when = `The activity's dates (${formatActivityDates(data.dates)})`;
      context.report('DateOutsideFiscalYear', { when, fy: activity.group, holder: `the file is in the folder of fiscal year ${activity.group}` }, data, ['dates']);
    }
    if (data.list_month && !monthsCovered(range).includes(data.list_month)) {
      context.report('ListMonthMismatch', { month: formatMonth(data.list_month), dates: formatActivityDates(data.dates) }, data, ['list_month']);
    }
  }
  for (const issue of context.data.newsletters) {
    if (issue.covers.to < issue.covers.from) context.report('DateRangeReversed', issue.covers, issue, ['covers', 'to']);
  }
  for (const survey of context.data.surveys) {
    const ranYear = String(survey.round);
    const fyEnd = fiscalYearRange(survey.fy).to.slice(0, 4);
    if (fyEnd !== ranYear) {
      context.report('DateOutsideFiscalYear', { when: `Survey round ${ranYear}`, fy: survey.fy, holder: `a round covers the fiscal year that ends in the year it is run (${fiscalYearOfDay(`${ranYear}-01-01`)})` }, survey, ['fy']);
    }
  }
}

function checkShape(context: RuleContext, entry: object, dates: ActivityDates): boolean {
  if (Array.isArray(dates)) {
    const inOrder = dates.every((day, i) => i === 0 || dates[i - 1]! < day);
    if (!inOrder) context.report('DaysOutOfOrder', {}, entry, ['dates']);
    return inOrder;
  }
  if (typeof dates === 'object' && dates.to < dates.from) {
    context.report('DateRangeReversed', dates, entry, ['dates', 'to']);
    return false;
  }
  return true;
}

function monthsCovered(range: { from: string; to: string }): string[] {
  const months: string[] = [];
  for (let month = range.from.slice(0, 7); month <= range.to.slice(0, 7); month = nextMonth(month)) months.push(month);
  return months;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}
