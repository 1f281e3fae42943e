import type { Activity, Chapter } from '../schemas/index.ts';
import { sortActivitiesByDate } from '../model/activity-links.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import type { PageMarkdown } from '../markdown/page-markdown.ts';
import { extractOpening } from '../markdown/narrative-opening.ts';
import { entryFile } from './entry-file.ts';

export type ChapterEntry = MarkdownEntry<Chapter>;
type ChapterCollection = 'reportChapters' | 'surveyChapters';

/** A publication's web pages, or its print edition (the source of its PDF). */
export type Edition = 'web' | 'print';

/** A narrative told in full, or only its opening sentences with a link to its activity's page. */
export type NarrativeForm = 'full' | 'opening';

/**
 * How a page shows a chapter. A print edition carries the whole publication in one document;
 * a web page links to what has pages of its own instead of repeating it: an annexed survey
 * report (its chapters' pages) and, when they would not fit the page, the narratives (each
 * activity's page).
 */
export interface ChapterView {
  edition: Edition;
  narratives: NarrativeForm;
}

export const PRINT_VIEW: ChapterView = { edition: 'print', narratives: 'full' };
export const WEB_VIEW: ChapterView = { edition: 'web', narratives: 'full' };

/** An annual report's chapters in order. */
export function listReportChapters(data: SiteData, fy: string): ChapterEntry[] {
  return data.reportChapters.filter((entry) => entry.group === fy).sort((a, b) => a.data.order - b.data.order);
}

/** A survey report's chapters in order. */
export function listSurveyChapters(data: SiteData, round: number): ChapterEntry[] {
  return data.surveyChapters.filter((entry) => entry.group === String(round)).sort((a, b) => a.data.order - b.data.order);
}

/** Chapters grouped under their part, in order, for tables of contents. */
export function groupChaptersByPart(chapters: readonly ChapterEntry[]): { part: string | undefined; chapters: ChapterEntry[] }[] {
  const groups: { part: string | undefined; chapters: ChapterEntry[] }[] = [];
  for (const chapter of chapters) {
    const last = groups.at(-1);
    if (last && last.part === chapter.data.part) last.chapters.push(chapter);
    else groups.push({ part: chapter.data.part, chapters: [chapter] });
  }
  return groups;
}

/** The narratives an `activities` block shows: the fiscal year's activities of one pillar that have one. */
export function listPillarNarratives(data: SiteData, fy: string, pillar: number | undefined): MarkdownEntry<Activity>[] {
  return sortActivitiesByDate(data.activities.filter((entry) => entry.group === fy && entry.data.pillar === pillar && entry.body.trim() !== ''));
}

/** A Markdown text a page shows, keyed so components can find its HTML. */
export interface PageText {
  key: string;
  markdown: string;
  file: string;
  /** The level the text's highest heading takes (see src/markdown/shift-headings.ts). */
  headingTop: number;
}

export const textKey = {
  chapter: (entry: ChapterEntry) => `chapter:${entry.id}`,
  activity: (entry: MarkdownEntry<Activity>) => `activity:${entry.id}`,
  activityOpening: (entry: MarkdownEntry<Activity>) => `activity-opening:${entry.id}`,
  strategicPlan: (title: string) => `strategic-plan:${title}`,
  article: (id: string) => `article:${id}`,
};

/**
 * The texts a chapter shows, in reading order: its prose, then what its blocks draw in
 * (narratives, the strategic plan's introduction, in print an annexed survey's chapters).
 */
export function listChapterTexts(data: SiteData, chapter: ChapterEntry, collection: ChapterCollection, headingTop = 2, view = WEB_VIEW): PageText[] {
  const texts: PageText[] = [{ key: textKey.chapter(chapter), markdown: chapter.body, file: entryFile(collection, chapter), headingTop }];
  for (const block of chapter.data.blocks) texts.push(...listBlockTexts(data, chapter, block, headingTop, view));
  return texts;
}

/**
 * The texts of narratives, in the form the page shows them. A narrative sits under its own
 * title, so its headings start one level below `titleLevel`.
 */
export function listNarrativeTexts(entries: readonly MarkdownEntry<Activity>[], form: NarrativeForm, titleLevel: number): PageText[] {
  return entries.map((entry) => ({
    key: form === 'full' ? textKey.activity(entry) : textKey.activityOpening(entry),
    markdown: form === 'full' ? entry.body : extractOpening(entry.body),
    file: entryFile('activities', entry),
    headingTop: titleLevel + 1,
  }));
}

