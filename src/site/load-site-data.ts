import { getCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { CONTENT_FILES, type CollectionName } from '../content-files.ts';
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

/**
 * The list files' text (data/*.yaml), read at build time: Astro's store returns a list
 * file's entries sorted by id, but the order is the publisher's (topics print in that order).
 */
const LIST_FILES = import.meta.glob<string>('/data/*.yaml', { query: '?raw', import: 'default', eager: true });

async function readCollections(): Promise<SiteData> {
  const history = (await getCollection('history'))[0]?.data as History | undefined;
  return {
    activities: (await readMarkdown('activities')) as SiteData['activities'],
    reportChapters: (await readMarkdown('reportChapters')) as SiteData['reportChapters'],
    surveyChapters: (await readMarkdown('surveyChapters')) as SiteData['surveyChapters'],
    articles: (await readMarkdown('articles')) as SiteData['articles'],
    members: (await readList('members')) as SiteData['members'],
    people: (await readList('people')) as SiteData['people'],
    glossary: (await readList('glossary')) as SiteData['glossary'],
    funds: (await readList('funds')) as SiteData['funds'],
    topics: (await readList('topics')) as SiteData['topics'],
    history: history ?? { participation: [], reply_rates: [], inhouse_workshops: [] },
    surveys: (await readData('surveys')) as SiteData['surveys'],
    workPlans: (await readData('workPlans')) as SiteData['workPlans'],
    strategicPlans: (await readData('strategicPlans')) as SiteData['strategicPlans'],
    reports: (await readData('reports')) as SiteData['reports'],
    newsletters: (await readData('newsletters')) as SiteData['newsletters'],
  };
}

async function readMarkdown(collection: CollectionName): Promise<MarkdownEntry<unknown>[]> {
  const base = CONTENT_FILES[collection].base;
  const entries = (await getCollection(collection)) as { id: string; data: unknown; body?: string; filePath?: string }[];
  return entries
    .map((entry) => ({ id: entry.id, ...splitEntryId(entry.id), data: entry.data, body: entry.body ?? '', filePath: entry.filePath ?? `${base}/${entry.id}.md` }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function readData(collection: CollectionName): Promise<unknown[]> {
  return ((await getCollection(collection)) as { data: unknown }[]).map((entry) => entry.data);
}

/** A list file's entries in the order the file lists them. */
async function readList(collection: CollectionName): Promise<unknown[]> {
  const kind = CONTENT_FILES[collection];
  const entries = (await getCollection(collection)) as { id: string; data: unknown }[];
  const text = LIST_FILES[`/${kind.base}/${kind.pattern}`];
  if (!text || !('entryKey' in kind)) return entries.map((entry) => entry.data);
  const order = ((parseYaml(text) as Record<string, unknown>[] | null) ?? []).map((item) => String(item[kind.entryKey]));
  const position = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...entries].sort((a, b) => position(a.id) - position(b.id)).map((entry) => entry.data);
}
