import { z } from 'zod';
import { IsoDateSchema, SlugSchema } from './common.ts';

/** One line of the future-activities schedule, kept as printed ("12-15 Mar. 2018 (tbc)", "tbd, Myanmar"). */
export const ScheduleEntrySchema = z.strictObject({
  event: z.string().min(1),
  /** Dates as printed, e.g. `12-15 Mar. 2018 (tbc)`. */
  dates: z.string().min(1),
  /** Venue as printed, e.g. `tbd, Myanmar`. */
  venue: z.string().min(1),
});

/** A newsletter issue (`data/newsletters/<number>.yaml`); its articles live in `content/newsletters/<number>/`. */
export const NewsletterIssueSchema = z.strictObject({
  /** Issue number: `59`. */
  number: z.number().int().positive(),
  /** First and last day of the quarter it covers. */
  covers: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
  /** Month of publication as printed on the issue (`January 2018`), as a day for sorting. */
  published: IsoDateSchema,
  /** Heading over the schedule as printed. */
  schedule_title: z.string().min(1).optional(),
  /** Note under the schedule heading: "(NB) Official invitation will be circulated in due course". */
  schedule_note: z.string().optional(),
  schedule: z.array(ScheduleEntrySchema).default([]),
  /** The masthead: address block and the staff listed. */
  masthead: z.strictObject({
    organisation: z.string().min(1),
    address: z.array(z.string().min(1)),
    email: z.string().optional(),
    website: z.string().optional(),
    staff: z.array(SlugSchema),
    /** "Regular Supporters" line, names as printed. */
    supporters: z.array(z.string().min(1)).default([]),
  }),
});

/** Front matter of a newsletter article (`content/newsletters/<number>/<slug>.md`). */
export const ArticleSchema = z.strictObject({
  title: z.string().min(1),
  /** A foreword, a special-topic article, or another piece. */
  kind: z.enum(['foreword', 'special-topic', 'other']),
  /** Authors by person id. */
  authors: z.array(SlugSchema).min(1),
  /** Position in the issue: 1 first. */
  order: z.number().int().positive(),
  /** One-line summary for listings and feeds. */
  summary: z.string().min(1).optional(),
});

export type NewsletterIssue = z.infer<typeof NewsletterIssueSchema>;
export type Article = z.infer<typeof ArticleSchema>;
