import { describe, expect, it } from 'vitest';
import { shiftDataText, shiftProse, shiftSlug } from '../../src/bench/shift-text.ts';

describe('shifting copied publications in time', () => {
  it('moves days, months, fiscal years and years once each', () => {
    expect(shiftDataText('dates: { from: 2019-05-27, to: 2019-05-31 }', 2)).toBe('dates: { from: 2021-05-27, to: 2021-05-31 }');
    expect(shiftDataText('fy: 2018-19, list_month: "2019-05"', 1)).toBe('fy: 2019-20, list_month: "2020-05"');
    expect(shiftDataText('Annual Report 2018/2019 covers FY 2018/19', 1)).toBe('Annual Report 2019/2020 covers FY 2019/20');
  });

  it('keeps a 29 February in a common year on the 28th', () => {
    expect(shiftDataText('2020-02-29', 1)).toBe('2021-02-28');
  });

  it('leaves numbers that are not dates, and placeholders, alone', () => {
    expect(shiftDataText('+66-2-667-6777, 389 participants, No. 59', 3)).toBe('+66-2-667-6777, 389 participants, No. 59');
    expect(shiftProse('{{ history.reply_rate.2015 }} in 2015', 3)).toBe('{{ history.reply_rate.2015 }} in 2018');
  });

  it('moves the year-month at the end of a slug, or appends the year', () => {
    expect(shiftSlug('ipr-laos-vientiane-2018-11', 2, '2020-21')).toBe('ipr-laos-vientiane-2020-11');
    expect(shiftSlug('annual-meeting', 2, '2020-21')).toBe('annual-meeting-2020');
  });
});
