import type { Activity } from '../schemas/index.ts';
import { ActivityKindSchema } from '../schemas/index.ts';
import { formatFiscalYear } from '../model/calendar.ts';
import { sortActivitiesByDate } from '../model/activity-links.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import { KIND_PLURALS, pillarTitle } from './labels.ts';

/** A section of an activities listing: an anchor, a heading, and its activities in date order. */
export interface ActivityGroup {
  id: string;
  title: string;
  entries: MarkdownEntry<Activity>[];
}

/** The ways the activities pages group activities. */
export type Grouping = 'fiscal-year' | 'pillar' | 'topic' | 'kind';

export const GROUPING_LABELS: Record<Grouping, string> = {
  'fiscal-year': 'By fiscal year',
  pillar: 'By pillar',
  topic: 'By topic',
  kind: 'By kind',
};

/** Activities grouped one way; empty groups are left out. */
export function groupActivities(data: SiteData, grouping: Grouping): ActivityGroup[] {
  return listGroups(data, grouping)
    .map((group) => ({ ...group, entries: sortActivitiesByDate(group.entries) }))
    .filter((group) => group.entries.length > 0);
}

function listGroups(data: SiteData, grouping: Grouping): ActivityGroup[] {
  const all = data.activities;
  switch (grouping) {
    case 'fiscal-year':
      return [...new Set(all.map((e) => e.group))].sort().reverse().map((fy) => ({ id: `fy-${fy}`, title: `FY ${formatFiscalYear(fy)}`, entries: all.filter((e) => e.group === fy) }));
    case 'pillar':
      return [1, 2, 3, 4].map((pillar) => ({ id: `pillar-${pillar}`, title: pillarTitle(data, pillar), entries: all.filter((e) => e.data.pillar === pillar) }));
    case 'topic':
      return [
        ...data.topics.map((topic) => ({ id: `topic-${topic.id}`, title: topic.name, entries: all.filter((e) => e.data.topic === topic.id) })),
        { id: 'topic-none', title: 'Other activities (no workshop topic)', entries: all.filter((e) => !e.data.topic) },
      ];
    case 'kind':
      return ActivityKindSchema.options.map((kind) => ({ id: `kind-${kind}`, title: KIND_PLURALS[kind], entries: all.filter((e) => e.data.kind === kind) }));
  }
}
