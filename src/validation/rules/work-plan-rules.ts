import type { WorkPlan } from '../../schemas/index.ts';
import type { RuleContext } from '../rule-context.ts';
import { suggestClosest } from '../suggest.ts';

/**
 * Work-plan codes resolve: an activity's `delivers` names actions of the work plan of its
 * fiscal year (an editor's mistake: error); a planned item's "See also" names actions of its
 * own plan (printed in the source, so a wrong one is the document's error: warning).
 */
export function checkWorkPlanReferences(context: RuleContext): void {
  const plans = new Map(context.data.workPlans.map((plan) => [plan.fy, plan]));
  for (const activity of context.data.activities) {
    if (activity.data.delivers.length === 0) continue;
    const plan = plans.get(activity.group);
    if (!plan) {
      if (context.isInvalid('workPlans', `work-plan-${activity.group}`)) continue;
      context.report('MissingWorkPlan', { fy: activity.group }, activity.data, ['delivers']);
      continue;
    }
    const codes = actionCodes(plan);
    activity.data.delivers.forEach((code, i) => {
      if (!codes.has(code)) context.report('UnknownWorkPlanAction', { value: code, fy: plan.fy, suggestion: suggestClosest(code, codes) }, activity.data, ['delivers', i]);
    });
  }
  for (const plan of context.data.workPlans) checkSeeAlso(context, plan);
}

function checkSeeAlso(context: RuleContext, plan: WorkPlan): void {
  const codes = actionCodes(plan);
  plan.actions.forEach((action, a) =>
    action.planned.forEach((item, p) =>
      item.see_also.forEach((code, s) => {
        const path = ['actions', a, 'planned', p, 'see_also', s];
        if (code === action.code) context.report('SeeAlsoSelf', { value: code }, plan, path);
        else if (!codes.has(code)) context.report('SeeAlsoUnknownAction', { value: code, fy: plan.fy, suggestion: suggestClosest(code, codes) }, plan, path);
      }),
    ),
  );
}

function actionCodes(plan: WorkPlan): Set<string> {
  return new Set(plan.actions.map((a) => a.code));
}
