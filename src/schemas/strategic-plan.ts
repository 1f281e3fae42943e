import { z } from 'zod';
import { FiscalYearSchema, PillarSchema } from './common.ts';

/** One specific action of the two-year strategic action plan. */
export const StrategicActionSchema = z.strictObject({
  pillar: PillarSchema,
  /** Number or letter as printed: `5` under pillar 1, `a` under the others. */
  code: z.string().regex(/^(\d{1,2}|[a-z])$/, 'Expected the number or letter the plan prints, e.g. 12 or b.'),
  text: z.string().min(1),
  /** "Relevant part of RSP" column: `1.1.1 - 1st milestone`. */
  rsp: z.string().min(1),
  kpi: z.string().min(1),
  target: z.string().min(1),
  /** "Timeframe in the RSP": `June 2020` or `On-going`. */
  timeframe: z.string().min(1),
});

/** The strategic action plan (`data/plans/strategic-plan-<from>-<to>.yaml`). */
export const StrategicPlanSchema = z.strictObject({
  title: z.string().min(1),
  /** First and last fiscal year covered: `2018-19` and `2019-20`. */
  from: FiscalYearSchema,
  to: FiscalYearSchema,
  vision: z.string().min(1),
  mission: z.string().min(1),
  /** Introductory paragraphs, in Markdown. */
  introduction: z.string().min(1),
  pillars: z.array(z.strictObject({ pillar: PillarSchema, title: z.string().min(1) })).length(4),
  /** Column heading of the RSP column per pillar, as printed (pillars 2-4 print "RSP 2016-2018"). */
  rsp_heading: z.partialRecord(z.enum(['1', '2', '3', '4']), z.string()).default({}),
  actions: z.array(StrategicActionSchema).min(1),
});

export type StrategicPlan = z.infer<typeof StrategicPlanSchema>;
