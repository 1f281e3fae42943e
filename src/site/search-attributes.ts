import { formatFiscalYear } from '../model/calendar.ts';
import type { SearchFacts } from './search-facts.ts';

/**
 * Turns a page's search facts into Pagefind's capture attributes, each on an element whose
 * text is the value. Values travel as text, not as `name:value` inside the attribute, so a
 * member named "Hong Kong, China" or a pillar title with a colon needs no escaping.
 */

/** The filters' names as the search page shows them (Pagefind's UI sorts them alphabetically). */
export const FILTER_NAMES = {
  type: 'Type',
  fiscalYear: 'Fiscal year',
  pillar: 'Pillar',
  topic: 'Topic',
  kind: 'Kind of activity',
  member: 'Member',
} as const;

/** Metadata a result carries but does not show (search-page.ts hides it). */
export const HIDDEN_META = ['keywords'] as const;

/**
 * How much a match in each metadata field counts against one in body text (1). Pagefind
 * weighs a title 5 by default; a member's names and an article's authors count almost as
 * much, so "Fiji" finds Fiji's page and "Nojima" her article before the pages that mention them.
 */
export const META_WEIGHTS = { title: 5, keywords: 4, author: 4 } as const;

export type PagefindAttribute = 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';

export interface SearchAttribute {
  attribute: PagefindAttribute;
  /** The filter, metadata or sort key. */
  name: string;
  value: string;
}

/** Every filter value, metadata field and sort key of a page titled `title`, in a stable order. */
export function listSearchAttributes(title: string, facts: SearchFacts): SearchAttribute[] {
  const filter = (name: string, values: readonly (string | undefined)[]) =>
    values.flatMap((value) => (value ? [{ attribute: 'data-pagefind-filter' as const, name, value }] : []));
  const meta = (name: string, value: string | undefined) => (value ? [{ attribute: 'data-pagefind-meta' as const, name, value }] : []);
  return [
    ...filter(FILTER_NAMES.type, [facts.type]),
    ...filter(FILTER_NAMES.fiscalYear, [facts.fiscalYear && formatFiscalYear(facts.fiscalYear)]),
    ...filter(FILTER_NAMES.pillar, [facts.pillar]),
    ...filter(FILTER_NAMES.topic, [facts.topic]),
    ...filter(FILTER_NAMES.kind, [facts.kind]),
    ...filter(FILTER_NAMES.member, facts.members ?? []),
    ...meta('title', title),
    ...meta('type', facts.type),
    ...meta('date', facts.date?.label),
    ...meta('author', facts.authors?.join(', ')),
    ...meta('keywords', facts.keywords?.join(', ')),
    ...(facts.date ? [{ attribute: 'data-pagefind-sort' as const, name: 'date', value: facts.date.day }] : []),
  ];
}
