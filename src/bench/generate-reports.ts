import { CONTENT_FILES } from '../content-files.ts';
import type { StrategicPlan, WorkPlan } from '../schemas/index.ts';
import { listFolderTexts, readText, type ShippedCorpus } from './read-shipped.ts';
import { formatFiscalYear, shiftDataText, shiftProse } from './shift-text.ts';

/**
 * One synthetic annual report: the shipped report's data and chapters moved to `fy`.
 * It annexes the next year's work plan and the previous year's survey round, as the
 * shipped one does; `annexedSurvey` says which round that is in the corpus.
 */
export function generateReport(shipped: ShippedCorpus, fy: string, annexedSurvey: number): Map<string, string> {
  const template = shipped.data.reports[0];
  if (!template) throw new Error('The shipped content has no annual report to copy.');
  const years = Number(fy.slice(0, 4)) - Number(template.fy.slice(0, 4));
  const files = new Map<string, string>();
  const yaml = shiftDataText(readText(shipped, `${CONTENT_FILES.reports.base}/${template.fy}.yaml`), years);
  files.set(`${CONTENT_FILES.reports.base}/${fy}.yaml`, yaml.replace(/^annexed_survey:.*$/m, `annexed_survey: ${annexedSurvey}`));
  for (const chapter of listFolderTexts(shipped, `${CONTENT_FILES.reportChapters.base}/${template.fy}`)) {
    files.set(`${CONTENT_FILES.reportChapters.base}/${fy}/${chapter.name}`, shiftProse(chapter.text, years));
  }
  return files;
}

/** The work plan of `fy`, copied from `template` (the plan the shipped activities deliver). */
export function generateWorkPlan(shipped: ShippedCorpus, template: WorkPlan, fy: string): [string, string] {
  const years = Number(fy.slice(0, 4)) - Number(template.fy.slice(0, 4));
  const text = readText(shipped, `${CONTENT_FILES.workPlans.base}/work-plan-${template.fy}.yaml`);
  return [`${CONTENT_FILES.workPlans.base}/work-plan-${fy}.yaml`, shiftDataText(text, years)];
}

/**
 * Strategic plans back to back from `firstYear`, each as long as the shipped one, until
 * `lastFy` is covered: every report's year has the plan in force.
 */
export function generateStrategicPlans(shipped: ShippedCorpus, firstYear: number, lastYear: number): Map<string, string> {
  const template = shipped.data.strategicPlans[0];
  const files = new Map<string, string>();
  if (!template) return files;
  const span = Number(template.to.slice(0, 4)) - Number(template.from.slice(0, 4)) + 1;
  const text = readText(shipped, strategicPlanFile(template));
  for (let start = firstYear; start <= lastYear; start += span) {
    const years = start - Number(template.from.slice(0, 4));
    const from = formatFiscalYear(start);
    const to = formatFiscalYear(start + span - 1);
    files.set(strategicPlanFile({ from, to }), shiftDataText(text, years));
  }
  return files;
}

/** `2018-19` to `2019-20` → `data/plans/strategic-plan-2018-20.yaml`, the shipped naming. */
function strategicPlanFile(plan: Pick<StrategicPlan, 'from' | 'to'>): string {
  return `${CONTENT_FILES.strategicPlans.base}/strategic-plan-${plan.from.slice(0, 4)}-${plan.to.slice(5)}.yaml`;
}