function listBlockTexts(data: SiteData, chapter: ChapterEntry, block: Chapter['blocks'][number], headingTop: number, view: ChapterView): PageText[] {
  if (block === 'activities') return listNarrativeTexts(listPillarNarratives(data, chapter.group, chapter.data.pillar), view.narratives, headingTop);
  if (block === 'strategic-plan') {
    const plan = findStrategicPlanFor(data, chapter.group);
    const file = `data/plans/strategic-plan-${plan?.from.slice(0, 4)}-${plan?.to.slice(5)}.yaml`;
    return plan ? [{ key: textKey.strategicPlan(plan.title), markdown: plan.introduction, file, headingTop: headingTop + 1 }] : [];
  }
  if (block === 'survey-report') {
    // On the web the annex links to the survey report's own pages (SurveyReport.astro).
    const round = data.reports.find((report) => report.fy === chapter.group)?.annexed_survey;
    if (round === undefined || view.edition === 'web') return [];
    return listSurveyChapters(data, round).flatMap((c) => listChapterTexts(data, c, 'surveyChapters', headingTop + 1, view));
  }
  return [];
}

/**
 * The Markdown files whose bodies a report's pages show: its chapters, the narratives their
 * blocks draw in, in print its annexed survey's chapters. Its pages' cacheKey names them
 * (src/build-cache/page-cache-key.ts); YAML the texts come from is in every key already.
 */
export function listReportBodyFiles(data: SiteData, fy: string): string[] {
  return listBodyFiles(listReportChapters(data, fy).flatMap((chapter) => listChapterTexts(data, chapter, 'reportChapters', 2, PRINT_VIEW)));
}

/** The Markdown files whose bodies a survey report's contents page and print edition show: its chapters and what their blocks draw in. */
export function listSurveyBodyFiles(data: SiteData, round: number): string[] {
  return listBodyFiles(listSurveyChapters(data, round).flatMap((chapter) => listChapterTexts(data, chapter, 'surveyChapters', 2, PRINT_VIEW)));
}

/** The Markdown files of some texts, each once (a strategic plan's introduction comes from YAML, in every key already). */
export function listBodyFiles(texts: readonly Pick<PageText, 'file'>[]): string[] {
  return [...new Set(texts.map((text) => text.file).filter((file) => file.endsWith('.md')))];
}

/**
 * Every Markdown text the site's pages show, each once, as the pages list them: a build's
 * check thread renders them ahead into the build cache (src/markdown/render-ahead.ts) while
 * Astro starts, so the pages find them rendered. Headings' levels are left to each page.
 */
export function listSiteTexts(data: SiteData): Pick<PageText, 'markdown' | 'file'>[] {
  // In the order a build's pages come to them (Astro renders routes in path order: activities,
  // newsletters, reports, surveys); the check thread takes them from both ends
  // (src/validation/check-worker.ts). Print views draw in everything a web view shows (and
  // annexed surveys, plans' introductions); narratives' openings are on reports' and issues' web pages.
  const texts: PageText[] = listActivityPageTexts(data);
  for (const entry of data.articles) texts.push({ key: textKey.article(entry.id), markdown: entry.body, file: entryFile('articles', entry), headingTop: 2 });
  texts.push(...listNarrativeTexts(listNarratedActivities(data), 'opening', 2));
  for (const chapter of data.reportChapters) texts.push(...listChapterTexts(data, chapter, 'reportChapters', 2, PRINT_VIEW));
  for (const chapter of data.surveyChapters) texts.push(...listChapterTexts(data, chapter, 'surveyChapters', 2, PRINT_VIEW));
  const seen = new Set<string>();
  return texts.filter((text) => !seen.has(`${text.file}\0${text.markdown}`) && seen.add(`${text.file}\0${text.markdown}`));
}

/** The texts of the activities' own pages, their narratives: the first pages a build renders that show a text. */
export function listActivityPageTexts(data: SiteData): PageText[] {
  return listNarrativeTexts(listNarratedActivities(data), 'full', 2);
}

/** The activities that have a narrative to show. */
function listNarratedActivities(data: SiteData): MarkdownEntry<Activity>[] {
  return data.activities.filter((entry) => entry.body.trim() !== '');
}

/** The strategic plan whose years include a fiscal year. */
export function findStrategicPlanFor(data: SiteData, fy: string) {
  return data.strategicPlans.find((plan) => plan.from <= fy && fy <= plan.to) ?? data.strategicPlans[0];
}

/** Renders a page's texts in reading order, so abbreviations are explained at their first use. */
export async function renderTexts(markdown: PageMarkdown, texts: readonly PageText[]): Promise<Map<string, string>> {
  const html = new Map<string, string>();
  for (const text of texts) {
    if (!html.has(text.key)) html.set(text.key, (await markdown.render(text.markdown, text.file, { headingTop: text.headingTop })).html);
  }
  return html;
}
