import { formatAverage } from './percent.ts';
import type { SiteData } from './site-data.ts';
import { isRegionalWorkshop, listActivitiesOfFiscalYear } from './workshops.ts';

/** Participation in one fiscal year's regional and sub-regional workshops. */
export interface Participation {
  fy: string;
  participants: number;
  workshops: number;
  /** Participants per workshop to one decimal, as printed (`29.9`). */
  average: string | undefined;
  /** Where the participants figure comes from. */
  source: string;
}

/**
 * Participation of a fiscal year. The number of workshops is counted from the year's
 * activities unless `data/history.yaml` gives it (years whose activities are not all in the
 * data). Participants come from history.yaml where stated (per-workshop counts are
 * incomplete), else from the sum over workshops when every one has a count.
 */
export function computeParticipation(data: SiteData, fy: string): Participation | undefined {
  const stated = data.history.participation.find((year) => year.fy === fy);
  const workshops = listActivitiesOfFiscalYear(data, fy).filter((entry) => isRegionalWorkshop(entry.data.kind));
  const workshopCount = stated?.workshops ?? workshops.length;
  const counts = workshops.map((entry) => entry.data.participants);
  const summed = workshops.length > 0 && counts.every((n) => n !== undefined) ? counts.reduce((a, n) => a! + n!, 0) : undefined;
  const participants = stated?.participants ?? summed;
  if (participants === undefined || workshopCount === 0) return undefined;
  return {
    fy,
    participants,
    workshops: workshopCount,
    average: formatAverage(participants, workshopCount),
    source: stated?.source ?? 'Sum of the participants of the fiscal year’s workshops',
  };
}

/** Participation for every fiscal year that has any, oldest first (the report's Diagram 1). */
export function listParticipationHistory(data: SiteData): Participation[] {
  const years = new Set([...data.history.participation.map((year) => year.fy), ...data.activities.map((entry) => entry.group)]);
  return [...years]
    .sort()
    .map((fy) => computeParticipation(data, fy))
    .filter((year): year is Participation => year !== undefined);
}
