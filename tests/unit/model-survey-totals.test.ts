import { describe, expect, it } from 'vitest';
import { computeSurveyTotals, findSurvey } from '../../src/model/survey-totals.ts';
import { computePercent } from '../../src/model/percent.ts';
import { shippedContent } from './model-content.ts';

function totalsOf(round: number) {
  const data = shippedContent();
  const survey = findSurvey(data, round);
  if (!survey) throw new Error(`data/surveys/${round}.yaml is missing`);
  return computeSurveyTotals(data, survey);
}

/** Expected values copied from the Good Practice Report on the Survey 2020 (seed 002). */
describe('Survey 2020', () => {
  const totals = totalsOf(2020);

  it('"The total no. of replies ... is 28" from 40 administrations, "70%"', () => {
    expect(totals.all).toEqual({ workshops: 4, administrations: 40, replies: 28, replyRate: 70 });
  });

  it('Table 1 "Sub-total of Sub-Regional Workshops 18 16 (89%)"', () => {
    expect(totals.subRegional).toEqual({ workshops: 3, administrations: 18, replies: 16, replyRate: 89 });
  });

  it('Table 1 "Sub-total of Regional Workshops 22 12 (55%)"', () => {
    expect(totals.regional).toEqual({ workshops: 1, administrations: 22, replies: 12, replyRate: 55 });
  });

  it('"23 respondents (82%) shared the training materials", "19 respondents (68%) had submitted reports"', () => {
    expect(totals.actions.share_materials).toEqual({ count: 23, percent: 82 });
    expect(totals.actions.submit_reports).toEqual({ count: 19, percent: 68 });
  });

  it('"15 (54%) out of 28 replies" made recommendations, "11 (39%)" organised in-house workshops', () => {
    expect(totals.actions.make_recommendations).toEqual({ count: 15, percent: 54 });
    expect(totals.actions.organise_inhouse_workshops).toEqual({ count: 11, percent: 39 });
  });

  it('Table 2 totals "23 19 15 11 10 10"', () => {
    expect(Object.values(totals.actions).map((a) => a.count)).toEqual([23, 19, 15, 11, 10, 10]);
  });

  it('Table 3 "Total 26 13 (50%) 13 (50%)"', () => {
    expect(totals.questions.direct_effects).toEqual({ replies: 26, yes: 13, no: 13, yesPercent: 50, noPercent: 50 });
  });

  it('Table 5 "Total 28 28 (100%) 0"', () => {
    expect(totals.questions.efficiency).toMatchObject({ replies: 28, yes: 28, no: 0, yesPercent: 100 });
  });

  it('Table 6 "Total 26 19 (73%) 7 (27%)"', () => {
    expect(totals.questions.new_projects).toEqual({ replies: 26, yes: 19, no: 7, yesPercent: 73, noPercent: 27 });
  });
});

/** Expected values copied from the Good Practice Report on the Survey 2018 (seed 000, Annex III). */
describe('Survey 2018', () => {
  const totals = totalsOf(2018);

  it('Table 1 "Total 233 145 (62 %)" over 11 workshops', () => {
    expect(totals.all).toEqual({ workshops: 11, administrations: 233, replies: 145, replyRate: 62 });
  });

  it('Table 2 "Total 109 118 90 44 25 40"', () => {
    expect(Object.values(totals.actions).map((a) => a.count)).toEqual([109, 118, 90, 44, 25, 40]);
  });

  it('Table 4 "Total 145 93 (64%) 50 (34%)"', () => {
    expect(totals.questions.direct_effects).toEqual({ replies: 145, yes: 93, no: 50, yesPercent: 64, noPercent: 34 });
  });

  it('Table 6 "Total 145 141 (97%) 1 (1%)"', () => {
    expect(totals.questions.efficiency).toEqual({ replies: 145, yes: 141, no: 1, yesPercent: 97, noPercent: 1 });
  });

  it('Table 7 "Total 145 83 (57%) 61 (42%)"', () => {
    expect(totals.questions.new_projects).toEqual({ replies: 145, yes: 83, no: 61, yesPercent: 57, noPercent: 42 });
  });
});

describe('computePercent', () => {
  it('rounds to whole percent, halves up, as the reports do', () => {
    expect(computePercent(12, 22)).toBe(55);
    expect(computePercent(16, 18)).toBe(89);
    expect(computePercent(1, 8)).toBe(13);
    expect(computePercent(50, 145)).toBe(34);
  });

  it('has no share of nothing', () => {
    expect(computePercent(0, 0)).toBeUndefined();
  });
});
