import { listActivitiesAttendedBy, listActivitiesHostedBy } from '../../model/activity-links.ts';
import { formatFiscalYear } from '../../model/calendar.ts';
import type { SiteData } from '../../model/site-data.ts';
import { listActivitiesOfFiscalYear } from '../../model/workshops.ts';
import { ActivityKindSchema } from '../../schemas/index.ts';
import { KIND_PLURALS, nameOfPlace } from '../../site/labels.ts';
import { field, type DatasetDefinition, type DatasetParams, type DatasetRow } from './dataset.ts';

/** Counts over activities: one fiscal year's by topic, kind and experts' home; a member's across years. */

export const ACTIVITIES_BY_TOPIC: DatasetDefinition = {
  pattern: 'activities/<fy>/by-topic',
  description: 'Activities of one fiscal year (fiscal year written `2018-19`) per topic, in the order of data/topics.yaml; topics without activities are left out.',
  fields: [
    field('topic', 'nominal', 'Topic', 'The topic’s heading as the annual report prints it.'),
    field('count', 'quantitative', 'Activities', 'Activities of the year on the topic.'),
  ],
  list: listFiscalYears,
  rows: (data, { fy }) => {
    const activities = activitiesOf(data, fy);
    return activities && data.topics.map((topic) => ({ topic: topic.name, count: activities.filter((e) => e.data.topic === topic.id).length })).filter((row) => row.count > 0);
  },
};

export const ACTIVITIES_BY_KIND: DatasetDefinition = {
  pattern: 'activities/<fy>/by-kind',
  description: 'Activities of one fiscal year per kind (regional workshop, national workshop, mission, …); kinds without activities are left out.',
  fields: [
    field('kind', 'nominal', 'Kind', 'The kind of activity, plural: `National workshops`.'),
    field('count', 'quantitative', 'Activities', 'Activities of the year of that kind.'),
  ],
  list: listFiscalYears,
  rows: (data, { fy }) => {
    const activities = activitiesOf(data, fy);
    return activities && ActivityKindSchema.options.map((kind) => ({ kind: KIND_PLURALS[kind], count: activities.filter((e) => e.data.kind === kind).length })).filter((row) => row.count > 0);
  },
};

export const EXPERTS_BY_HOME: DatasetDefinition = {
  pattern: 'experts/<fy>/by-home',
  description: 'Accredited experts mobilised in one fiscal year’s activities, per home administration, most experts first.',
  fields: [
    field('home', 'nominal', 'Home administration', 'Where the experts came from: a member’s name, or the country as written.'),
    field('experts', 'quantitative', 'Accredited experts', 'Experts mobilised from there, summed over the year’s activities.'),
    field('activities', 'quantitative', 'Activities', 'Activities they were mobilised to.'),
  ],
  list: listFiscalYears,
  rows: (data, { fy }) => {
    const activities = activitiesOf(data, fy);
    return activities && countExpertsByHome(data, activities);
  },
};

export const MEMBER_ACTIVITIES: DatasetDefinition = {
  pattern: 'members/<code>/activities',
  description: 'Per fiscal year: the activities a member administration (code such as `FJ`) hosted, took part in or benefited from, and how many of them it hosted.',
  fields: [
    field('fy', 'ordinal', 'Fiscal year', 'The fiscal year as the documents print it: `2018/19`.'),
    field('activities', 'quantitative', 'Activities', 'Activities the member hosted, took part in or benefited from.'),
    field('hosted', 'quantitative', 'Hosted', 'Of those, activities held in the member’s country or hosted by its administration.'),
  ],
  list: (data) => data.members.map((member) => ({ code: member.code })),
  rows: (data, { code }) => {
    if (!data.members.some((member) => member.code === code)) return undefined;
    const hosted = new Set(listActivitiesHostedBy(data, code!).map((e) => e.id));
    const all = new Set([...hosted, ...listActivitiesAttendedBy(data, code!).map((e) => e.id)]);
    return listFiscalYears(data).map(({ fy }) => {
      const ids = data.activities.filter((e) => e.group === fy && all.has(e.id)).map((e) => e.id);
      return { fy: formatFiscalYear(fy!), activities: ids.length, hosted: ids.filter((id) => hosted.has(id)).length };
    });
  },
};

/** Fiscal years that have an activities folder, oldest first. */
function listFiscalYears(data: SiteData): DatasetParams[] {
  return [...new Set(data.activities.map((e) => e.group))].sort().map((fy) => ({ fy }));
}

function activitiesOf(data: SiteData, fy: string | undefined) {
  if (fy === undefined || !data.activities.some((e) => e.group === fy)) return undefined;
  return listActivitiesOfFiscalYear(data, fy);
}

function countExpertsByHome(data: SiteData, activities: SiteData['activities']): DatasetRow[] {
  const homes = new Map<string, { experts: number; activities: Set<string> }>();
  for (const entry of activities) {
    for (const { from, count } of entry.data.experts) {
      const home = nameOfPlace(data, from);
      const tally = homes.get(home) ?? { experts: 0, activities: new Set<string>() };
      tally.experts += count;
      tally.activities.add(entry.id);
      homes.set(home, tally);
    }
  }
  return [...homes]
    .map(([home, tally]) => ({ home, experts: tally.experts, activities: tally.activities.size }))
    .sort((a, b) => b.experts - a.experts || a.home.localeCompare(b.home));
}
