import { z } from 'zod';
import { IsoDateSchema, IsoMonthSchema } from './common.ts';

/**
 * When an activity took place, in one of four shapes:
 * - a single day: `dates: 2018-07-16`
 * - a range: `dates: { from: 2018-07-09, to: 2018-07-13 }`
 * - a list of days ("7, 8 and 10 May 2019"): `dates: [2019-05-07, 2019-05-08, 2019-05-10]`
 * - a month, where the documents give no day ("Jul 2018"): `dates: 2018-07`
 */
export const ActivityDatesSchema = z.union(
  [
    IsoDateSchema,
    IsoMonthSchema,
    z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
    z.array(IsoDateSchema).min(2, 'A list of days needs at least two days; write a single day as one date.'),
  ],
  {
    error:
      'Expected dates as one day (2018-07-16), a month (2018-07), a range ({ from: 2018-07-09, to: 2018-07-13 }) or a list of days ([2019-05-07, 2019-05-08]).',
  },
);

export type ActivityDates = z.infer<typeof ActivityDatesSchema>;
