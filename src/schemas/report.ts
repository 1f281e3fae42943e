import { z } from 'zod';
import { FiscalYearSchema, IsoMonthSchema, PillarSchema, SlugSchema } from './common.ts';

/**
 * Generated sections a chapter can carry after its prose, drawn from the data:
 * e.g. `activities` lists the narratives of the chapter's pillar.
 */
export const ChapterBlockSchema = z.enum([
  'workshop-lists',
  'expert-mobilisation',
  'partner-activities',
  'participation',
  'activities',
  'staff',
  'contacts',
  'strategic-plan',
  'work-plan',
  'survey-report',
  'members',
  'glossary',
  'survey-replies',
  'survey-actions',
  'survey-inhouse-history',
  'survey-direct-effects',
  'survey-direct-effects-correlation',
  'survey-efficiency',
  'survey-new-projects',
  'survey-new-projects-correlation',
  'survey-examples-other_actions',
  'survey-examples-operational_improvement',
  'survey-examples-strategic_empowerment',
  'survey-examples-direct_effects',
  'survey-examples-efficiency',
  'survey-examples-new_projects',
  'survey-history',
]);

/**
 * Front matter of a chapter of an annual report (`content/reports/<fiscal-year>/<nn>-<slug>.md`)
 * or of a survey report (`content/surveys/<round>/<nn>-<slug>.md`).
 */
export const ChapterSchema = z.strictObject({
  title: z.string().min(1),
  /** Position in the publication: 1 first. */
  order: z.number().int().positive(),
  /** Part the chapter belongs to, for the table of contents: `Annex`. */
  part: z.string().min(1).optional(),
  /** Pillar, for chapters that report one pillar's activities. */
  pillar: PillarSchema.optional(),
  /** Generated sections shown after the prose, in this order. */
  blocks: z.array(ChapterBlockSchema).default([]),
  /** Person who signs the chapter (the conclusion, a foreword). */
  signatory: SlugSchema.optional(),
});

/** An annual report (`data/reports/<fiscal-year>.yaml`); its chapters live in `content/reports/<fiscal-year>/`. */
export const AnnualReportSchema = z.strictObject({
  fy: FiscalYearSchema,
  title: z.string().min(1),
  published: IsoMonthSchema.optional(),
  signatory: SlugSchema,
  /** Work plan attached as an annex, by fiscal year. */
  annexed_work_plan: FiscalYearSchema.optional(),
  /** Survey round attached as an annex. */
  annexed_survey: z.number().int().optional(),
  /** Website statistics as stated (the diagram is not available). */
  website: z
    .strictObject({
      /** Visits in the year as the text states them: `over 3 million`. */
      visits: z.string().min(1),
      /** Change on the previous year as stated: `about 34% increase`. */
      change: z.string().min(1),
      online_since: IsoMonthSchema.optional(),
    })
    .optional(),
  /** E-newsletter and good practice report issues published to date, as stated. */
  publications_to_date: z
    .strictObject({ newsletters: z.number().int(), good_practice_reports: z.number().int() })
    .optional(),
});

export type Chapter = z.infer<typeof ChapterSchema>;
export type AnnualReport = z.infer<typeof AnnualReportSchema>;
