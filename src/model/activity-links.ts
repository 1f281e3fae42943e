import type { Activity, AnnualReport, NewsletterIssue, SurveyRound } from '../schemas/index.ts';
import { computeDayRange, rangesOverlap } from './calendar.ts';
import type { MarkdownEntry, SiteData } from './site-data.ts';

type ActivityEntry = MarkdownEntry<Activity>;

/** Activities in date order, earliest first; ties keep title order so lists are stable. */
export function sortActivitiesByDate(entries: readonly ActivityEntry[]): ActivityEntry[] {
  // Each range computed once, not at each of the sort's n·log n comparisons (0.2 s of a 16x build).
  const ranged = entries.map((entry) => ({ entry, range: computeDayRange(entry.data.dates) }));
  ranged.sort((a, b) => a.range.from.localeCompare(b.range.from) || a.range.to.localeCompare(b.range.to) || a.entry.data.title.localeCompare(b.entry.data.title));
  return ranged.map(({ entry }) => entry);
}

/** The activity with a given id (`2018-19/slug`). */
export function findActivity(data: SiteData, id: string): ActivityEntry | undefined {
  return data.activities.find((entry) => entry.id === id);
}

/**
 * Activities a newsletter issue reports: those with at least one day in the quarter it covers.
 * Computed once per issue and data (an issue's pages, its cache key and its texts each ask;
 * at 16x that was 0.5 s of a cold build, --cpu-prof): the list is shared, so do not change it.
 */
export function listNewsletterActivities(data: SiteData, issue: NewsletterIssue): readonly ActivityEntry[] {
  let byIssue = newsletterActivities.get(data);
  if (!byIssue) newsletterActivities.set(data, (byIssue = new Map()));
  let activities = byIssue.get(issue);
  if (!activities) {
    activities = sortActivitiesByDate(data.activities.filter((entry) => rangesOverlap(computeDayRange(entry.data.dates), issue.covers)));
    byIssue.set(issue, activities);
  }
  return activities;
}

const newsletterActivities = new WeakMap<SiteData, Map<NewsletterIssue, ActivityEntry[]>>();

/** The publications an activity appears in. */
export interface ActivityPublications {
  /** The annual report of the activity's fiscal-year folder. */
  report?: AnnualReport;
  /** Newsletter issues whose quarter contains its dates. */
  newsletters: NewsletterIssue[];
  /** Survey rounds that surveyed it, with its 1-based position in the round's workshop list. */
  surveys: { survey: SurveyRound; position: number }[];
}

export function listActivityPublications(data: SiteData, entry: ActivityEntry): ActivityPublications {
  const range = computeDayRange(entry.data.dates);
  return {
    report: data.reports.find((report) => report.fy === entry.group),
    newsletters: data.newsletters.filter((issue) => rangesOverlap(range, issue.covers)),
    surveys: data.surveys.flatMap((survey) => {
      const index = survey.workshops.findIndex((w) => w.activity === entry.id);
      return index < 0 ? [] : [{ survey, position: index + 1 }];
    }),
  };
}

/** Activities a member hosted: held in its country, or hosted by its administration. */
export function listActivitiesHostedBy(data: SiteData, code: string): ActivityEntry[] {
  return sortActivitiesByDate(data.activities.filter((entry) => entry.data.venue?.country === code || entry.data.host === code));
}

/** Activities a member took part in or was the beneficiary of, other than as host. */
export function listActivitiesAttendedBy(data: SiteData, code: string): ActivityEntry[] {
  return sortActivitiesByDate(data.activities.filter((entry) => entry.data.members.includes(code) || entry.data.beneficiaries.includes(code)));
}

/** Activities a member of staff took part in, with their role. */
export function listActivitiesOfPerson(data: SiteData, personId: string): { entry: ActivityEntry; roles: string[] }[] {
  return sortActivitiesByDate(data.activities.filter((entry) => entry.data.staff.some((s) => s.person === personId))).map((entry) => ({
    entry,
    roles: entry.data.staff.filter((s) => s.person === personId).map((s) => s.role),
  }));
}

/** Activities that deliver a work-plan action: those of the plan's fiscal-year folder listing its code. */
export function listActivitiesDelivering(data: SiteData, fy: string, code: string): ActivityEntry[] {
  return sortActivitiesByDate(data.activities.filter((entry) => entry.group === fy && entry.data.delivers.includes(code)));
}
