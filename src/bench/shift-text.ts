/**
 * Moves a copied publication in time by whole years, so a synthetic fiscal year reads like
 * the shipped one it was copied from: ISO days and months, fiscal years (`2018-19`,
 * `2018/19`) and years in prose all move by the same offset. `{{ placeholders }}` are left
 * alone, since their names (`history.reply_rate.2015`) point at data that does not move.
 */

/** `2019-02-28` + 1 year. A 29 February that lands in a common year becomes the 28th. */
export function shiftDay(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const rest = day.slice(4);
  return rest === '-02-29' && !isLeapYear(year) ? `${year}-02-28` : `${year}${rest}`;
}

/** `2018-19` + 2 years → `2020-21`. */
export function shiftFiscalYear(fy: string, years: number): string {
  return formatFiscalYear(Number(fy.slice(0, 4)) + years);
}

/** The fiscal year that starts in July of `startYear`: 2018 → `2018-19`. */
export function formatFiscalYear(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * Shifts every date-like token in YAML or front matter: days, months, fiscal years, and
 * four-digit years (round numbers, titles such as "Annual Report 2018/2019").
 */
export function shiftDataText(text: string, years: number): string {
  if (years === 0) return text;
  // One pass, longest form first, so no token is shifted twice ("2018/2019" is two years).
  return text.replace(DATE_TOKEN, (token: string, day?: string, year?: string, sep?: string, two?: string) => {
    if (day) return shiftDay(day, years);
    if (year && sep && two) return shiftYearAndTwoDigits(token, Number(year), sep, Number(two), years);
    return String(Number(token) + years);
  });
}

const DATE_TOKEN = /(?<!\d)(?:(\d{4}-\d{2}-\d{2})|(\d{4})([-/])(\d{2})|(?:19[5-9]\d|20\d\d))(?!\d)/g;

/** `2018-19` and `2018/19` are fiscal years, `2019-05` a month; anything else stays. */
function shiftYearAndTwoDigits(token: string, year: number, sep: string, two: number, years: number): string {
  if (two === (year + 1) % 100) return `${year + years}${sep}${String((year + years + 1) % 100).padStart(2, '0')}`;
  if (sep === '-' && two >= 1 && two <= 12) return `${year + years}-${String(two).padStart(2, '0')}`;
  return token;
}

/** Shifts dates and years in Markdown prose, leaving `{{ … }}` placeholders untouched. */
export function shiftProse(markdown: string, years: number): string {
  if (years === 0) return markdown;
  return markdown
    .split(/(\{\{[^}]*\}\})/)
    .map((part, i) => (i % 2 === 1 ? part : shiftDataText(part, years)))
    .join('');
}

/**
 * A slug ending in its year and month (`ipr-laos-vientiane-2018-11`) gets the shifted
 * month; any other slug gets the shifted fiscal year's first year appended, so copies
 * made for different years never share a slug.
 */
export function shiftSlug(slug: string, years: number, targetFy: string): string {
  const dated = /^(.*)-(\d{4})-(\d{2})$/.exec(slug);
  if (dated) return `${dated[1]}-${Number(dated[2]) + years}-${dated[3]}`;
  return `${slug}-${targetFy.slice(0, 4)}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
