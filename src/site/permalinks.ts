import { actionAnchor } from '../model/work-plans.ts';

/**
 * Every page's address, in one place. These are permanent: other sites and printed
 * documents link to them, so change a function here only with a redirect.
 */
export const permalinks = {
  home: () => '/',
  reports: () => '/reports/',
  report: (fy: string) => `/reports/${fy}/`,
  reportChapter: (fy: string, chapterSlug: string) => `/reports/${fy}/${chapterSlug}/`,
  reportPrint: (fy: string) => `/reports/${fy}/print/`,
  newsletters: () => '/newsletters/',
  newsletter: (number: number) => `/newsletters/${number}/`,
  article: (number: number, slug: string) => `/newsletters/${number}/${slug}/`,
  newsletterPrint: (number: number) => `/newsletters/${number}/print/`,
  newsletterFeed: () => '/newsletters/rss.xml',
  surveys: () => '/surveys/',
  survey: (round: number) => `/surveys/${round}/`,
  surveyChapter: (round: number, chapterSlug: string) => `/surveys/${round}/${chapterSlug}/`,
  surveyPrint: (round: number) => `/surveys/${round}/print/`,
  activities: () => '/activities/',
  /** The activities filed under one fiscal year: `/activities/2018-19/`. */
  activitiesOfYear: (fy: string) => `/activities/${fy}/`,
  activityGrouping: (grouping: 'pillar' | 'topic' | 'kind') => `/activities/by-${grouping}/`,
  /** One pillar, topic or kind: `/activities/by-topic/ipr/`, `/activities/by-pillar/1/`. */
  activityGroup: (grouping: 'pillar' | 'topic' | 'kind', key: string) => `/activities/by-${grouping}/${key}/`,
  /** A group's activities of one fiscal year, for groups too long for one page. */
  activityGroupYear: (grouping: 'pillar' | 'topic' | 'kind', key: string, fy: string) => `/activities/by-${grouping}/${key}/${fy}/`,
  activity: (slug: string) => `/activities/${slug}/`,
  workPlans: () => '/work-plans/',
  workPlan: (fy: string) => `/work-plans/${fy}/`,
  workPlanAction: (fy: string, code: string) => `/work-plans/${fy}/#${actionAnchor(code)}`,
  members: () => '/members/',
  member: (code: string) => `/members/${code.toLowerCase()}/`,
  /** A member's fiscal year, for members whose page is too long for every year. */
  memberYear: (code: string, fy: string) => `/members/${code.toLowerCase()}/${fy}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  /** A person's activities of one fiscal year, for people with too many for one page. */
  personYear: (id: string, fy: string) => `/people/${id}/${fy}/`,
  glossary: () => '/glossary/',
  search: () => '/search/',
} as const;

/** A chapter file's slug without its ordering prefix: `03-pillar-1` → `pillar-1`. */
export function chapterSlug(fileSlug: string): string {
  return fileSlug.replace(/^\d+-/, '');
}

/**
 * The id of a chapter's section in a print edition: `chapter-foreword`. A survey report's contents
 * page gives each chapter's entry the same id, so links made when the report was one page still land.
 */
export function chapterAnchor(slug: string): string {
  return `chapter-${chapterSlug(slug)}`;
}
