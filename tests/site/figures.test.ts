import { describe, expect, it } from 'vitest';
import { mainText, readPage } from './site-pages.ts';

/**
 * Derived figures appear where the documents print them. Every expected value is copied from
 * the source documents (seeds 000 and 002), never from running the code.
 */
function tableRows(route: string, captionStart: string): string[] {
  const table = [...readPage(route).querySelectorAll('table')].find((t) => (t.querySelector('caption')?.textContent ?? '').includes(captionStart));
  return [...(table?.querySelectorAll('tr') ?? [])].map((tr) =>
    [...tr.querySelectorAll('th, td')]
      .map((cell) => cell.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('Annual Report 2018/19', () => {
  it('executive summary: "13 regional and sub-regional workshops, 2 accreditation workshops and 25 national workshops"', () => {
    expect(mainText('/reports/2018-19/executive-summary/')).toContain('organized 13 regional and sub-regional workshops, 2 accreditation workshops and 25 national workshops');
  });

  it('participation: "13 regional/sub-Regional workshops with 389 participants"', () => {
    expect(mainText('/reports/2018-19/participation-and-follow-up/')).toContain('organized 13 regional/sub-Regional workshops with 389 participants');
  });

  it('staff: "8 full-time seconded staff members" and "two from Japan"', () => {
    const text = mainText('/reports/2018-19/staff/');
    expect(text).toContain('The ROCB A/P has 8 full-time seconded staff members');
    expect(text).toContain('two from Japan');
    expect(text).toContain('three from Thailand');
  });

  it('Pillar I lists workshops under the topics in the printed order, each with its month', () => {
    const route = '/reports/2018-19/pillar-i-wco-conventions-instruments-tools/';
    const topics = [...readPage(route).querySelectorAll('.workshop-lists h2')].map((h) => h.textContent);
    expect(topics.slice(0, 4)).toEqual(['Trade Facilitation', 'Commodity Classification and Advance Ruling', 'Customs Valuation', 'Rules of Origin']);
    expect(mainText(route)).toContain('Sub-regional Workshop on Revenue Package for the Pacific (Dec 2018 in Fiji)');
    expect(mainText(route)).toContain('National Workshop on TFA scoping for Cambodia (Aug 2018)');
  });

  it('annex III prints Survey 2018 Table 1 total "233 145 (62%)" (the print edition; the web page links to the survey)', () => {
    expect(tableRows('/reports/2018-19/print/', 'Numbers of participated administrations')).toContain('Total 233 145 (62%)');
  });
});

/** Each survey table is on the page of the chapter that prints it (content/surveys/<round>/). */
describe('Survey 2020', () => {
  const route = '/surveys/2020/';

  it('Table 1: sub-totals 18 / 16 (89%) and 22 / 12 (55%), total 40 / 28 (70%)', () => {
    const rows = tableRows(`${route}response-to-the-survey/`, 'Numbers of participated administrations');
    expect(rows).toContain('Sub-total of sub-regional workshops 18 16 (89%)');
    expect(rows).toContain('Sub-total of regional workshops 22 12 (55%)');
    expect(rows).toContain('Total 40 28 (70%)');
  });

  it('executive summary: 70%, 54% in 2019, around 89%, 82% and 68%', () => {
    const text = mainText(`${route}executive-summary/`);
    expect(text).toContain('The total no. of replies to the Survey 2020 is 28. In spite of the rate of overall reply increases to 70% (54% in 2019), the rate of reply received from the participants of sub-regional workshops is around 89%');
    expect(text).toContain('sharing/circulation of training materials with colleagues (82%) and submission of reports to superiors (68%)');
  });

  it('Table 3 total: 26 replies, 13 (50%) yes, 13 (50%) no', () => {
    expect(tableRows(`${route}realization-of-direct-effects/`, 'Direct effects realized')).toContain('Total 26 13 (50%) 13 (50%)');
  });

  it('Table 6 total: 26 replies, 19 (73%) yes, 7 (27%) no', () => {
    expect(tableRows(`${route}initiation-of-modernization-projects/`, 'Initiation of new modernization projects')).toContain('Total 26 19 (73%) 7 (27%)');
  });
});

describe('Survey 2018', () => {
  const route = '/surveys/2018/';

  it('Table 1 total: 233 administrations, 145 replies (62%)', () => {
    expect(tableRows(`${route}responses-to-the-survey/`, 'Numbers of participated administrations')).toContain('Total 233 145 (62%)');
  });

  it('Table 2 totals: 109 118 90 44 25 40', () => {
    expect(tableRows(`${route}follow-up-actions/`, 'Specific follow-up actions')).toContain('Total 109 118 90 44 25 40');
  });

  it('Table 4 total: 145, 93 (64%), 50 (34%)', () => {
    expect(tableRows(`${route}direct-effects/`, 'Direct effects realized')).toContain('Total 145 93 (64%) 50 (34%)');
  });
});

describe('home page', () => {
  it('shows the latest year’s key figures and the schedule "as announced in No. 59"', () => {
    const text = mainText('/');
    expect(text).toContain('13 regional and sub-regional workshops');
    expect(text).toContain('as announced in No. 59');
  });
});
