import { pageCacheKey } from '../build-cache/page-cache-key.ts';
import type { SurveyRound } from '../schemas/index.ts';
import { listBodyFiles, listChapterTexts, listSurveyBodyFiles, listSurveyChapters, PRINT_VIEW, renderTexts, type ChapterEntry } from './chapters.ts';
import { chapterSlug } from './permalinks.ts';
import { loadSite, type Site } from './site.ts';

/** What a survey report's print edition shows: all its chapters, rendered once. */
export interface SurveyEdition {
  site: Site;
  survey: SurveyRound;
  chapters: ChapterEntry[];
  /** Each chapter text's HTML, by text key (see `textKey`). */
  html: Map<string, string>;
}

export async function loadSurveyEdition(round: string): Promise<SurveyEdition> {
  const site = await loadSite();
  const survey = findRound(site, round);
  const chapters = listSurveyChapters(site.data, survey.round);
  const html = await renderTexts(site.createMarkdown(), chapters.flatMap((chapter) => listChapterTexts(site.data, chapter, 'surveyChapters', 3, PRINT_VIEW)));
  return { site, survey, chapters, html };
}

/** One chapter's web page: the chapter, its neighbours for the pager, and its texts rendered. */
export interface SurveyChapterPage extends SurveyEdition {
  chapter: ChapterEntry;
  index: number;
}

export async function loadSurveyChapter(round: string, slug: string): Promise<SurveyChapterPage> {
  const site = await loadSite();
  const survey = findRound(site, round);
  const chapters = listSurveyChapters(site.data, survey.round);
  const index = chapters.findIndex((chapter) => chapterSlug(chapter.slug) === slug);
  const chapter = chapters[index]!;
  const html = await renderTexts(site.createMarkdown(), listChapterTexts(site.data, chapter, 'surveyChapters'));
  return { site, survey, chapters, html, chapter, index };
}

/** One contents page per survey round, `/surveys/2020/`, and one print edition. */
export async function listSurveyPaths() {
  const { data } = await loadSite();
  return data.surveys.map((survey) => ({ params: { round: String(survey.round) }, cacheKey: pageCacheKey(listSurveyBodyFiles(data, survey.round)) }));
}

/** One page per chapter of each survey report: `/surveys/2020/response-to-the-survey/`. */
export async function listSurveyChapterPaths() {
  const { data } = await loadSite();
  return data.surveys.flatMap((survey) =>
    listSurveyChapters(data, survey.round).map((chapter) => ({
      params: { round: String(survey.round), chapter: chapterSlug(chapter.slug) },
      // The texts loadSurveyChapter renders: a chapter's page shows no other chapter's text.
      cacheKey: pageCacheKey(listBodyFiles(listChapterTexts(data, chapter, 'surveyChapters'))),
    })),
  );
}

function findRound(site: Site, round: string): SurveyRound {
  return site.data.surveys.find((s) => String(s.round) === round)!;
}
