import { describe, expect, it } from 'vitest';
import { computeDayRange } from '../../src/model/calendar.ts';
import { findActivity, listActivitiesAttendedBy, listActivitiesDelivering, listActivitiesHostedBy, listActivityPublications, listNewsletterActivities } from '../../src/model/activity-links.ts';
import { shippedContent } from './model-content.ts';

describe('E-Newsletter No. 59 (seed 003)', () => {
  const data = shippedContent();
  const issue = data.newsletters.find((i) => i.number === 59)!;

  it('reports the 15 activities of October-December 2017 it prints, from "1 October 2017" to "13 December 2017"', () => {
    const starts = listNewsletterActivities(data, issue).map((entry) => computeDayRange(entry.data.dates).from);
    expect(starts).toEqual([
      '2017-10-01', '2017-10-05', '2017-10-11', '2017-10-20', '2017-11-03', '2017-11-06', '2017-11-06', '2017-11-21',
      '2017-11-27', '2017-11-28', '2017-12-04', '2017-12-04', '2017-12-04', '2017-12-12', '2017-12-13',
    ]);
  });
});

describe('an activity’s publications', () => {
  const data = shippedContent();

  it('the Risk Management and Post Seizure Analysis workshop (4-8 December 2017) is in No. 59 and is workshop (5) of Survey 2018', () => {
    const entry = data.activities.find((e) => e.group === '2017-18' && computeDayRange(e.data.dates).from === '2017-12-04' && /Risk Management/.test(e.data.title))!;
    const publications = listActivityPublications(data, entry);
    expect(publications.newsletters.map((i) => i.number)).toEqual([59]);
    expect(publications.surveys.map((s) => [s.survey.round, s.position])).toEqual([[2018, 5]]);
    expect(publications.report).toBeUndefined();
  });

  it('the Sub-regional Workshop on IPR for ASEAN (Langkawi, July 2018) is in the Annual Report 2018/19', () => {
    const entry = findActivity(data, '2018-19/ipr-asean-langkawi-2018-07')!;
    expect(listActivityPublications(data, entry).report?.fy).toBe('2018-19');
  });
});

describe('who took part', () => {
  const data = shippedContent();

  it('Fiji hosted the sub-regional workshops held in Suva', () => {
    const hosted = listActivitiesHostedBy(data, 'FJ').map((e) => e.data.venue?.city);
    expect(hosted.length).toBeGreaterThan(0);
    expect(hosted.every((city) => city === 'Suva' || city === undefined || city === 'Nadi')).toBe(true);
  });

  it('"National Workshop on PCA for Sri Lanka (Dec 2018)" counts as attended by Sri Lanka', () => {
    expect(listActivitiesAttendedBy(data, 'LK').some((e) => e.data.title === 'National Workshop on PCA for Sri Lanka')).toBe(true);
  });
});

describe('plan → delivered', () => {
  it('only activities of the plan’s fiscal year deliver its actions', () => {
    const data = shippedContent();
    const delivering = listActivitiesDelivering(data, '2018-19', '1-(o)');
    expect(delivering.map((e) => e.data.title)).toContain('National Workshop on PCA for Sri Lanka');
    expect(delivering.every((e) => e.group === '2018-19')).toBe(true);
  });
});
