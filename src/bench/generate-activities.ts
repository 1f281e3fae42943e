import { parse as parseYaml } from 'yaml';
import { CONTENT_FILES } from '../content-files.ts';
import type { SurveyRound } from '../schemas/index.ts';
import type { ShippedActivity, ShippedCorpus } from './read-shipped.ts';
import { readText } from './read-shipped.ts';
import { shiftProse, shiftSlug } from './shift-text.ts';

/** One synthetic fiscal year's activities, and where each template activity went. */
export interface YearActivities {
  files: Map<string, string>;
  /** Template activity id (`2017-18/slug`) → the copy's id in this year. */
  idMap: Map<string, string>;
}

export interface ActivityYearSpec {
  fy: string;
  count: number;
  /** The round whose surveyed workshops must be among this year's activities. */
  survey: SurveyRound;
  /** Action codes of this year's work plan: `delivers` keeps only these. */
  actionCodes: ReadonlySet<string>;
}

/**
 * Copies `count` shipped activities into fiscal year `fy`, each moved by whole years so its
 * month and day stay as written (an October 2017 workshop becomes an October workshop of
 * the new year). `usedSlugs` spans the whole corpus: slugs are unique across years.
 */
export function generateActivities(shipped: ShippedCorpus, spec: ActivityYearSpec, usedSlugs: Set<string>): YearActivities {
  const chosen = orderTemplates(shipped, spec.survey).slice(0, spec.count);
  const missing = spec.survey.workshops.filter((w) => !chosen.some((a) => a.entry.id === w.activity));
  if (missing.length > 0) throw new Error(`A year of ${spec.count} activities cannot hold survey round ${spec.survey.round}'s ${spec.survey.workshops.length} workshops; use a larger scale.`);
  const files = new Map<string, string>();
  const idMap = new Map<string, string>();
  for (const activity of chosen) {
    const years = Number(spec.fy.slice(0, 4)) - Number(activity.entry.group.slice(0, 4));
    const slug = claimSlug(usedSlugs, shiftSlug(activity.entry.slug, years, spec.fy));
    const text = keepKnownActions(shiftProse(readText(shipped, activity.file), years), spec.actionCodes);
    files.set(`${CONTENT_FILES.activities.base}/${spec.fy}/${slug}.md`, text);
    idMap.set(activity.entry.id, `${spec.fy}/${slug}`);
  }
  return { files, idMap };
}

/**
 * Template order: the year's surveyed workshops first (the round must find them), then the
 * fullest year's activities, then the rest, each group in the shipped order.
 */
function orderTemplates(shipped: ShippedCorpus, survey: SurveyRound): ShippedActivity[] {
  const surveyed = new Set(survey.workshops.map((w) => w.activity));
  const rank = (a: ShippedActivity) => (surveyed.has(a.entry.id) ? 0 : a.entry.group === shipped.fullestYear.fy ? 1 : 2);
  return [...shipped.activities].sort((a, b) => rank(a) - rank(b));
}

function claimSlug(used: Set<string>, wanted: string): string {
  let slug = wanted;
  for (let n = 2; used.has(slug); n += 1) slug = `${wanted}-${n}`;
  used.add(slug);
  return slug;
}

/**
 * An activity copied from another fiscal year may name actions its new year's plan lacks;
 * those references are dropped rather than invented, so `delivers` always resolves.
 */
function keepKnownActions(text: string, codes: ReadonlySet<string>): string {
  return text.replace(/^delivers:(.*)$/m, (line: string, value: string) => {
    const delivers = parseYaml(value) as string[];
    const kept = delivers.filter((code) => codes.has(code));
    return kept.length === delivers.length ? line : `delivers: ${JSON.stringify(kept)}`;
  });
}
