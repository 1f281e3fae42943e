import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/validation/load-content.ts';
import { mainText, readPage, routeExists } from './site-pages.ts';

/**
 * A survey report on the web: a contents page at /surveys/<round>/ and a page per chapter,
 * each showing what the print edition prints in that chapter; the annual report's Annex III
 * links to those pages on the web and prints the whole survey report in its print edition.
 * Chapters and their order come from content/surveys/; figures from the source documents
 * (seed 002: Survey 2020, tables 1, 3 and 6; seed 000, Annex III: Survey 2018, tables 1 and 4).
 */
const content = loadContent(resolve(import.meta.dirname, '..', '..')).data;
const chaptersOf = (round: string) => content.surveyChapters.filter((c) => c.group === round).sort((a, b) => a.data.order - b.data.order);
const slugOf = (fileSlug: string) => fileSlug.replace(/^\d+-/, '');
const chapterRoute = (round: string, fileSlug: string) => `/surveys/${round}/${slugOf(fileSlug)}/`;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (elements: Iterable<Element>) => [...elements].map(text);
const links = (route: string, scope = 'main') => [...readPage(route).querySelectorAll(`${scope} a[href]`)].map((a) => a.getAttribute('href'));

describe.each(['2018', '2020'])('Survey %s on the web', (round) => {
  const chapters = chaptersOf(round);
  const contents = `/surveys/${round}/`;
  const print = `/surveys/${round}/print/`;

  it('has a page for each chapter, titled with the chapter’s title', () => {
    expect(chapters.length).toBeGreaterThan(10);
    const wrong = chapters.filter((c) => !routeExists(chapterRoute(round, c.slug)) || text(readPage(chapterRoute(round, c.slug)).querySelector('main h1')) !== c.data.title);
    expect(wrong.map((c) => c.slug)).toEqual([]);
  });

  it('its contents page links to every chapter’s page, in the report’s order', () => {
    const tocLinks = links(contents, 'main nav.toc');
    expect(tocLinks).toEqual(chapters.map((c) => chapterRoute(round, c.slug)));
  });

  it('its contents page keeps the anchors of the one-page report: #chapter-<slug> is the chapter’s entry', () => {
    const page = readPage(contents);
    const wrong = chapters.filter((c) => page.getElementById(`chapter-${slugOf(c.slug)}`)?.querySelector('a')?.getAttribute('href') !== chapterRoute(round, c.slug));
    expect(wrong.map((c) => c.slug)).toEqual([]);
  });

  it('each chapter page shows the prose and tables the print edition prints in that chapter', () => {
    const printed = readPage(print);
    const differing = chapters.filter((c) => {
      const section = printed.getElementById(`chapter-${slugOf(c.slug)}`);
      const page = readPage(chapterRoute(round, c.slug)).querySelector('main article');
      return !section || texts(page!.querySelectorAll('.prose, table')).join('\n') !== texts(section.querySelectorAll('.prose, table')).join('\n');
    });
    expect(differing.map((c) => c.slug)).toEqual([]);
  });

  it('chapter pages lead to the previous and next chapter', () => {
    const [first, second] = [chapterRoute(round, chapters[0]!.slug), chapterRoute(round, chapters[1]!.slug)];
    expect(readPage(first).querySelector('a[rel="next"]')?.getAttribute('href')).toBe(second);
    expect(readPage(second).querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(first);
  });

  it('the print edition still holds every chapter, and the contents page links to it', () => {
    const printed = texts(readPage(print).querySelectorAll('section.chapter > h2'));
    expect(printed).toEqual(chapters.map((c) => c.data.title));
    expect(links(contents)).toContain(print);
  });
});

describe('key figures on the contents pages, from the documents', () => {
  const figure = (route: string, words: RegExp) => texts(readPage(route).querySelectorAll('main .figure-strip li')).find((li) => words.test(li)) ?? '';

  it('Survey 2020: 28 replies from 40 administrations (70%), direct effects 50% of 26, new projects 73% of 26', () => {
    expect(figure('/surveys/2020/', /reply rate/)).toMatch(/^70% reply rate\b.*\b28\b.*\b40\b/);
    expect(figure('/surveys/2020/', /direct effects/)).toMatch(/^50%.*\b13 of 26\b/);
    expect(figure('/surveys/2020/', /modernization projects/)).toMatch(/^73%.*\b19 of 26\b/);
  });

  it('Survey 2018: 145 replies from 233 administrations (62%), direct effects 64% (93 of 145)', () => {
    expect(figure('/surveys/2018/', /reply rate/)).toMatch(/^62% reply rate\b.*\b145\b.*\b233\b/);
    expect(figure('/surveys/2018/', /direct effects/)).toMatch(/^64%.*\b93 of 145\b/);
  });

  it('each figure links to the chapter page whose table prints it', () => {
    const item = [...readPage('/surveys/2020/').querySelectorAll('main .figure-strip li')].find((li) => /direct effects/.test(li.textContent ?? ''));
    const target = item?.querySelector('a')?.getAttribute('href') ?? '';
    expect(texts(readPage(target).querySelectorAll('main table caption'))).toContainEqual(expect.stringMatching(/^\(Table 3\) Direct effects realized/));
  });
});

describe('Annex III of the Annual Report 2018/19: the Survey 2018 report', () => {
  const web = '/reports/2018-19/annex-iii-good-practice-report/';
  const chapters = chaptersOf('2018');

  it('on the web, links to every chapter page of the survey report instead of holding them', () => {
    expect(links(web)).toEqual(expect.arrayContaining(['/surveys/2018/', ...chapters.map((c) => chapterRoute('2018', c.slug))]));
    expect(readPage(web).querySelectorAll('main .survey-chapter, main table')).toHaveLength(0);
    expect(mainText(web)).toMatch(/62% reply rate\b.*\b145\b.*\b233\b/);
  });

  it('in the print edition, holds every chapter of the survey report with its tables: Table 1 totals "233 145 (62%)"', () => {
    const print = readPage('/reports/2018-19/print/');
    const annex = [...print.querySelectorAll('section.chapter')].find((section) => section.querySelector('.survey-chapter'));
    expect(texts(annex?.querySelectorAll('.survey-chapter > :first-child') ?? [])).toEqual(chapters.map((c) => c.data.title));
    const table1 = [...(annex?.querySelectorAll('table') ?? [])].find((table) => /Numbers of participated administrations/.test(text(table.querySelector('caption'))));
    const rows = [...(table1?.querySelectorAll('tr') ?? [])].map((tr) => texts(tr.querySelectorAll('th, td')).join(' ').trim());
    expect(rows).toContain('Total 233 145 (62%)');
  });
});

describe('E-Newsletter No. 59’s activity reports', () => {
  const issue = readPage('/newsletters/59/');
  const reports = [...issue.querySelectorAll('main #activity-reports article.narrative')];
  const narrativeOf = (route: string) => text(readPage(route).querySelector('main .prose'));

  it('on the web page, are each report’s opening, linking to the activity’s page where it is whole', () => {
    expect(reports.length).toBeGreaterThan(10);
    const wrong = reports.filter((report) => {
      const activity = report.querySelector('h3 a')?.getAttribute('href') ?? '';
      const opening = text(report.querySelector('.prose'));
      return !report.id.startsWith('activity-') || !narrativeOf(activity).startsWith(opening) || !report.querySelector(`p a[href="${activity}"]`);
    });
    expect(wrong.map((report) => report.id)).toEqual([]);
    const shortened = reports.filter((report) => text(report.querySelector('.prose')).length < narrativeOf(report.querySelector('h3 a')!.getAttribute('href')!).length);
    expect(shortened.length).toBeGreaterThan(reports.length / 2);
  });

  it('in the print edition, are whole', () => {
    const printed = [...readPage('/newsletters/59/print/').querySelectorAll('#activity-reports article.narrative')];
    expect(printed.map((report) => report.id)).toEqual(reports.map((report) => report.id));
    const wrong = printed.filter((report) => text(report.querySelector('.prose')) !== narrativeOf(report.querySelector('h3 a')!.getAttribute('href')!));
    expect(wrong.map((report) => report.id)).toEqual([]);
  });
});
