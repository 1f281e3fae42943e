import { describe, expect, it } from 'vitest';
import { readText } from './pdf-files.ts';

/**
 * Figures the build derives from the data reach the PDFs. Every expected string is copied
 * from the source documents in shared/seeds/, never from the site's output.
 */
describe('figures in the PDF editions', () => {
  it('annual report: the executive summary’s workshop counts (000_…, Executive Summary)', () => {
    expect(readText('annual-report-2018-19.pdf')).toContain('organized 13 regional and sub-regional workshops, 2 accreditation workshops and 25 national workshops');
  });

  it('Survey 2020: the overall reply rate, 28 replies from 40 administrations (002_…, Table 1)', () => {
    const text = readText('survey-2020.pdf');
    expect(text).toContain('70%');
    expect(text).toContain('28 (70%)');
  });

  it('Survey 2018: the reply rate of 62% (000_…, Annex III)', () => {
    expect(readText('survey-2018.pdf')).toContain('62%');
  });

  it('newsletter: the quarter the issue covers (003_…, foreword)', () => {
    expect(readText('newsletter-059.pdf')).toContain('October 2017 through December 2017');
  });
});
