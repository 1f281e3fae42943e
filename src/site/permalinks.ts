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
  surveyPrint: (round: number) => `/surveys/${round}/print/`,
  activities: () => '/activities/',
  activityGrouping: (grouping: 'pillar' | 'topic' | 'kind') => `/activities/by-${grouping}/`,
  activity: (slug: string) => `/activities/${slug}/`,
  workPlans: () => '/work-plans/',
  workPlan: (fy: string) => `/work-plans/${fy}/`,
  workPlanAction: (fy: string, code: string) => `/work-plans/${fy}/#${actionAnchor(code)}`,
  members: () => '/members/',
  member: (code: string) => `/members/${code.toLowerCase()}/`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  glossary: () => '/glossary/',
  search: () => '/search/',
} as const;

/** A chapter file's slug without its ordering prefix: `03-pillar-1` → `pillar-1`. */
export function chapterSlug(fileSlug: string): string {
  return fileSlug.replace(/^\d+-/, '');
}

/** The id of a chapter's section in a one-page publication (a survey report, a print edition): `chapter-foreword`. */
export function chapterAnchor(slug: string): string {
  return `chapter-${chapterSlug(slug)}`;
}
