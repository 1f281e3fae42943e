import { z } from 'zod';
import { ActionCodeSchema, CountSchema, IsoMonthSchema, MemberCodeSchema, PillarSchema, SlugSchema } from './common.ts';
import { ActivityDatesSchema } from './activity-dates.ts';

/** Kinds of activity. The annual report counts the first four as workshops. */
export const ActivityKindSchema = z.enum([
  'regional-workshop',
  'sub-regional-workshop',
  'national-workshop',
  'accreditation-workshop',
  'mission',
  'seminar',
  'conference',
  'meeting',
  'visit',
  'event',
]);

/** What a member of the office's staff did at an activity. */
export const StaffRoleSchema = z.enum([
  'head',
  'facilitator',
  'resource-person',
  'speaker',
  'moderator',
  'presenter',
  'participant',
  'organiser',
  'observer',
  'lecturer',
  'host',
]);

/** Where it took place. `country` is a member code (`FJ`) or, outside the region, a name (`Belgium`). */
export const VenueSchema = z.strictObject({
  /** City as written, e.g. `Suva`. Omit when the document does not say. */
  city: z.string().min(1).optional(),
  /** Member code, or the country's name when it is not a member. */
  country: z.string().min(2),
  /** Place within the city, e.g. `WCO Regional Training Center`. */
  place: z.string().min(1).optional(),
});

/** Accredited experts mobilised: how many came from which administration. */
export const ExpertsSchema = z.strictObject({
  /** Home administration: member code, or a name for non-members (`Czech Republic`). */
  from: z.string().min(2),
  /** Number of experts from there. */
  count: CountSchema,
  /** How the source qualifies it, e.g. `ROCB` for "ROCB (Japan) 1". */
  note: z.string().optional(),
});

/**
 * One activity: front matter of `content/activities/<fiscal-year>/<slug>.md`.
 * The folder names the fiscal year whose annual report holds the activity; the body
 * is the narrative, written once and shown in every publication that reports it.
 */
export const ActivitySchema = z.strictObject({
  /** Full title, as the narrative's heading prints it. */
  title: z.string().min(1),
  /** The shorter name used in the annual report's workshop lists, if different. */
  list_title: z.string().min(1).optional(),
  /**
   * Month an annual-report list prints beside the entry ("Nov 2019"), kept where the list and
   * the narrative both date the activity, so the checker can compare them with `dates`.
   */
  list_month: IsoMonthSchema.optional(),
  kind: ActivityKindSchema,
  dates: ActivityDatesSchema,
  venue: VenueSchema.optional(),
  /** True for virtual events. Default false. */
  online: z.boolean().default(false),
  /** Host administration (member code) or organisation that hosted it. */
  host: z.string().min(1).optional(),
  /** Funds that paid for it, by id from `data/funds.yaml`. */
  funds: z.array(SlugSchema).default([]),
  /** Development partners involved, by abbreviation from `data/glossary.yaml`: `UNESCAP`. */
  partners: z.array(z.string().min(1)).default([]),
  /** Participants as the document counts them. */
  participants: CountSchema.optional(),
  /** Qualifier the document puts on the count: `more than`, `about`. */
  participants_qualifier: z.enum(['more than', 'about', 'over', 'at least']).optional(),
  /** Participating administrations as the document counts them. */
  administrations: CountSchema.optional(),
  /** Members that took part, by code, where the documents name them. */
  members: z.array(MemberCodeSchema).default([]),
  /** Members a national workshop or mission was for ("for Cambodia"). */
  beneficiaries: z.array(MemberCodeSchema).default([]),
  /** The office's staff who took part, and in what role. */
  staff: z.array(z.strictObject({ person: SlugSchema, role: StaffRoleSchema })).default([]),
  /** Accredited experts mobilised. */
  experts: z.array(ExpertsSchema).default([]),
  pillar: PillarSchema,
  /** Topic from `data/topics.yaml`, for workshops that the annual report lists by topic. */
  topic: SlugSchema.optional(),
  /** Work-plan actions of the activity's fiscal year that it delivers: `1-(a)`. */
  delivers: z.array(ActionCodeSchema).default([]),
});

export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityKind = z.infer<typeof ActivityKindSchema>;
