import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/validation/load-content.ts';
import { readPage } from '../site/site-pages.ts';
import { PUBLICATIONS, readBookmarks, readPdfInfo, readText } from './pdf-files.ts';

/**
 * The table of contents and the bookmarks point where the headings really are: each is
 * checked against the text poppler finds on the page, not against what the PDF step measured.
 */
const content = loadContent(resolve(import.meta.dirname, '..', '..')).data;
const byFile = <T extends { id: string }>(entries: readonly T[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));

/** Chapter titles in file order: the chapters each edition prints, from the content. */
const CHAPTERS = {
  'annual-report-2018-19.pdf': byFile(content.reportChapters.filter((c) => c.group === '2018-19')).map((c) => c.data.title),
  'survey-2018.pdf': byFile(content.surveyChapters.filter((c) => c.group === '2018')).map((c) => c.data.title),
  'survey-2020.pdf': byFile(content.surveyChapters.filter((c) => c.group === '2020')).map((c) => c.data.title),
};

/** The contents page of the Survey 2020 report (002_…), less its part heading and appendices. */
const SURVEY_2020_CONTENTS = [
  'Foreword and Acknowledgements',
  'Executive Summary',
  '1. Introduction',
  '2.1 Response to the Survey 2020',
  '2.2 Follow-up actions taken',
  '2.3 Application of lessons learnt from the workshops',
  '2.4 Realization of direct effects',
  '2.5 Improvement in work efficiency and effectiveness',
  '2.6 Initiation of modernization projects',
  '3. Conclusion',
];

/** The titles the print edition's table of contents lists, in order. */
function listTocTitles(printRoute: string): string[] {
  return [...readPage(printRoute).querySelectorAll('.print-toc a')].map((link) => (link.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Reads `title 12` pairs off the contents pages, which run from page 2 to the first chapter. */
function readTocNumbers(file: string, titles: readonly string[]): number[] {
  const pattern = (title: string) => new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)(?: |$)`);
  const first = Number(pattern(titles[0]!).exec(readText(file, 2))?.[1]);
  const contents = readText(file, 2, Math.max(2, first - 1));
  let from = 0;
  return titles.map((title) => {
    const match = pattern(title).exec(contents.slice(from));
    if (!match) return Number.NaN;
    from += match.index + match[0].length - 1;
    return Number(match[1]);
  });
}

describe.each(PUBLICATIONS)('$file table of contents', ({ file, print }) => {
  const titles = listTocTitles(print);
  const numbers = readTocNumbers(file, titles);

  it('prints a page number after every entry, in reading order', () => {
    expect(titles.length).toBeGreaterThan(3);
    expect(numbers.filter(Number.isNaN)).toEqual([]);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBeGreaterThan(2);
  });

  it("gives each entry the page its heading is on (pdftotext -f N -l N)", () => {
    const misplaced = titles.filter((title, index) => Number.isNaN(numbers[index]) || !readText(file, numbers[index]).includes(title));
    expect(misplaced).toEqual([]);
  });
});

describe.each(PUBLICATIONS)('$file bookmarks', ({ file }) => {
  it('have the publication as the root and the chapters under it, each opening its heading’s page', async () => {
    const bookmarks = await readBookmarks(file);
    expect(bookmarks.map((b) => b.title)).toEqual([readPdfInfo(file).Title]);
    const chapters = bookmarks[0]!.children;
    expect(chapters[0]?.title).toBe('Contents');
    const wrongPage = chapters.filter((chapter) => !readText(file, chapter.page).includes(chapter.title));
    expect(wrongPage).toEqual([]);
  });
});

describe.each(Object.entries(CHAPTERS))('%s bookmarks', (file, titles) => {
  it('equal the chapter titles, in order', async () => {
    const [root] = await readBookmarks(file);
    expect(root!.children.map((b) => b.title).filter((title) => title !== 'Contents')).toEqual(titles);
  });
});

describe('newsletter-059.pdf bookmarks', () => {
  it('include every article of the issue', async () => {
    const [root] = await readBookmarks('newsletter-059.pdf');
    const articles = content.articles.filter((a) => a.group === '059').map((a) => a.data.title);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((title) => !root!.children.some((b) => b.title === title))).toEqual([]);
  });
});

describe('survey-2020.pdf bookmarks', () => {
  it('include the source document’s contents entries, in its order', async () => {
    const [root] = await readBookmarks('survey-2020.pdf');
    const titles = root!.children.map((b) => b.title);
    const found = SURVEY_2020_CONTENTS.map((entry) => titles.indexOf(entry));
    expect(found.filter((index) => index === -1)).toEqual([]);
    expect(found).toEqual([...found].sort((a, b) => a - b));
  });
});
