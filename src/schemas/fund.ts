import { z } from 'zod';
import { SlugSchema } from './common.ts';

/** A sponsor or fund that pays for activities (`data/funds.yaml`). */
export const FundSchema = z.strictObject({
  /** Identifier used by activities: `ccf-japan`. */
  id: SlugSchema,
  /** Short name as the documents write it: `CCF/Japan`. */
  short: z.string().min(1),
  /** Full name: `Customs Cooperation Fund of Japan`. */
  name: z.string().min(1),
});

export type Fund = z.infer<typeof FundSchema>;
export const FundsFileSchema = z.array(FundSchema);
