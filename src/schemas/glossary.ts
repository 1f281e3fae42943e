import { z } from 'zod';

/** One abbreviation of the glossary (`data/glossary.yaml`). */
export const GlossaryEntrySchema = z.strictObject({
  /** The abbreviation as written in text, e.g. `AEO`. */
  term: z.string().min(1),
  /** Its expansion as the annex writes it: `Authorized Economic Operator`. */
  expansion: z.string().min(1),
  /** True for development partners and other organisations the office works with. */
  partner: z.boolean().default(false),
});

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export const GlossaryFileSchema = z.array(GlossaryEntrySchema);
