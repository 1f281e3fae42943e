import type { ActivityDates } from '../schemas/index.ts';

/**
 * Calendar arithmetic on ISO strings (`2018-07-09`, `2018-07`, fiscal year `2018-19`).
 * Everything stays a string compared lexically: ISO days sort like the days they name,
 * and no time zone can shift a day written in a document.
 */

/** First and last day of an activity, whatever shape its dates take. */
export interface DayRange {
  from: string;
  to: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first and last day an activity's dates cover; a month covers all its days. */
export function computeDayRange(dates: ActivityDates): DayRange {
  if (typeof dates === 'string') {
    return dates.length === 7 ? { from: `${dates}-01`, to: lastDayOfMonth(dates) } : { from: dates, to: dates };
  }
  if (Array.isArray(dates)) {
    const sorted = [...dates].sort();
    return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
  }
  return { from: dates.from, to: dates.to };
}

/** `2019-02` → `2019-02-28`. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** True when two day ranges share at least one day. */
export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The fiscal year (1 July – 30 June) a day falls in: `2018-12-03` → `2018-19`. */
export function fiscalYearOfDay(day: string): string {
  const year = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) >= 7 ? year : year - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

/** `2018-19` → `{ from: '2018-07-01', to: '2019-06-30' }`. */
export function fiscalYearRange(fy: string): DayRange {
  const first = Number(fy.slice(0, 4));
  return { from: `${first}-07-01`, to: `${first + 1}-06-30` };
}

/** `2018-19` → `2017-18`. */
export function previousFiscalYear(fy: string): string {
  const first = Number(fy.slice(0, 4)) - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

/** `2018-19` → `2018/19`, the way the documents print a fiscal year. */
export function formatFiscalYear(fy: string): string {
  return fy.replace('-', '/');
}

/** `2018-07-09` → `9 July 2018`. */
export function formatDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${monthName(day)} ${day.slice(0, 4)}`;
}

/** `2018-07` → `July 2018`. */
export function formatMonth(month: string): string {
  return `${monthName(month)} ${month.slice(0, 4)}`;
}

/**
 * An activity's dates as the documents print them:
 * `9-13 July 2018`, `30 July - 2 August 2018`, `7, 8 and 10 May 2019`, `July 2018`.
 */
export function formatActivityDates(dates: ActivityDates): string {
  if (typeof dates === 'string') return dates.length === 7 ? formatMonth(dates) : formatDay(dates);
  if (Array.isArray(dates)) return formatDayList([...dates].sort());
  return formatRange(dates.from, dates.to);
}

function formatRange(from: string, to: string): string {
  if (from === to) return formatDay(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8))}-${formatDay(to)}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${Number(from.slice(8))} ${monthName(from)} - ${formatDay(to)}`;
  return `${formatDay(from)} - ${formatDay(to)}`;
}

function formatDayList(days: string[]): string {
  const sameMonth = days.every((d) => d.slice(0, 7) === days[0]!.slice(0, 7));
  const parts = sameMonth ? days.map((d) => String(Number(d.slice(8)))) : days.map(formatDay);
  const listed = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return sameMonth ? `${listed} ${formatMonth(days[0]!.slice(0, 7))}` : listed;
}

function monthName(iso: string): string {
  return MONTHS[Number(iso.slice(5, 7)) - 1]!;
}
