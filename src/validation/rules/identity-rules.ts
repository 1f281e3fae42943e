import { GROUPINGS } from '../../site/activity-groups.ts';
import { permalinks } from '../../site/permalinks.ts';
import type { RuleContext } from '../rule-context.ts';

/**
 * Ids are unique and agree with file names: two members with one code, two activities with
 * one slug in different years, or `round: 2019` in data/surveys/2020.yaml would make links
 * and references ambiguous.
 */
export function checkIdentity(context: RuleContext): void {
  const { data } = context;
  uniqueBy(context, data.members, (m) => m.code, ['code']);
  uniqueBy(context, data.people, (p) => p.id, ['id']);
  uniqueBy(context, data.glossary, (g) => g.term, ['term']);
  uniqueBy(context, data.funds, (f) => f.id, ['id']);
  uniqueBy(context, data.topics, (t) => t.id, ['id']);
  uniqueBy(context, data.activities.map((a) => a.data), (a) => slugOf(context, a), []);
  for (const activity of data.activities) checkActivityAddress(context, activity.data);
  for (const plan of data.workPlans) uniqueBy(context, plan.actions, (a) => a.code, ['code'], plan, ['actions']);
  for (const survey of data.surveys) uniqueBy(context, survey.workshops, (w) => w.activity, ['activity'], survey, ['workshops']);
  for (const survey of data.surveys) matchFileName(context, survey, 'round', String(survey.round), (name) => name);
  for (const plan of data.workPlans) matchFileName(context, plan, 'fy', plan.fy, (name) => name.replace(/^work-plan-/, ''));
  for (const report of data.reports) matchFileName(context, report, 'fy', report.fy, (name) => name);
  for (const issue of data.newsletters) matchFileName(context, issue, 'number', String(issue.number), (name) => String(Number(name)));
}

/**
 * An activity's page is `/activities/<file name>/`, the address the browse pages of one fiscal
 * year (`/activities/2018-19/`) or one grouping (`/activities/by-topic/`) have: one of the two
 * pages would silently replace the other.
 */
function checkActivityAddress(context: RuleContext, activity: object): void {
  const slug = slugOf(context, activity);
  const address = permalinks.activity(slug);
  const browsePages = [...GROUPINGS.map((grouping) => permalinks.activityGrouping(grouping)), ...(/^\d{4}-\d{2}$/.test(slug) ? [permalinks.activitiesOfYear(slug)] : [])];
  if (browsePages.includes(address)) context.report('ActivityAddressTaken', { slug, address }, activity, []);
}

function slugOf(context: RuleContext, activity: object): string {
  return context.sources.fileOf(activity).replace(/^.*\//, '').replace(/\.md$/, '');
}

/**
 * Reports every entry whose key was already used. Entries of a list inside one file are
 * located through their parent (`parent`, `listPath`), since only whole files are registered.
 */
function uniqueBy<T extends object>(context: RuleContext, items: T[], key: (item: T) => string, keyPath: (string | number)[], parent?: object, listPath: (string | number)[] = []): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const value = key(item);
    const [entry, path] = parent ? [parent, [...listPath, i, ...keyPath]] : [item, keyPath];
    const seen = first.get(value);
    if (seen === undefined) return void first.set(value, i);
    const [firstEntry, firstPath] = parent ? [parent, [...listPath, seen, ...keyPath]] : [items[seen]!, keyPath];
    context.report('DuplicateId', { value, first: context.where(firstEntry, firstPath) }, entry, path);
  });
}

function matchFileName(context: RuleContext, entry: object, field: string, value: string, expectedFromName: (name: string) => string): void {
  const name = context.sources.fileOf(entry).replace(/^.*\//, '').replace(/\.yaml$/, '');
  const expected = expectedFromName(name);
  if (expected !== value) context.report('FileNameMismatch', { field, value, expected }, entry, [field]);
}
