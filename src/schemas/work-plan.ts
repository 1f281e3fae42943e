import { z } from 'zod';
import { ActionCodeSchema, FiscalYearSchema, PillarSchema } from './common.ts';

/** One planned item under an action, with the actions it refers to ("See also 1-(b), (c) and (x)"). */
export const PlannedItemSchema = z.strictObject({
  /** The item as printed, without its "(See also …)" note. */
  text: z.string().min(1),
  /** Actions the "See also" note names, each written in full: `1-(b)`. */
  see_also: z.array(ActionCodeSchema).default([]),
});

/** One specific action of an annual work plan, coded by pillar and letter: `1-(y)`. */
export const WorkPlanActionSchema = z.strictObject({
  code: ActionCodeSchema,
  /** The specific action as printed. */
  text: z.string().min(1),
  /** The RSP reference in brackets: `RSP 1.1.1 - 1st milestone`, or `ROCB A/P specific (not mentioned in the RSP)`. */
  rsp: z.string().min(1),
  planned: z.array(PlannedItemSchema).default([]),
  /** RSP key performance indicator. */
  kpi: z.string().min(1),
});

/** An annual work plan (`data/plans/work-plan-<fiscal-year>.yaml`). */
export const WorkPlanSchema = z.strictObject({
  fy: FiscalYearSchema,
  title: z.string().min(1),
  /** Pillar headings as this plan prints them. */
  pillars: z.array(z.strictObject({ pillar: PillarSchema, title: z.string().min(1) })).length(4),
  actions: z.array(WorkPlanActionSchema).min(1),
});

export type WorkPlan = z.infer<typeof WorkPlanSchema>;
export type WorkPlanAction = z.infer<typeof WorkPlanActionSchema>;
