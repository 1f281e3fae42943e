import { z } from 'zod';

/**
 * Shared field types. YAML parsers disagree on dates (js-yaml, used by Astro, turns
 * `2018-07-09` into a Date; the `yaml` package keeps a string), so every date field
 * accepts both and normalises to an ISO string, keeping the calendar day as written.
 */

function toIsoDay(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** A calendar day written `YYYY-MM-DD`, e.g. `2018-07-09`. */
export const IsoDateSchema = z.preprocess(
  toIsoDay,
  z
    .string({ error: 'Expected a date written YYYY-MM-DD, e.g. 2018-07-09.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD, e.g. 2018-07-09.')
    .refine(isRealDay, 'This date does not exist in the calendar.'),
);

/** A month written `YYYY-MM`, for events the documents date only by month ("Jul 2018"). */
export const IsoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month written YYYY-MM, e.g. 2018-07.');

/** A fiscal year (1 July to 30 June) written `2018-19`. */
export const FiscalYearSchema = z
  .string({ error: 'Expected a fiscal year written like 2018-19.' })
  .regex(/^\d{4}-\d{2}$/, 'Expected a fiscal year written like 2018-19.')
  .refine((fy) => (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5)), {
    message: 'The second year of a fiscal year must follow the first, e.g. 2018-19.',
  });

/** A member administration's two-letter code (ISO 3166 alpha-2, plus HK and MO), e.g. `FJ`. */
export const MemberCodeSchema = z
  .string({ error: 'Expected a two-letter member code such as FJ.' })
  .regex(/^[A-Z]{2}$/, 'Expected a two-letter member code in capitals, such as FJ.');

/** A lowercase, hyphenated identifier, e.g. `saori-nojima`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase identifier with hyphens, e.g. saori-nojima.');

/** A pillar of the strategic action plan: 1 to 4. */
export const PillarSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'Expected a pillar number from 1 to 4.',
});

/** A work-plan action code: pillar, hyphen and letters in brackets, e.g. `1-(y)` or `1-(aa)`. */
export const ActionCodeSchema = z
  .string()
  .regex(/^[1-4]-\([a-z]{1,2}\)$/, 'Expected a work-plan action code such as 1-(y) or 1-(aa).');

/** A count as the document states it: a whole number from zero up. */
export const CountSchema = z.number().int('Expected a whole number.').nonnegative('Expected zero or more.');

function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}
