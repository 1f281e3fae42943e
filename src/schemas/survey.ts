import { z } from 'zod';
import { CountSchema, FiscalYearSchema, IsoMonthSchema, MemberCodeSchema, SlugSchema } from './common.ts';

/** The six follow-up actions the questionnaire asks about, in the order the tables print them. */
export const FollowUpActionSchema = z.enum([
  'share_materials',
  'submit_reports',
  'make_recommendations',
  'organise_inhouse_workshops',
  'develop_manuals',
  'others',
]);

/** The three yes/no questions of the questionnaire. */
export const SurveyQuestionSchema = z.enum(['direct_effects', 'efficiency', 'new_projects']);

/** Counts of one yes/no question for one workshop. `replies` may exceed yes + no: some left it blank. */
export const YesNoSchema = z.strictObject({
  /** "Total no. of replies" column as printed. */
  replies: CountSchema,
  yes: CountSchema,
  no: CountSchema,
});

/** One surveyed workshop: a row of tables 1, 2 and the yes/no tables. */
export const SurveyedWorkshopSchema = z.strictObject({
  /** Activity id, `<fiscal-year>/<slug>`, e.g. `2017-18/regional-workshop-risk-management`. */
  activity: z.string().regex(/^\d{4}-\d{2}\/[a-z0-9-]+$/, 'Expected an activity id such as 2017-18/regional-workshop-on-aeo.'),
  /** The workshop's name as the survey tables print it, with its month: `WCO Regional Workshop on AEO (Dec. 2019)`. */
  label: z.string().min(1),
  /** Number of participating administrations. */
  administrations: CountSchema,
  /** Number of replies received. */
  replies: CountSchema,
  /** Replies reporting each follow-up action. */
  actions: z.strictObject({
    share_materials: CountSchema,
    submit_reports: CountSchema,
    make_recommendations: CountSchema,
    organise_inhouse_workshops: CountSchema,
    develop_manuals: CountSchema,
    others: CountSchema,
  }),
  direct_effects: YesNoSchema,
  efficiency: YesNoSchema,
  new_projects: YesNoSchema,
  /**
   * Questions or actions whose printed counts are impossible in the source itself (yes + no
   * above the replies): kept as printed, warned about instead of failing the build, and
   * listed in content/ERRATA.md. E.g. `[new_projects]`.
   */
  source_errata: z.array(z.union([SurveyQuestionSchema, FollowUpActionSchema])).default([]),
});

/** One column of a correlation table: member codes, and which of them the source underlines. */
export const CorrelationColumnSchema = z.strictObject({
  members: z.array(MemberCodeSchema).default([]),
  /** Codes printed underlined (or bold, in the outcome column) in the source. */
  marked: z.array(MemberCodeSchema).default([]),
});

/** A correlation table: per workshop, who took two follow-up actions and who saw the outcome. */
export const CorrelationTableSchema = z.strictObject({
  /** Table number as printed. */
  table: CountSchema,
  /** The yes/no question whose "yes" members form the last column. */
  outcome: SurveyQuestionSchema,
  /** The two follow-up actions of the first two columns. */
  actions: z.tuple([FollowUpActionSchema, FollowUpActionSchema]),
  rows: z.array(
    z.strictObject({
      /** 1-based position in the survey's workshop list. */
      workshop: z.number().int().positive(),
      first: CorrelationColumnSchema,
      second: CorrelationColumnSchema,
      outcome: CorrelationColumnSchema,
    }),
  ),
  /** Figures the source prints under the table, kept to be checked, never displayed. */
  stated: z
    .strictObject({
      first_total: CountSchema.optional(),
      second_total: CountSchema.optional(),
      outcome_total: CountSchema.optional(),
      first_marked: CountSchema.optional(),
      second_marked: CountSchema.optional(),
      outcome_attributed: CountSchema.optional(),
    })
    .default({}),
});

/** Categories of quoted examples, following the report's sections. */
export const ExampleCategorySchema = z.enum([
  'other_actions',
  'operational_improvement',
  'strategic_empowerment',
  'direct_effects',
  'efficiency',
  'new_projects',
]);

/** A quoted example: what a member did or saw after a workshop. */
export const SurveyExampleSchema = z.strictObject({
  category: ExampleCategorySchema,
  /** Members the example names, by code. */
  members: z.array(MemberCodeSchema).min(1),
  /** 1-based positions in the survey's workshop list this example is attributed to. */
  workshops: z.array(z.number().int().positive()).min(1),
  /** The example's text as printed, without the trailing attribution in brackets. */
  text: z.string().min(1),
  /** The attribution as printed, where it does not name the workshop exactly as the table does. */
  attribution: z.string().optional(),
});

/**
 * One follow-up survey round (`data/surveys/<round>.yaml`). The round is named by the
 * year it was run and covers the workshops of the previous fiscal year.
 */
export const SurveyRoundSchema = z.strictObject({
  /** Year the survey was run: `2020`. */
  round: z.number().int().min(2000),
  /** Ordinal of the round: 2020 is the sixth. */
  ordinal: z.number().int().positive(),
  /** Fiscal year whose workshops were surveyed. */
  fy: FiscalYearSchema,
  /** Title of the good practice report. */
  title: z.string().min(1),
  /** Good Practice Report series number, where printed ("No. 18"). */
  report_number: z.number().int().positive().optional(),
  /** Month the report was published. */
  published: IsoMonthSchema,
  /** Person who signed the foreword. */
  signatory: SlugSchema,
  workshops: z.array(SurveyedWorkshopSchema).min(1),
  correlations: z.array(CorrelationTableSchema).default([]),
  examples: z.array(SurveyExampleSchema).default([]),
  /** Totals and percentages the report prints, kept to be checked against the computed ones. */
  stated: z
    .strictObject({
      administrations: CountSchema.optional(),
      replies: CountSchema.optional(),
      reply_rate_percent: CountSchema.optional(),
      actions: z.partialRecord(FollowUpActionSchema, CountSchema).optional(),
      questions: z.partialRecord(SurveyQuestionSchema, YesNoSchema).optional(),
    })
    .default({}),
});

export type SurveyRound = z.infer<typeof SurveyRoundSchema>;
export type SurveyedWorkshop = z.infer<typeof SurveyedWorkshopSchema>;
export type FollowUpAction = z.infer<typeof FollowUpActionSchema>;
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;
