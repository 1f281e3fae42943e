import type { SurveyRound } from '../schemas/index.ts';
import { listChapterTexts, listSurveyChapters, renderTexts, type ChapterEntry } from './chapters.ts';
import { loadSite, type Site } from './site.ts';

/** What a survey report's web page and its print edition both show: its chapters, rendered once. */
export interface SurveyEdition {
  site: Site;
  survey: SurveyRound;
  chapters: ChapterEntry[];
  /** Each chapter text's HTML, by text key (see `textKey`). */
  html: Map<string, string>;
}

export async function loadSurveyEdition(round: string): Promise<SurveyEdition> {
  const site = await loadSite();
  const survey = site.data.surveys.find((s) => String(s.round) === round)!;
  const chapters = listSurveyChapters(site.data, survey.round);
  const html = await renderTexts(site.createMarkdown(), chapters.flatMap((chapter) => listChapterTexts(site.data, chapter, 'surveyChapters', 3)));
  return { site, survey, chapters, html };
}

/** One page per survey round: `/surveys/2020/` and its print edition. */
export async function listSurveyPaths() {
  const { data } = await loadSite();
  return data.surveys.map((survey) => ({ params: { round: String(survey.round) } }));
}
