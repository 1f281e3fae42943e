import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kindOf } from '../validation/discover-files.ts';
import { planCorpus, type CorpusPlan } from './corpus-plan.ts';
import { generateActivities } from './generate-activities.ts';
import { generateHistory } from './generate-history.ts';
import { countMonthsCovered, generateNewsletters } from './generate-newsletters.ts';
import { generateReport, generateStrategicPlans, generateWorkPlan } from './generate-reports.ts';
import { generateSurvey } from './generate-surveys.ts';
import { findNewsletterTemplate, findWorkPlanTemplate, listSurveyTemplates, readShipped, type ShippedCorpus } from './read-shipped.ts';
import { formatFiscalYear } from './shift-text.ts';

/** What a generated corpus holds, for the benchmark's table and the generator's test. */
export interface CorpusSummary {
  plan: CorpusPlan;
  fiscalYears: string[];
  activities: number;
  issues: number;
  rounds: number;
  reports: number;
  files: number;
}

/** Collections that are copied per fiscal year; every other shipped file is copied as it is. */
const GENERATED = new Set(['activities', 'reportChapters', 'surveyChapters', 'articles', 'history', 'surveys', 'workPlans', 'strategicPlans', 'reports', 'newsletters']);

/**
 * Writes a corpus of `scale` × the shipped content under `target` (content/ and data/),
 * derived from the shipped files of `sourceRoot`: synthetic fiscal year i is the shipped
 * report's year moved on by i years (see corpus-plan.ts for the counts).
 */
export function generateCorpus(sourceRoot: string, target: string, scale: number): CorpusSummary {
  const shipped = readShipped(sourceRoot);
  const plan = planCorpus(countShipped(shipped), scale);
  const files = buildCorpusFiles(shipped, plan);
  for (const [file, text] of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    writeFileSync(join(target, file), text);
  }
  return summarise(plan, files);
}

export function countShipped(shipped: ShippedCorpus) {
  return { activities: shipped.activities.length, fullestYearActivities: shipped.fullestYear.activityCount, monthsPerIssue: countMonthsCovered(findNewsletterTemplate(shipped)) };
}

function buildCorpusFiles(shipped: ShippedCorpus, plan: CorpusPlan): Map<string, string> {
  const files = new Map<string, string>();
  const add = (more: Iterable<[string, string]>) => { for (const [file, text] of more) files.set(file, text); };
  for (const [file, text] of shipped.texts) if (!GENERATED.has(kindOf(file)?.collection ?? '')) files.set(file, text);
  const firstYear = Number((shipped.data.reports[0]?.fy ?? shipped.fullestYear.fy).slice(0, 4));
  const years = plan.activitiesPerYear.map((_, i) => formatFiscalYear(firstYear + i));
  const rounds = years.map((fy) => Number(fy.slice(0, 4)) + 1);
  const workPlan = findWorkPlanTemplate(shipped);
  const surveyTemplates = listSurveyTemplates(shipped);
  const usedSlugs = new Set<string>();
  // One more work plan than years: the last report annexes the next year's plan.
  for (const fy of [...years, formatFiscalYear(firstYear + years.length)]) add([generateWorkPlan(shipped, workPlan, fy)]);
  add(generateStrategicPlans(shipped, firstYear, firstYear + years.length));
  years.forEach((fy, i) => {
    const survey = surveyTemplates[i % surveyTemplates.length]!;
    const codes = new Set(workPlan.actions.map((a) => a.code));
    const activities = generateActivities(shipped, { fy, count: plan.activitiesPerYear[i]!, survey, actionCodes: codes }, usedSlugs);
    add(activities.files);
    add(generateSurvey(shipped, survey, rounds[i]!, activities.idMap));
    // The shipped report annexes the round of the year before; the first year has none before it.
    add(generateReport(shipped, fy, rounds[Math.max(0, i - 1)]!));
    add(generateNewsletters(shipped, findNewsletterTemplate(shipped), fy));
  });
  add([generateHistory(shipped, years, new Set(rounds))]);
  return files;
}

function summarise(plan: CorpusPlan, files: Map<string, string>): CorpusSummary {
  const count = (collection: string) => [...files.keys()].filter((file) => kindOf(file)?.collection === collection).length;
  const fiscalYears = [...new Set([...files.keys()].filter((f) => kindOf(f)?.collection === 'reports').map((f) => f.replace(/^.*\/|\.yaml$/g, '')))].sort();
  return { plan, fiscalYears, activities: count('activities'), issues: count('newsletters'), rounds: count('surveys'), reports: count('reports'), files: files.size };
}
