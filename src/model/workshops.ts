import type { Activity, ActivityKind } from '../schemas/index.ts';
import type { MarkdownEntry, SiteData } from './site-data.ts';

/** The kinds the annual report counts as workshops, in the order it names them. */
export const WORKSHOP_KINDS: readonly ActivityKind[] = ['regional-workshop', 'sub-regional-workshop', 'accreditation-workshop', 'national-workshop'];

/** Counts of one fiscal year's workshops, as the executive summary states them. */
export interface WorkshopCounts {
  /** Regional and sub-regional workshops together ("13 regional and sub-regional workshops"). */
  regional: number;
  subRegional: number;
  regionalOnly: number;
  accreditation: number;
  national: number;
}

/**
 * The activities an annual report holds: those in the fiscal year's folder
 * (`content/activities/2018-19/`), which is how editors file them.
 */
export function listActivitiesOfFiscalYear(data: SiteData, fy: string): MarkdownEntry<Activity>[] {
  return data.activities.filter((entry) => entry.group === fy);
}

/** Counts the workshops of a fiscal year by kind. */
export function countWorkshops(data: SiteData, fy: string): WorkshopCounts {
  const kinds = listActivitiesOfFiscalYear(data, fy).map((entry) => entry.data.kind);
  const count = (kind: ActivityKind) => kinds.filter((k) => k === kind).length;
  const regionalOnly = count('regional-workshop');
  const subRegional = count('sub-regional-workshop');
  return {
    regional: regionalOnly + subRegional,
    regionalOnly,
    subRegional,
    accreditation: count('accreditation-workshop'),
    national: count('national-workshop'),
  };
}

/** Regional and sub-regional workshops: the ones participation figures and surveys cover. */
export function isRegionalWorkshop(kind: ActivityKind): boolean {
  return kind === 'regional-workshop' || kind === 'sub-regional-workshop';
}
