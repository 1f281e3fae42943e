import { describe, expect, it } from 'vitest';
import { matchPrintEdition, namePdfFile, routeOfPdf } from '../../src/pdf/edition-files.ts';

describe('matchPrintEdition', () => {
  it('names each publication kind’s PDF as the issue asks', () => {
    expect(matchPrintEdition('/reports/2018-19/print/')).toEqual({ kind: 'annual-report', id: '2018-19', route: '/reports/2018-19/print/', fileName: 'annual-report-2018-19.pdf' });
    expect(matchPrintEdition('/newsletters/59/print/')?.fileName).toBe('newsletter-059.pdf');
    expect(matchPrintEdition('/surveys/2020/print/')?.fileName).toBe('survey-2020.pdf');
  });

  it('ignores routes that are not a publication’s print edition', () => {
    expect(matchPrintEdition('/reports/2018-19/')).toBeUndefined();
    expect(matchPrintEdition('/activities/print/')).toBeUndefined();
    expect(matchPrintEdition('/reports/2018-19/introduction/print/')).toBeUndefined();
  });
});

describe('namePdfFile', () => {
  it('pads newsletter numbers to three digits only', () => {
    expect(namePdfFile('newsletter', 7)).toBe('newsletter-007.pdf');
    expect(namePdfFile('newsletter', 120)).toBe('newsletter-120.pdf');
    expect(namePdfFile('survey', 2018)).toBe('survey-2018.pdf');
    expect(routeOfPdf('survey-2018.pdf')).toBe('/pdf/survey-2018.pdf');
  });
});
