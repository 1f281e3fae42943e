import { describe, expect, it } from 'vitest';
import { findPreviousReplyRate, listInhouseWorkshops, listReplyRates } from '../../src/model/survey-history.ts';
import { computeCorrelationTotals } from '../../src/model/survey-correlations.ts';
import { findSurvey } from '../../src/model/survey-totals.ts';
import { shippedContent } from './model-content.ts';

describe('reply rates across rounds', () => {
  it('"28% in 2015, 47% 2016, 57% 2017, 62% 2018, 54% 2019, 70% 2020" (2018 and 2020 computed)', () => {
    expect(listReplyRates(shippedContent()).map((r) => [r.round, r.percent, r.computed])).toEqual([
      [2015, 28, false],
      [2016, 47, false],
      [2017, 57, false],
      [2018, 62, true],
      [2019, 54, false],
      [2020, 70, true],
    ]);
  });

  it('Survey 2020: "70% (54% in 2019)"', () => {
    expect(findPreviousReplyRate(shippedContent(), 2020)?.percent).toBe(54);
  });
});

describe('in-house cascading workshops (Survey 2018, Table 3)', () => {
  it('"10 42 47 44" workshops by "(6) (18) (19) (23)" members in FY 2014/15 to 2017/18', () => {
    const years = listInhouseWorkshops(shippedContent()).filter((y) => y.fy <= '2017-18');
    expect(years.map((y) => [y.fy, y.workshops, y.members.length])).toEqual([
      ['2014-15', 10, 6],
      ['2015-16', 42, 18],
      ['2016-17', 47, 19],
      ['2017-18', 44, 23],
    ]);
  });

  it('FY 2019/20: "11 (39%) out of 28 replies" organised one (Survey 2020)', () => {
    expect(listInhouseWorkshops(shippedContent()).find((y) => y.fy === '2019-20')?.workshops).toBe(11);
  });
});

describe('correlation tables (Survey 2020)', () => {
  const survey = findSurvey(shippedContent(), 2020)!;
  const table = (outcome: string) => computeCorrelationTotals(survey.correlations.find((t) => t.outcome === outcome)!);

  it('Table 4 totals "23 11 12"; shared materials leading to direct effects "8 (35%)"; attributed "9 (75%)"', () => {
    const totals = table('direct_effects');
    expect([totals.first, totals.second, totals.outcome]).toEqual([23, 11, 12]);
    expect(totals.firstMarked).toEqual({ count: 8, percent: 35 });
    expect(totals.outcomeAttributed).toEqual({ count: 9, percent: 75 });
  });

  it('Table 7 totals "19 15 19"; "13 (68%)" and "10 (67%)"', () => {
    const totals = table('new_projects');
    expect([totals.first, totals.second, totals.outcome]).toEqual([19, 15, 19]);
    expect(totals.firstMarked).toEqual({ count: 13, percent: 68 });
    expect(totals.secondMarked).toEqual({ count: 10, percent: 67 });
  });
});
