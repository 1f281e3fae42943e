import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES } from '../content-files.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import type { Activity, NewsletterIssue, SurveyRound, WorkPlan } from '../schemas/index.ts';
import { discoverFiles } from '../validation/discover-files.ts';
import { loadContent } from '../validation/load-content.ts';

/**
 * The shipped publications, read once as templates for the synthetic corpus: the checker's
 * own loader parses them (one reading of the schemas), and each file's text is kept so
 * copies keep their comments and layout.
 */
export interface ShippedCorpus {
  root: string;
  data: SiteData;
  /** Raw text of every file under content/ and data/, by path relative to the root. */
  texts: Map<string, string>;
  activities: ShippedActivity[];
  /** Fiscal year whose folder holds the most activities: the one full year of the shipped content. */
  fullestYear: { fy: string; activityCount: number };
}

export interface ShippedActivity {
  entry: MarkdownEntry<Activity>;
  file: string;
}

export function readShipped(root: string): ShippedCorpus {
  const { data } = loadContent(root);
  const texts = new Map(discoverFiles(root).map(({ file }) => [file, readFileSync(join(root, file), 'utf8')]));
  const activities = data.activities.map((entry) => ({ entry, file: `${CONTENT_FILES.activities.base}/${entry.id}.md` }));
  return { root, data, texts, activities, fullestYear: findFullestYear(data) };
}

function findFullestYear(data: SiteData): { fy: string; activityCount: number } {
  const counts = new Map<string, number>();
  for (const entry of data.activities) counts.set(entry.group, (counts.get(entry.group) ?? 0) + 1);
  const [fy, activityCount] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  return { fy, activityCount };
}

/** Survey rounds, fewest workshops first: a tiny corpus starts with the round it can hold. */
export function listSurveyTemplates(shipped: ShippedCorpus): SurveyRound[] {
  return [...shipped.data.surveys].sort((a, b) => a.workshops.length - b.workshops.length || a.round - b.round);
}

/** The work plan of the fullest year: the plan the shipped activities' `delivers` name. */
export function findWorkPlanTemplate(shipped: ShippedCorpus): WorkPlan {
  const plan = shipped.data.workPlans.find((p) => p.fy === shipped.fullestYear.fy) ?? shipped.data.workPlans[0];
  if (!plan) throw new Error('The shipped content has no work plan to copy.');
  return plan;
}

export function findNewsletterTemplate(shipped: ShippedCorpus): NewsletterIssue {
  const issue = [...shipped.data.newsletters].sort((a, b) => b.number - a.number)[0];
  if (!issue) throw new Error('The shipped content has no newsletter issue to copy.');
  return issue;
}

/** Text of every file under a folder of the shipped tree, by file name. */
export function listFolderTexts(shipped: ShippedCorpus, folder: string): { name: string; text: string }[] {
  const prefix = `${folder}/`;
  return [...shipped.texts]
    .filter(([file]) => file.startsWith(prefix) && !file.slice(prefix.length).includes('/'))
    .map(([file, text]) => ({ name: file.slice(prefix.length), text }));
}

export function readText(shipped: ShippedCorpus, file: string): string {
  const text = shipped.texts.get(file);
  if (text === undefined) throw new Error(`The shipped content has no ${file}.`);
  return text;
}
