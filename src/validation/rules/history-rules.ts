import { formatAverage } from '../../model/percent.ts';
import { computeSurveyTotals } from '../../model/survey-totals.ts';
import { isRegionalWorkshop, listActivitiesOfFiscalYear } from '../../model/workshops.ts';
import type { RuleContext } from '../rule-context.ts';

/**
 * Multi-year figures agree with themselves and with the data: a stated average follows from
 * its participants and workshops, a stated reply rate from the round's counts, a stated member
 * count from the members listed.
 */
export function checkHistory(context: RuleContext): void {
  const { history } = context.data;
  history.participation.forEach((year, i) => {
    if (year.stated_average === undefined) return;
    const workshops = year.workshops ?? listActivitiesOfFiscalYear(context.data, year.fy).filter((a) => isRegionalWorkshop(a.data.kind)).length;
    const computed = formatAverage(year.participants, workshops);
    if (computed !== undefined && Number(computed) !== year.stated_average) {
      context.report('AverageMismatch', { stated: year.stated_average, computed, participants: year.participants, workshops }, history, ['participation', i, 'stated_average']);
    }
  });
  history.reply_rates.forEach((rate, i) => {
    const survey = context.data.surveys.find((s) => s.round === rate.round);
    const computed = survey && computeSurveyTotals(context.data, survey).all.replyRate;
    if (computed !== undefined && computed !== rate.percent) {
      context.report('StatedTotalMismatch', { what: `the reply rate of round ${rate.round}`, stated: `${rate.percent}%`, computed: `${computed}%` }, history, ['reply_rates', i, 'percent']);
    }
  });
  history.inhouse_workshops.forEach((year, i) => {
    if (year.stated_member_count !== undefined && year.stated_member_count !== year.members.length) {
      context.report('StatedTotalMismatch', { what: `the number of members for ${year.fy}`, stated: String(year.stated_member_count), computed: String(year.members.length) }, history, ['inhouse_workshops', i, 'stated_member_count']);
    }
  });
}
