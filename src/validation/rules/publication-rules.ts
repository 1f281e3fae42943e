import type { RuleContext } from '../rule-context.ts';

/** Publications hold together: annexes exist, and a chapter that lists one pillar's activities names its pillar. */
export function checkPublications(context: RuleContext): void {
  const { data } = context;
  for (const report of data.reports) {
    if (report.annexed_work_plan && !data.workPlans.some((p) => p.fy === report.annexed_work_plan) && !context.invalidIds.has(`workPlans:work-plan-${report.annexed_work_plan}`)) {
      context.report('MissingAnnex', { what: `the work plan ${report.annexed_work_plan}`, file: `data/plans/work-plan-${report.annexed_work_plan}.yaml` }, report, ['annexed_work_plan']);
    }
    if (report.annexed_survey && !data.surveys.some((s) => s.round === report.annexed_survey) && !context.invalidIds.has(`surveys:${report.annexed_survey}`)) {
      context.report('MissingAnnex', { what: `survey round ${report.annexed_survey}`, file: `data/surveys/${report.annexed_survey}.yaml` }, report, ['annexed_survey']);
    }
  }
  for (const chapter of data.reportChapters) {
    const index = chapter.data.blocks.indexOf('activities');
    if (index >= 0 && chapter.data.pillar === undefined) context.report('BlockNeedsPillar', { block: 'activities' }, chapter.data, ['blocks', index]);
  }
}
