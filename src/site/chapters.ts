import type { Activity, Chapter } from '../schemas/index.ts';
import { sortActivitiesByDate } from '../model/activity-links.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import type { PageMarkdown } from '../markdown/page-markdown.ts';
import { entryFile } from './entry-file.ts';

export type ChapterEntry = MarkdownEntry<Chapter>;
type ChapterCollection = 'reportChapters' | 'surveyChapters';

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
  strategicPlan: (title: string) => `strategic-plan:${title}`,
  article: (id: string) => `article:${id}`,
};

/**
 * The texts a chapter shows, in reading order: its prose, then what its blocks draw in
 * (narratives, the strategic plan's introduction, an annexed survey's chapters).
 */
export function listChapterTexts(data: SiteData, chapter: ChapterEntry, collection: ChapterCollection, headingTop = 2): PageText[] {
  const texts: PageText[] = [{ key: textKey.chapter(chapter), markdown: chapter.body, file: entryFile(collection, chapter), headingTop }];
  for (const block of chapter.data.blocks) texts.push(...listBlockTexts(data, chapter, block, headingTop));
  return texts;
}

function listBlockTexts(data: SiteData, chapter: ChapterEntry, block: Chapter['blocks'][number], headingTop: number): PageText[] {
  if (block === 'activities') {
    // A narrative sits under its own title, one level below the chapter's.
    return listPillarNarratives(data, chapter.group, chapter.data.pillar).map((entry) => ({
      key: textKey.activity(entry),
      markdown: entry.body,
      file: entryFile('activities', entry),
      headingTop: headingTop + 1,
    }));
  }
  if (block === 'strategic-plan') {
    const plan = findStrategicPlanFor(data, chapter.group);
    const file = `data/plans/strategic-plan-${plan?.from.slice(0, 4)}-${plan?.to.slice(5)}.yaml`;
    return plan ? [{ key: textKey.strategicPlan(plan.title), markdown: plan.introduction, file, headingTop: headingTop + 1 }] : [];
  }
  if (block === 'survey-report') {
    const round = data.reports.find((report) => report.fy === chapter.group)?.annexed_survey;
    if (round === undefined) return [];
    return listSurveyChapters(data, round).flatMap((c) => listChapterTexts(data, c, 'surveyChapters', headingTop + 1));
  }
  return [];
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
