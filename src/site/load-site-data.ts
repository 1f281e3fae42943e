import { getCollection } from 'astro:content';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import { splitEntryId } from '../model/site-data.ts';
import type { History } from '../schemas/index.ts';

/**
 * Reads every content collection into plain SiteData, once per build: every page awaits the
 * same promise, so the model's indexes and figures are computed a single time.
 */
let loading: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  loading ??= readCollections();
  return loading;
}

async function readCollections(): Promise<SiteData> {
  const [activities, reportChapters, surveyChapters, articles] = await Promise.all([
    readMarkdown('activities', 'content/activities'),
    readMarkdown('reportChapters', 'content/reports'),
    readMarkdown('surveyChapters', 'content/surveys'),
    readMarkdown('articles', 'content/newsletters'),
  ]);
  const history = (await getCollection('history'))[0]?.data as History | undefined;
  return {
    activities: activities as SiteData['activities'],
    reportChapters: reportChapters as SiteData['reportChapters'],
    surveyChapters: surveyChapters as SiteData['surveyChapters'],
    articles: articles as SiteData['articles'],
    members: (await readData('members')) as SiteData['members'],
    people: (await readData('people')) as SiteData['people'],
    glossary: (await readData('glossary')) as SiteData['glossary'],
    funds: (await readData('funds')) as SiteData['funds'],
    topics: (await readData('topics')) as SiteData['topics'],
    history: history ?? { participation: [], reply_rates: [], inhouse_workshops: [] },
    surveys: (await readData('surveys')) as SiteData['surveys'],
    workPlans: (await readData('workPlans')) as SiteData['workPlans'],
    strategicPlans: (await readData('strategicPlans')) as SiteData['strategicPlans'],
    reports: (await readData('reports')) as SiteData['reports'],
    newsletters: (await readData('newsletters')) as SiteData['newsletters'],
  };
}

type CollectionName = Parameters<typeof getCollection>[0];

async function readMarkdown(collection: CollectionName, base: string): Promise<MarkdownEntry<unknown>[]> {
  const entries = (await getCollection(collection)) as { id: string; data: unknown; body?: string; filePath?: string }[];
  return entries
    .map((entry) => ({ id: entry.id, ...splitEntryId(entry.id), data: entry.data, body: entry.body ?? '', filePath: entry.filePath ?? `${base}/${entry.id}.md` }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function readData(collection: CollectionName): Promise<unknown[]> {
  return ((await getCollection(collection)) as { data: unknown }[]).map((entry) => entry.data);
}
