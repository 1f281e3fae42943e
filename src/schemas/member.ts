import { z } from 'zod';
import { MemberCodeSchema } from './common.ts';

/** The four sub-regions the office's program managers are responsible for. */
export const SubRegionSchema = z.enum(['ECWA', 'PI', 'SA', 'SEA'], {
  error: 'Expected a sub-region: ECWA (East, Central and West Asia), PI (Pacific Islands), SA (South Asia) or SEA (Southeast Asia).',
});

/** One member administration of the region (`data/members.yaml`). */
export const MemberSchema = z.strictObject({
  /** Two-letter code used by every table, e.g. `FJ`. */
  code: MemberCodeSchema,
  /** Name as the documents write it in the abbreviation annex, e.g. `Lao PDR`. */
  name: z.string().min(1),
  /** Other names the documents use for it (`Laos`, `Lao`), so text can be matched to the code. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Sub-region the member belongs to. */
  sub_region: SubRegionSchema,
  /** The customs administration's own name, where the documents give it. */
  administration: z.string().optional(),
});

export type Member = z.infer<typeof MemberSchema>;
export const MembersFileSchema = z.array(MemberSchema);
