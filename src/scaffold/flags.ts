import { FiscalYearSchema, IsoDateSchema, IsoMonthSchema } from '../schemas/index.ts';
import { suggestClosest } from '../validation/suggest.ts';
import { ScaffoldError, type Flags } from './scaffold-kind.ts';

/**
 * Reading `npm run new` flags into values, with messages that name the flag and show an
 * example, since the person typing them is not expected to read the schema.
 */

export function readText(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  const text = Array.isArray(value) ? value.at(-1) : value;
  return text?.trim() || undefined;
}

export function requireText(flags: Flags, name: string, example: string): string {
  const text = readText(flags, name);
  if (text === undefined) throw new ScaffoldError(`--${name} is required, e.g. --${name} ${example}`);
  return text;
}

export function readList(flags: Flags, name: string): string[] {
  const value = flags[name];
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function readWholeNumber(flags: Flags, name: string, example: string): number | undefined {
  const text = readText(flags, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new ScaffoldError(`--${name} must be a whole number, e.g. --${name} ${example}; got "${text}".`);
  return Number(text);
}

export function readFiscalYear(flags: Flags, name = 'fy'): string | undefined {
  const text = readText(flags, name);
  if (text === undefined) return undefined;
  const fy = text.replace('/', '-');
  if (!FiscalYearSchema.safeParse(fy).success) throw new ScaffoldError(`--${name} must be a fiscal year written like 2019-20; got "${text}".`);
  return fy;
}

/** A month `2019-04`; a day is accepted and cut to its month. */
export function readMonth(flags: Flags, name: string): string | undefined {
  const text = readText(flags, name);
  if (text === undefined) return undefined;
  const month = text.slice(0, 7);
  if (!IsoMonthSchema.safeParse(month).success || (text.length > 7 && !isDay(text))) {
    throw new ScaffoldError(`--${name} must be a month written YYYY-MM, e.g. --${name} 2019-04; got "${text}".`);
  }
  return month;
}

/** A value from a fixed list, with "did you mean" for a near miss. */
export function readChoice<T extends string>(flags: Flags, name: string, choices: readonly T[]): T | undefined {
  const text = readText(flags, name);
  if (text === undefined) return undefined;
  if ((choices as readonly string[]).includes(text)) return text as T;
  const suggestion = suggestClosest(text, choices);
  throw new ScaffoldError(`--${name} "${text}" is not one of: ${choices.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
}

export function isDay(text: string): boolean {
  return IsoDateSchema.safeParse(text).success;
}

/** A person id that exists in data/people.yaml, or a message with the closest id. */
export function checkPersonId(id: string, known: readonly string[], flag: string): void {
  if (known.includes(id)) return;
  const suggestion = suggestClosest(id, known);
  throw new ScaffoldError(`--${flag} "${id}" is not a person in data/people.yaml.${suggestion ? ` Did you mean "${suggestion}"?` : ' Add the person there first.'}`);
}
