import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/bench/budgets.ts';
import { measurePages } from '../../src/bench/measure-pages.ts';
import { siteDir } from './site-pages.ts';

/**
 * The page-weight budget of the performance issue, on the shipped site: HTML plus linked CSS
 * (inline chart SVG excepted) per reading page. Print editions hold a whole publication on one
 * page, for the PDF, by design, and are left out.
 */
describe('page weight', () => {
  it(`every page but the print editions weighs at most ${BUDGETS.pageKb} KB`, () => {
    const { weights } = measurePages(siteDir());
    const reading = weights.filter((w) => !w.page.includes('print/'));
    expect(reading.length).toBeGreaterThan(150);
    expect(reading.filter((w) => w.kb > BUDGETS.pageKb).map((w) => `${w.page}: ${w.kb.toFixed(1)} KB`)).toEqual([]);
  });
});
