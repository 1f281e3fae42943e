import { z } from 'zod';
import { IsoMonthSchema, MemberCodeSchema, SlugSchema } from './common.ts';
import { SubRegionSchema } from './member.ts';

/** A position a person held, with tenure as far as the documents say (`YYYY-MM`). */
export const PersonRoleSchema = z.strictObject({
  /** Position as written, e.g. `Program Manager`, `Head of the ROCB A/P`. */
  title: z.string().min(1),
  /** Organisation, when it is not the office, e.g. `Japan Customs`. Default: the office. */
  organisation: z.string().optional(),
  /** First month in the post, if stated. */
  from: IsoMonthSchema.optional(),
  /** Last month in the post, if stated. */
  to: IsoMonthSchema.optional(),
  /**
   * When the start is not stated: the month of the earliest document that names the person
   * in this post. Counts of staff in post before that month leave the person out.
   */
  first_named: IsoMonthSchema.optional(),
  /** Sub-region the person was responsible for, for program managers. */
  sub_region: SubRegionSchema.optional(),
});

/** A person named as staff, author, signatory or speaker (`data/people.yaml`). */
export const PersonSchema = z.strictObject({
  /** Permanent identifier, given name then family name: `saori-nojima`. */
  id: SlugSchema,
  /** Display name, given name first: `Saori Nojima`. */
  name: z.string().min(1),
  /** Family name, as the documents capitalise it in contact tables (`NOJIMA`). */
  family_name: z.string().min(1),
  /** Title used before the name: `Mr.`, `Ms.`, `Mrs.` or `Dr.` */
  honorific: z.enum(['Mr.', 'Ms.', 'Mrs.', 'Dr.']).optional(),
  /** Other spellings found in the documents (`Jate-Arpa Benjaphong`). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Home administration, as a member code. */
  home: MemberCodeSchema.optional(),
  /** Positions held, in order. */
  roles: z.array(PersonRoleSchema).default([]),
  email: z.email().optional(),
  phone: z.string().optional(),
});

export type Person = z.infer<typeof PersonSchema>;
export const PeopleFileSchema = z.array(PersonSchema);
