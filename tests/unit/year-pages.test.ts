import { describe, expect, it } from 'vitest';
import { chooseShownYears, countItems, describeYearSpan, SECTION_ROWS, splitByFiscalYear } from '../../src/site/year-pages.ts';

/** Hand-made lists: `n` items in each of the given fiscal years, newest first. */
function yearsOf(counts: Record<string, number>) {
  return Object.entries(counts)
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([fy, n]) => ({ fy, items: Array.from({ length: n }, (_, i) => `${fy}#${i}`) }));
}

describe('splitByFiscalYear', () => {
  it('groups items by their year, newest year first, keeping their order within a year', () => {
    const items = [
      { fy: '2017-18', id: 'a' },
      { fy: '2019-20', id: 'b' },
      { fy: '2017-18', id: 'c' },
      { fy: '2018-19', id: 'd' },
    ];
    expect(splitByFiscalYear(items, (item) => item.fy).map(({ fy, items }) => [fy, items.map((i) => i.id)])).toEqual([
      ['2019-20', ['b']],
      ['2018-19', ['d']],
      ['2017-18', ['a', 'c']],
    ]);
  });

  it('gives no years for no items', () => {
    expect(splitByFiscalYear([], () => '2018-19')).toEqual([]);
  });
});

describe('chooseShownYears', () => {
  it('shows every year when all fit, and splits nothing', () => {
    const years = yearsOf({ '2017-18': 22, '2018-19': 71, '2019-20': 4 });
    const split = chooseShownYears(years, countItems, 100);
    expect(split.shown.map((y) => y.fy)).toEqual(['2019-20', '2018-19', '2017-18']);
    expect(split.split).toBe(false);
  });

  it('shows the newest years that fit, counting each year’s section, and splits the list', () => {
    const years = yearsOf({ '2016-17': 10, '2017-18': 10, '2018-19': 10, '2019-20': 10 });
    // Three years take 3 × (10 + SECTION_ROWS) rows; a fourth would not fit.
    const split = chooseShownYears(years, countItems, 3 * (10 + SECTION_ROWS));
    expect(split.shown.map((y) => y.fy)).toEqual(['2019-20', '2018-19', '2017-18']);
    expect(split.split).toBe(true);
    expect(split.years).toHaveLength(4);
  });

  it('shows the newest year even when it alone is over the budget', () => {
    const split = chooseShownYears(yearsOf({ '2018-19': 500, '2019-20': 300 }), countItems, 100);
    expect(split.shown.map((y) => y.fy)).toEqual(['2019-20']);
    expect(split.split).toBe(true);
  });

  it('weighs years as it is told', () => {
    const years = yearsOf({ '2018-19': 1, '2019-20': 1 });
    expect(chooseShownYears(years, () => 50, 100).shown).toHaveLength(1);
    expect(chooseShownYears(years, () => 10, 100).shown).toHaveLength(2);
  });

  it('shows nothing of an empty list, and does not split it', () => {
    expect(chooseShownYears([], countItems)).toEqual({ years: [], shown: [], split: false });
  });
});

describe('describeYearSpan', () => {
  it('names one year, or the oldest and the newest, in any order given', () => {
    expect(describeYearSpan(['2019-20'])).toBe('FY 2019/20');
    expect(describeYearSpan(['2019-20', '2016-17', '2018-19'])).toBe('FY 2016/17 to 2019/20');
  });
});
