import { describe, expect, it } from 'vitest';
import { listDatasetNames, readDataset, resolveDataset } from '../../src/charts/datasets/registry.ts';
import { matchDataset, nameDataset } from '../../src/charts/datasets/dataset.ts';
import { shippedContent } from './model-content.ts';

/**
 * Datasets computed from the shipped content, against the figures the source documents print
 * (seeds 000_… Annual Report 2018/19 with the Survey 2018 annex, 002_… Survey 2020).
 */
const data = shippedContent();
const rowsOf = (name: string) => readDataset(data, name) ?? [];
const sum = (name: string, field: string, where: (row: Record<string, unknown>) => boolean = () => true) =>
  rowsOf(name).filter(where).reduce((total, row) => total + Number(row[field]), 0);

describe('names', () => {
  it('fills and reads pattern placeholders', () => {
    expect(nameDataset('surveys/<round>/replies', { round: '2020' })).toBe('surveys/2020/replies');
    expect(matchDataset('surveys/<round>/replies', 'surveys/2020/replies')).toEqual({ round: '2020' });
    expect(matchDataset('surveys/<round>/replies', 'surveys/2020/replies/x')).toBeUndefined();
  });

  it('lists the datasets the data has and resolves nothing else', () => {
    const names = listDatasetNames(data);
    expect(names).toEqual(expect.arrayContaining(['participation', 'survey-reply-rates', 'inhouse-workshops', 'surveys/2020/follow-up-actions', 'surveys/2018/direct-effects', 'activities/2018-19/by-topic', 'experts/2018-19/by-home', 'members/FJ/activities']));
    expect(resolveDataset(data, 'surveys/2019/replies')).toBeUndefined();
    expect(resolveDataset(data, 'surveys/x/replies')).toBeUndefined();
    expect(resolveDataset(data, 'members/XX/activities')).toBeUndefined();
    expect(resolveDataset(data, 'activities/2030-31/by-kind')).toBeUndefined();
  });
});

describe('Survey 2020 (seed 002)', () => {
  it('Table 1: four workshops, 40 administrations, 28 replies', () => {
    expect(rowsOf('surveys/2020/replies')).toHaveLength(4);
    expect(sum('surveys/2020/replies', 'administrations')).toBe(40);
    expect(sum('surveys/2020/replies', 'replies')).toBe(28);
    expect(sum('surveys/2020/replies', 'replies', (row) => row.kind === 'sub-regional')).toBe(16);
  });

  it('Table 2 totals per follow-up action: 23 19 15 11 10 10', () => {
    const total = (action: string) => sum('surveys/2020/follow-up-actions', 'count', (row) => row.action === action);
    expect(['Shared training materials', 'Submitted reports', 'Made recommendations', 'Organized in-house workshop', 'Developed operational manuals', 'Others'].map(total)).toEqual([23, 19, 15, 11, 10, 10]);
    expect(rowsOf('surveys/2020/follow-up-actions')).toHaveLength(4 * 6);
  });

  it('is the sixth round, with a 70% reply rate after 54% in 2019', () => {
    const rates = Object.fromEntries(rowsOf('survey-reply-rates').map((row) => [row.round, row.percent]));
    expect(rates).toMatchObject({ 2015: 28, 2016: 47, 2017: 57, 2018: 62, 2019: 54, 2020: 70 });
  });
});

