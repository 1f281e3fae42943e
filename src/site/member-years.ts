import type { Activity } from '../schemas/index.ts';
import { listActivitiesAttendedBy, listActivitiesHostedBy } from '../model/activity-links.ts';
import { listMemberSurveyRecords, type MemberSurveyRecord } from '../model/member-surveys.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import { listPlannedItemsNaming } from '../model/work-plans.ts';
import { chooseShownYears, memoisePerData, type YearSplit } from './year-pages.ts';

type ActivityEntry = MarkdownEntry<Activity>;
type PlannedItem = ReturnType<typeof listPlannedItemsNaming>[number];

/**
 * What the publications record about a member in one fiscal year: the activities filed under
 * it that the member hosted or attended, the survey round of that year's workshops, and the
 * items of that year's work plan naming the member.
 */
export interface MemberYear {
  fy: string;
  hosted: ActivityEntry[];
  attended: ActivityEntry[];
  surveys: MemberSurveyRecord[];
  planned: PlannedItem[];
}

/** A member's records by fiscal year, newest first, and the years its page shows in full. */
export const splitMemberByYear = memoisePerData(function splitMemberByYear(data: SiteData, code: string): YearSplit<MemberYear> {
  const hosted = listActivitiesHostedBy(data, code);
  const attended = listActivitiesAttendedBy(data, code);
  const surveys = listMemberSurveyRecords(data, code).sort((a, b) => b.survey.round - a.survey.round);
  const planned = listPlannedItemsNaming(data, code);
  const fys = [...new Set([...hosted, ...attended].map((e) => e.group).concat(surveys.map((r) => r.survey.fy), planned.map((p) => p.plan.fy)))].sort().reverse();
  const years = fys.map((fy) => ({
    fy,
    hosted: hosted.filter((e) => e.group === fy),
    attended: attended.filter((e) => e.group === fy),
    surveys: surveys.filter((r) => r.survey.fy === fy),
    planned: planned.filter((p) => p.plan.fy === fy),
  }));
  return chooseShownYears(years, countMemberRows);
});

/** The rows a member's year takes: a list item per activity and planned item, a line per survey row and quoted example. */
function countMemberRows(year: MemberYear): number {
  const surveyRows = year.surveys.reduce((sum, r) => sum + 2 + r.examples.length + r.correlations.reduce((n, c) => n + 1 + c.rows.length, 0), 0);
  return year.hosted.length + year.attended.length + surveyRows + year.planned.length;
}

/** The activities a member took part in or hosted in a year: each once, for counts. */
export function countMemberActivities(year: MemberYear): number {
  return new Set([...year.hosted, ...year.attended]).size;
}
