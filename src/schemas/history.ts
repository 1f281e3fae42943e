import { z } from 'zod';
import { CountSchema, FiscalYearSchema, MemberCodeSchema } from './common.ts';

/** Where a figure comes from: the publication and the place in it. */
const SourceSchema = z.string().min(1);

/**
 * Participation in regional and sub-regional workshops per fiscal year
 * (`data/history/participation.yaml`). Totals are data where per-workshop counts are
 * incomplete; `stated_*` figures are kept only to be checked.
 */
export const ParticipationYearSchema = z.strictObject({
  fy: FiscalYearSchema,
  /** Regional and sub-regional workshops, for years whose activities are not all in the data. */
  workshops: CountSchema.optional(),
  /** Total participants as stated. */
  participants: CountSchema,
  /** Average per workshop as the source prints it, to be checked against participants / workshops. */
  stated_average: z.number().nonnegative().optional(),
  source: SourceSchema,
});

/** Reply rate of a survey round without its own data file, as a later report states it. */
export const ReplyRateSchema = z.strictObject({
  round: z.number().int().min(2000),
  percent: z.number().min(0).max(100),
  source: SourceSchema,
});

/** In-house cascading workshops organised after the workshops of one fiscal year (Table 3 of Survey 2018). */
export const InhouseWorkshopsSchema = z.strictObject({
  fy: FiscalYearSchema,
  workshops: CountSchema,
  members: z.array(MemberCodeSchema),
  /** The member count printed in brackets, to be checked. */
  stated_member_count: CountSchema.optional(),
  source: SourceSchema,
});

/** Multi-year figures that no single survey or report file holds (`data/history.yaml`). */
export const HistorySchema = z.strictObject({
  participation: z.array(ParticipationYearSchema).default([]),
  reply_rates: z.array(ReplyRateSchema).default([]),
  inhouse_workshops: z.array(InhouseWorkshopsSchema).default([]),
});

export type History = z.infer<typeof HistorySchema>;
