import type { Activity } from '../schemas/index.ts';
import { ActivityKindSchema } from '../schemas/index.ts';
import { sortActivitiesByDate } from '../model/activity-links.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import { KIND_PLURALS, pillarTitle } from './labels.ts';
import { chooseShownYears, countItems, splitByFiscalYear, type YearPart, type YearSplit } from './year-pages.ts';

type ActivityEntry = MarkdownEntry<Activity>;

/** The ways the activities pages group activities. */
export type Grouping = 'fiscal-year' | 'pillar' | 'topic' | 'kind';

/** The groupings with an index page (`/activities/by-topic/`) and a page per group. */
export type GroupedBy = Exclude<Grouping, 'fiscal-year'>;

export const GROUPINGS: readonly GroupedBy[] = ['pillar', 'topic', 'kind'];

export const GROUPING_LABELS: Record<Grouping, string> = {
  'fiscal-year': 'By fiscal year',
  pillar: 'By pillar',
  topic: 'By topic',
  kind: 'By kind',
};

/** The column heading an index page gives its groups. */
export const GROUP_NOUNS: Record<GroupedBy, string> = { pillar: 'Pillar', topic: 'Topic', kind: 'Kind' };

/** A group of activities: one pillar, topic or kind, with its activities in date order. */
export interface ActivityGroup {
  grouping: GroupedBy;
  /** The group's part of its page's address: `1`, `ipr`, `national-workshop`, `no-topic`. */
  key: string;
  /** Its anchor on the grouping's index page: `topic-ipr`. */
  id: string;
  title: string;
  entries: ActivityEntry[];
}

/** The key of the group of activities that have no workshop topic. */
export const NO_TOPIC_KEY = 'no-topic';

const groupCache = new WeakMap<SiteData, Map<GroupedBy, ActivityGroup[]>>();

/** Activities grouped one way, in the order the groups print; empty groups are left out. */
export function listActivityGroups(data: SiteData, grouping: GroupedBy): ActivityGroup[] {
  let cached = groupCache.get(data);
  if (!cached) groupCache.set(data, (cached = new Map()));
  if (!cached.has(grouping)) {
    const groups = listGroups(data, grouping)
      .map((group) => ({ ...group, grouping, id: `${grouping}-${group.key}`, entries: sortActivitiesByDate(group.entries) }))
      .filter((group) => group.entries.length > 0);
    cached.set(grouping, groups);
  }
  return cached.get(grouping)!;
}

export function findActivityGroup(data: SiteData, grouping: GroupedBy, key: string): ActivityGroup | undefined {
  return listActivityGroups(data, grouping).find((group) => group.key === key);
}

function listGroups(data: SiteData, grouping: GroupedBy): { key: string; title: string; entries: ActivityEntry[] }[] {
  const all = data.activities;
  switch (grouping) {
    case 'pillar':
      return [1, 2, 3, 4].map((pillar) => ({ key: String(pillar), title: pillarTitle(data, pillar), entries: all.filter((e) => e.data.pillar === pillar) }));
    case 'topic':
      return [
        ...data.topics.map((topic) => ({ key: topic.id, title: topic.name, entries: all.filter((e) => e.data.topic === topic.id) })),
        { key: NO_TOPIC_KEY, title: 'Other activities (no workshop topic)', entries: all.filter((e) => !e.data.topic) },
      ];
    case 'kind':
      return ActivityKindSchema.options.map((kind) => ({ key: kind, title: KIND_PLURALS[kind], entries: all.filter((e) => e.data.kind === kind) }));
  }
}

/** Activities by the fiscal year they are filed under (their folder), newest year first, each in date order. */
export function splitActivitiesByYear(entries: readonly ActivityEntry[]): YearPart<ActivityEntry>[] {
  return splitByFiscalYear(sortActivitiesByDate(entries), (entry) => entry.group);
}

/** A group's activities by fiscal year, and the newest years its page shows (see year-pages.ts). */
export function splitGroupByYear(group: ActivityGroup): YearSplit<YearPart<ActivityEntry>> {
  if (!splitCache.has(group)) splitCache.set(group, chooseShownYears(splitByFiscalYear(group.entries, (entry) => entry.group), countItems));
  return splitCache.get(group)!;
}

const splitCache = new WeakMap<ActivityGroup, YearSplit<YearPart<ActivityEntry>>>();

/** The pages of one group's fiscal year: every year of each group too long for one page. */
export function listGroupYearPages(data: SiteData): { group: ActivityGroup; fy: string }[] {
  return GROUPINGS.flatMap((grouping) =>
    listActivityGroups(data, grouping).flatMap((group) => {
      const { years, split } = splitGroupByYear(group);
      return split ? years.map(({ fy }) => ({ group, fy })) : [];
    }),
  );
}
