import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/build-chart.ts';
import { renderChartHtml } from '../../src/charts/chart-html.ts';
import type { ChartDefinition } from '../../src/charts/chart-definition.ts';
import * as charts from '../../src/charts/standard-charts.ts';
import { readChart } from '../support/chart-reading.ts';
import { shippedContent } from './model-content.ts';

/** The standard charts over the shipped content: what they draw and say, checked against the source documents. */
const data = shippedContent();
const draw = async (definition: ChartDefinition | undefined) => readChart(renderChartHtml(await buildChart(definition!)));
const ACTIONS = ['Shared training materials', 'Submitted reports', 'Made recommendations', 'Organized in-house workshop', 'Developed operational manuals', 'Others'];

describe('replies per surveyed workshop', () => {
  it('draws one reply bar per workshop of Survey 2020 (four, seed 002 Table 1), labelled with its share', async () => {
    const chart = await draw(charts.defineSurveyRepliesChart(data, 2020));
    expect(chart.marks('replies')).toHaveLength(4);
    expect(chart.marks('administrations')).toHaveLength(4);
    expect(chart.markTexts('values')).toEqual(['4 of 5 (80%)', '12 of 22 (55%)', '6 of 6 (100%)', '6 of 7 (86%)']);
    expect(chart.axisTitles()).toEqual(['Participating administrations (outlined) and replies (filled)', 'Workshop']);
    expect(chart.axisLabels()).toContain('(2) WCO Regional Workshop on AEO (Dec. 2019)');
    expect(chart.tableFoot()).toEqual([['Total', '', '40', '28', '70']]);
  });

  it('draws eleven for Survey 2018 (seed 000, annex Table 1), totalling 233 administrations and 145 replies', async () => {
    const chart = await draw(charts.defineSurveyRepliesChart(data, 2018));
    expect(chart.marks('replies')).toHaveLength(11);
    expect(chart.tableFoot()[0]!.slice(2)).toEqual(['233', '145', '62']);
  });
});

describe('follow-up actions per surveyed workshop', () => {
  it('has a panel per workshop and a bar per action, and Table 2’s totals (23 19 15 11 10 10)', async () => {
    const chart = await draw(charts.defineFollowUpActionsChart(data, 2020));
    expect(chart.marks('bars')).toHaveLength(4 * 6);
    expect(chart.headerLabels()).toHaveLength(4);
    expect(chart.headerLabels()[1]).toBe('(2) WCO Regional Workshop on AEO (Dec. 2019)');
    expect(chart.axisLabels().filter((label) => ACTIONS.includes(label))).toHaveLength(4 * 6);
    expect(chart.axisTitles()).toContain('Replies reporting the action');
    expect(chart.tableHead()).toEqual(['No.', 'Workshop', ...ACTIONS]);
    expect(chart.tableFoot()).toEqual([['Total', '', '23', '19', '15', '11', '10', '10']]);
  });

  it('totals Survey 2018’s Table 2: 109 118 90 44 25 40', async () => {
    const chart = await draw(charts.defineFollowUpActionsChart(data, 2018));
    expect(chart.marks('bars')).toHaveLength(11 * 6);
    expect(chart.tableFoot()[0]!.slice(2)).toEqual(['109', '118', '90', '44', '25', '40']);
  });
});

describe('yes/no answers per workshop', () => {
  it('splits each workshop’s bar into yes, no and blank, with a legend and counts in words (Survey 2018 Table 4)', async () => {
    const chart = await draw(charts.defineSurveyAnswersChart(data, 2018, 'direct_effects'));
    expect(chart.legendLabels()).toEqual(['Yes', 'No', 'No answer']);
    expect(chart.markTexts('values')).toHaveLength(11);
    expect(chart.markTexts('values')[0]).toBe('6 yes, 1 no');
    expect(chart.tableFoot()).toEqual([['Total', '', '145', '93', '50', '2']]);
  });

  it('exists for each question of each round', () => {
    for (const round of [2018, 2020]) for (const q of ['direct_effects', 'efficiency', 'new_projects'] as const) expect(charts.defineSurveyAnswersChart(data, round, q)).toBeDefined();
  });
});

describe('charts over the years', () => {
  it('Diagram 1: participants per fiscal year up to the report’s, 315 then 389', async () => {
    const chart = await draw(charts.defineParticipationChart(data, '2018-19'));
    expect(chart.axisTitles()).toEqual(['Fiscal year', 'Participants']);
    expect(chart.axisLabels()).toEqual(expect.arrayContaining(['2017/18', '2018/19']));
    expect(chart.markTexts('values')).toEqual(['315', '389']);
    expect(chart.marks('bars')).toHaveLength(2);
  });

  it('reply rates per round, labelled in percent (28% in 2015 … 70% in 2020)', async () => {
    const chart = await draw(charts.defineReplyRatesChart(data, 2020));
    expect(chart.markTexts('values')).toEqual(['28%', '47%', '57%', '62%', '54%', '70%']);
    expect(chart.axisTitles()).toEqual(['Survey round', 'Reply rate (%)']);
    expect((await draw(charts.defineReplyRatesChart(data, 2018))).marks('bars')).toHaveLength(4);
  });

  it('in-house workshops per fiscal year (Survey 2018 Table 3)', async () => {
    const chart = await draw(charts.defineInhouseWorkshopsChart(data, '2017-18'));
    expect(chart.markTexts('values')).toEqual(['10', '42', '47', '44']);
  });

  it('a member’s activities per fiscal year, named after the member', async () => {
    const chart = await draw(charts.defineMemberActivitiesChart(data, 'FJ'));
    expect(chart.document.querySelector('figcaption')!.textContent).toBe('Activities with Fiji per fiscal year');
    expect(chart.marks('bars').length).toBe(new Set(data.activities.map((e) => e.group)).size);
    expect(charts.defineMemberActivitiesChart(data, 'XX')).toBeUndefined();
  });
});

describe('one fiscal year’s activities', () => {
  it('per kind: national workshops 25 and accreditation workshops 2 (executive summary, 2018/19)', async () => {
    const chart = await draw(charts.defineActivitiesByKindChart(data, '2018-19'));
    const rows = Object.fromEntries(chart.tableRows().map(([kind, count]) => [kind, count]));
    expect(rows).toMatchObject({ 'National workshops': '25', 'Accreditation workshops': '2' });
    expect(chart.marks('bars')).toHaveLength(chart.tableRows().length);
    expect(chart.axisTitles()).toEqual(['Activities', 'Kind of activity']);
  });

  it('per topic, one bar per topic with activities', async () => {
    const chart = await draw(charts.defineActivitiesByTopicChart(data, '2018-19'));
    expect(chart.marks('bars')).toHaveLength(chart.tableRows().length);
    expect(chart.axisLabels()).toContain('Trade Facilitation');
  });

  it('accredited experts by home administration (Diagram 2: 20 experts, Japan first with 8)', async () => {
    const chart = await draw(charts.defineExpertsByHomeChart(data, '2018-19'));
    expect(chart.tableRows()[0]!.slice(0, 2)).toEqual(['Japan', '8']);
    expect(chart.tableFoot()[0]![1]).toBe('20');
    expect(chart.markTexts('values')[0]).toBe('8');
  });
});