describe('Survey 2018 (annex of seed 000)', () => {
  it('Table 1: eleven workshops, 233 administrations, 145 replies', () => {
    expect(rowsOf('surveys/2018/replies')).toHaveLength(11);
    expect(sum('surveys/2018/replies', 'administrations')).toBe(233);
    expect(sum('surveys/2018/replies', 'replies')).toBe(145);
  });

  it('Table 2 totals per follow-up action: 109 118 90 44 25 40', () => {
    const total = (action: string) => sum('surveys/2018/follow-up-actions', 'count', (row) => row.action === action);
    expect(['Shared training materials', 'Submitted reports', 'Made recommendations', 'Organized in-house workshop', 'Developed operational manuals', 'Others'].map(total)).toEqual([109, 118, 90, 44, 25, 40]);
  });

  it('Table 4: 145 replies on direct effects, 93 yes and 50 no, so 2 left it blank', () => {
    expect(sum('surveys/2018/direct-effects', 'replies')).toBe(145);
    expect(sum('surveys/2018/direct-effects', 'yes')).toBe(93);
    expect(sum('surveys/2018/direct-effects', 'no')).toBe(50);
    expect(sum('surveys/2018/direct-effects', 'blank')).toBe(2);
  });

  it('Table 3: in-house cascading workshops 10, 42, 47, 44 from FY 2014/15 to 2017/18, by 6, 18, 19, 23 members', () => {
    const years = rowsOf('inhouse-workshops').filter((row) => String(row.fy) <= '2017/18');
    expect(years.map((row) => [row.fy, row.workshops, row.members])).toEqual([
      ['2014/15', 10, 6],
      ['2015/16', 42, 18],
      ['2016/17', 47, 19],
      ['2017/18', 44, 23],
    ]);
  });
});

describe('Annual Report 2018/19 (seed 000)', () => {
  it('Diagram 1: 315 participants in 13 workshops in 2017/18, 389 in 13 in 2018/19', () => {
    const years = rowsOf('participation').filter((row) => ['2017/18', '2018/19'].includes(String(row.fy)));
    expect(years.map((row) => [row.fy, row.participants, row.workshops])).toEqual([
      ['2017/18', 315, 13],
      ['2018/19', 389, 13],
    ]);
    expect(years[1]!.average).toBe(29.9);
  });

  it('Executive summary: 13 regional and sub-regional, 2 accreditation and 25 national workshops', () => {
    const kinds = Object.fromEntries(rowsOf('activities/2018-19/by-kind').map((row) => [row.kind, row.count]));
    expect(Number(kinds['Regional workshops']) + Number(kinds['Sub-regional workshops'])).toBe(13);
    expect(kinds['Accreditation workshops']).toBe(2);
    expect(kinds['National workshops']).toBe(25);
  });

  it('Diagram 2: 20 accredited experts, 8 of them from Japan (5 as ROCB), 2 each from Australia, China, India and Korea', () => {
    const homes = Object.fromEntries(rowsOf('experts/2018-19/by-home').map((row) => [row.home, row.experts]));
    expect(homes).toEqual({ Japan: 8, Australia: 2, China: 2, India: 2, Korea: 2, 'Czech Republic': 1, 'Lao PDR': 1, Lebanon: 1, Maldives: 1 });
    expect(rowsOf('experts/2018-19/by-home')[0]!.home).toBe('Japan');
  });

  it('lists topics in the order of the report’s workshop lists', () => {
    const topics = rowsOf('activities/2018-19/by-topic').map((row) => row.topic);
    expect(topics.indexOf('Trade Facilitation')).toBeLessThan(topics.indexOf('Human Resource Development (HRD)'));
    expect(rowsOf('activities/2018-19/by-topic').every((row) => Number(row.count) > 0)).toBe(true);
  });
});

describe('members/<code>/activities', () => {
  it('gives every fiscal year with activities, and counts hosted ones among them', () => {
    const rows = rowsOf('members/FJ/activities');
    expect(rows.map((row) => row.fy)).toEqual([...new Set(data.activities.map((e) => e.group.replace('-', '/')))].sort());
    for (const row of rows) expect(Number(row.hosted)).toBeLessThanOrEqual(Number(row.activities));
    // Fiji hosted the TRS national workshop of December 2018 (seed 000, Diagram 2: "WCO National Workshop on TRS for Fiji").
    expect(rows.find((row) => row.fy === '2018/19')!.hosted).toBeGreaterThanOrEqual(1);
  });
});
