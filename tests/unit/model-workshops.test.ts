import { describe, expect, it } from 'vitest';
import { countWorkshops } from '../../src/model/workshops.ts';
import { computeParticipation } from '../../src/model/participation.ts';
import { listStaffInPost, staffCountDay } from '../../src/model/staff.ts';
import { shippedContent } from './model-content.ts';

/** Expected values copied from the Annual Report 2018/19 (seed 000). */
describe('workshops of FY 2018/19', () => {
  const counts = countWorkshops(shippedContent(), '2018-19');

  it('"13 regional and sub-regional workshops"', () => {
    expect(counts.regional).toBe(13);
  });

  it('"2 accreditation workshops"', () => {
    expect(counts.accreditation).toBe(2);
  });

  it('"25 national workshops"', () => {
    expect(counts.national).toBe(25);
  });
});

describe('participation', () => {
  it('FY 2018/19: "13 regional/sub-Regional workshops with 389 participants", average "29.9"', () => {
    const year = computeParticipation(shippedContent(), '2018-19');
    expect(year).toMatchObject({ workshops: 13, participants: 389, average: '29.9' });
  });

  it('FY 2017/18: "315" participants in the "13" workshops the report states (its 28.6 is an erratum)', () => {
    expect(computeParticipation(shippedContent(), '2017-18')).toMatchObject({ workshops: 13, participants: 315, average: '24.2' });
  });
});

describe('staff in post', () => {
  const staff = listStaffInPost(shippedContent().people, staffCountDay('2018-19'));
  const from = (code: string) => staff.filter((s) => s.person.home === code).length;

  it('"8 full-time seconded staff members (as of 1 July 2019)"', () => {
    expect(staffCountDay('2018-19')).toBe('2019-07-01');
    expect(staff).toHaveLength(8);
  });

  it('"one from China, one from Hong Kong China, two from Japan ... one from Korea and three from Thailand"', () => {
    expect([from('CN'), from('HK'), from('JP'), from('KR'), from('TH')]).toEqual([1, 1, 2, 1, 3]);
  });
});
