import type { Activity, AnnualReport, Article, Chapter, Member, NewsletterIssue, Person, SurveyRound, WorkPlan } from '../schemas/index.ts';
import { computeDayRange, fiscalYearOfDay, formatActivityDates, formatMonth } from '../model/calendar.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import { KIND_LABELS, findMember, findPerson, formalName, pillarTitle } from './labels.ts';
import { findAbbreviationKeywords } from './search-keywords.ts';

/**
 * What the search page can filter a page by, and the metadata its result shows: one set of
 * facts per page, computed from the data. src/components/SearchFacets.astro turns them into
 * Pagefind's attributes; nothing else writes `data-pagefind-filter` or `data-pagefind-meta`.
 */

/** The kinds of page a reader can narrow a search to, as the filter names them. */
export const PUBLICATION_TYPES = {
  report: 'Annual report',
  newsletter: 'Newsletter',
  survey: 'Survey report',
  activity: 'Activity',
  workPlan: 'Work plan',
  member: 'Member',
  person: 'Person',
} as const;

export type PublicationType = (typeof PUBLICATION_TYPES)[keyof typeof PUBLICATION_TYPES];

export interface SearchFacts {
  type: PublicationType;
  /** `2018-19`: the fiscal year the page reports on. */
  fiscalYear?: string;
  /** The pillar's title, the same on every page: `Pillar 1: …`. */
  pillar?: string;
  /** The topic's name: `Customs Valuation`. */
  topic?: string;
  /** Kind of activity as pages label it: `Regional workshop`. */
  kind?: string;
  /** Names of the member administrations the page is about. */
  members?: string[];
  /** `day` (ISO) orders results; `label` is what the result shows. */
  date?: { day: string; label: string };
  /** Who wrote it (newsletter articles), as the byline names them: `Ms. Saori Nojima`. */
  authors?: string[];
  /** Hidden search words: abbreviations of what the title spells out, and the reverse. */
  keywords?: string[];
}

export function describeActivity(data: SiteData, entry: MarkdownEntry<Activity>): SearchFacts {
  const a = entry.data;
  const codes = [a.host, a.venue?.country, ...a.members, ...a.beneficiaries].filter((code): code is string => code !== undefined);
  return {
    type: PUBLICATION_TYPES.activity,
    fiscalYear: entry.group,
    pillar: pillarTitle(data, a.pillar),
    topic: data.topics.find((t) => t.id === a.topic)?.name,
    kind: KIND_LABELS[a.kind],
    members: nameMembers(data, codes),
    date: { day: computeDayRange(a.dates).from, label: formatActivityDates(a.dates) },
    keywords: findAbbreviationKeywords(data.glossary, [a.title, a.list_title].filter(Boolean).join(' ')),
  };
}

/** An annual report's home page, or one of its chapters (which may report one pillar). */
export function describeReport(data: SiteData, report: AnnualReport, chapter?: Chapter): SearchFacts {
  return {
    type: PUBLICATION_TYPES.report,
    fiscalYear: report.fy,
    pillar: chapter?.pillar === undefined ? undefined : pillarTitle(data, chapter.pillar),
    date: report.published ? { day: `${report.published}-01`, label: formatMonth(report.published) } : undefined,
    keywords: findAbbreviationKeywords(data.glossary, chapter?.title ?? report.title),
  };
}

/** A newsletter issue or one of its articles; the fiscal year is the quarter's it covers. */
export function describeNewsletter(data: SiteData, issue: NewsletterIssue, article?: MarkdownEntry<Article>): SearchFacts {
  return {
    type: PUBLICATION_TYPES.newsletter,
    fiscalYear: fiscalYearOfDay(issue.covers.from),
    date: { day: issue.published, label: formatMonth(issue.published.slice(0, 7)) },
    authors: article?.data.authors.map((id) => {
      const person = findPerson(data, id);
      return person ? formalName(person) : id;
    }),
    keywords: article ? findAbbreviationKeywords(data.glossary, article.data.title) : [],
  };
}

/** A good practice report's contents page, or one of its chapters; the fiscal year is its workshops'. */
export function describeSurvey(data: SiteData, survey: SurveyRound, chapter?: Chapter): SearchFacts {
  return {
    type: PUBLICATION_TYPES.survey,
    fiscalYear: survey.fy,
    date: { day: `${survey.published}-01`, label: formatMonth(survey.published) },
    keywords: findAbbreviationKeywords(data.glossary, chapter?.title ?? survey.title),
  };
}

export function describeWorkPlan(data: SiteData, plan: WorkPlan): SearchFacts {
  return { type: PUBLICATION_TYPES.workPlan, fiscalYear: plan.fy, keywords: findAbbreviationKeywords(data.glossary, plan.title) };
}

/**
 * Every name a member answers to is a keyword, its own name too: an activity "for Fiji" also
 * has Fiji in its title, and the member's page should still come first for "Fiji", as it
 * should for "FJ" and "FRCS".
 */
export function describeMember(data: SiteData, member: Member): SearchFacts {
  const names = [member.name, ...member.aliases, member.administration].filter((name): name is string => name !== undefined);
  return {
    type: PUBLICATION_TYPES.member,
    members: [member.name],
    keywords: [member.code, ...names, ...findAbbreviationKeywords(data.glossary, names.join(' '))],
  };
}

export function describePerson(data: SiteData, person: Person): SearchFacts {
  return {
    type: PUBLICATION_TYPES.person,
    members: nameMembers(data, person.home ? [person.home] : []),
    keywords: person.aliases,
  };
}

/** Member names for codes, once each, in order; places outside the membership are left out. */
function nameMembers(data: SiteData, codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((code) => findMember(data, code)?.name ?? []))];
}
