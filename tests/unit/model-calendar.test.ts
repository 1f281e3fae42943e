import { describe, expect, it } from 'vitest';
import { computeDayRange, fiscalYearOfDay, formatActivityDates, previousFiscalYear, rangesOverlap } from '../../src/model/calendar.ts';

/** Hand-made cases, in the shapes the documents print dates. */
describe('activity dates', () => {
  it('prints the four shapes as the documents do', () => {
    expect(formatActivityDates({ from: '2018-07-09', to: '2018-07-13' })).toBe('9-13 July 2018');
    expect(formatActivityDates({ from: '2017-11-27', to: '2017-12-01' })).toBe('27 November - 1 December 2017');
    expect(formatActivityDates(['2019-05-07', '2019-05-08', '2019-05-10'])).toBe('7, 8 and 10 May 2019');
    expect(formatActivityDates('2018-07-16')).toBe('16 July 2018');
    expect(formatActivityDates('2018-07')).toBe('July 2018');
  });

  it('spans a month-only date over the whole month', () => {
    expect(computeDayRange('2019-02')).toEqual({ from: '2019-02-01', to: '2019-02-28' });
    expect(computeDayRange(['2019-05-10', '2019-05-07'])).toEqual({ from: '2019-05-07', to: '2019-05-10' });
  });

  it('finds overlaps with a quarter', () => {
    const quarter = { from: '2017-10-01', to: '2017-12-31' };
    expect(rangesOverlap(computeDayRange({ from: '2017-12-30', to: '2018-01-02' }), quarter)).toBe(true);
    expect(rangesOverlap(computeDayRange('2018-01'), quarter)).toBe(false);
  });
});

describe('fiscal years (1 July - 30 June)', () => {
  it('places a day in its fiscal year', () => {
    expect(fiscalYearOfDay('2018-07-01')).toBe('2018-19');
    expect(fiscalYearOfDay('2019-06-30')).toBe('2018-19');
    expect(fiscalYearOfDay('1999-12-31')).toBe('1999-00');
  });

  it('steps back a year', () => {
    expect(previousFiscalYear('2018-19')).toBe('2017-18');
    expect(previousFiscalYear('2000-01')).toBe('1999-00');
  });
});
