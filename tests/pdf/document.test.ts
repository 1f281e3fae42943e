import { describe, expect, it } from 'vitest';
import { PUBLICATIONS, readFonts, readLanguage, readPageCount, readPdfInfo, readText } from './pdf-files.ts';

/**
 * Each PDF as a document: paper, metadata, fonts, tagging, running header, page numbers.
 * Expected titles come from the source documents (shared/seeds/); page ranges are wide
 * on purpose: they catch a PDF that lost its chapters or repeats them, not a line more.
 */
const EXPECTED = {
  // 000_…: "Annual Report 2018/2019" on the cover.
  'annual-report-2018-19.pdf': { title: /^Annual Report 2018\/2019$/, pages: [40, 110] },
  // 003_…: "ROCB A/P E-Newsletter No.59".
  'newsletter-059.pdf': { title: /E-Newsletter No\. ?59$/, pages: [15, 60] },
  // 000_…, Annex III: "Customs Good Practice Report on Exemplifying Follow-Up Actions taken
  // after the WCO Regional Workshops organized in FY 2017/18".
  'survey-2018.pdf': { title: /Good Practice Report on Exemplifying Follow-Up Actions taken after the WCO Regional Workshops organized in FY 2017\/18$/, pages: [15, 50] },
  // 002_…: "… taken after the WCO A/P Regional/Sub-regional Workshops organized in FY 2019/20".
  'survey-2020.pdf': { title: /Good Practice Report on Exemplifying Follow-Up Actions taken after the WCO A\/P Regional\/Sub-regional Workshops organized in FY 2019\/20$/, pages: [12, 40] },
} as const;

describe.each(PUBLICATIONS)('$file', ({ file }) => {
  const info = readPdfInfo(file);
  const expected = EXPECTED[file];
  const pages = readPageCount(file);

  it('is A4 with a page count in the expected range', () => {
    expect(info['Page size']).toContain('(A4)');
    expect(pages).toBeGreaterThanOrEqual(expected.pages[0]);
    expect(pages).toBeLessThanOrEqual(expected.pages[1]);
  });

  it('has title, author, subject and language set, and is tagged', async () => {
    expect(info.Title).toMatch(expected.title);
    expect(info.Author).toContain('Regional Office for Capacity Building');
    expect(info.Subject).toMatch(/\S/);
    expect(info.Tagged).toBe('yes');
    expect(await readLanguage(file)).toBe('en');
  });

  it('embeds every font it uses', () => {
    const fonts = readFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('opens with a cover that carries the title and no page number', () => {
    const cover = readText(file, 1);
    expect(cover).toContain(info.Title);
    expect(cover).not.toContain(`1 / ${pages}`);
  });

  it('numbers the other pages "n / N" under a running header with the title', () => {
    for (const page of [2, Math.ceil(pages / 2), pages]) {
      const text = readText(file, page);
      expect(text).toContain(`${page} / ${pages}`);
      expect(text.startsWith(info.Title!)).toBe(true);
    }
  });
});
