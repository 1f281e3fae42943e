import { CONTENT_FILES } from '../content-files.ts';
import { lastDayOfMonth } from '../model/calendar.ts';
import { newsletterFolder } from '../model/newsletters.ts';
import type { NewsletterIssue } from '../schemas/index.ts';
import { listFolderTexts, readText, type ShippedCorpus } from './read-shipped.ts';
import { shiftDataText, shiftProse } from './shift-text.ts';

/** Months one issue covers: the shipped issue's quarter. */
export function countMonthsCovered(issue: NewsletterIssue): number {
  return monthIndex(issue.covers.to) - monthIndex(issue.covers.from) + 1;
}

/**
 * The issues of fiscal year `fy`, back to back from July, copied from the shipped issue:
 * numbered on from its number at one per period (No. 59 covers October–December 2017, so
 * the issue for July–September 2018 is No. 62), published as long after its period ends.
 */
export function generateNewsletters(shipped: ShippedCorpus, template: NewsletterIssue, fy: string): Map<string, string> {
  const months = countMonthsCovered(template);
  const files = new Map<string, string>();
  const firstMonth = Number(fy.slice(0, 4)) * 12 + 6;
  for (let start = firstMonth; start < firstMonth + 12; start += months) {
    const shift = start - monthIndex(template.covers.from);
    const number = template.number + shift / months;
    for (const [file, text] of generateIssue(shipped, template, number, shift)) files.set(file, text);
  }
  return files;
}

function generateIssue(shipped: ShippedCorpus, template: NewsletterIssue, number: number, shiftMonths: number): Map<string, string> {
  const years = Math.round(shiftMonths / 12);
  const from = `${formatMonth(monthIndex(template.covers.from) + shiftMonths)}-01`;
  const to = lastDayOfMonth(formatMonth(monthIndex(template.covers.to) + shiftMonths));
  const published = `${formatMonth(monthIndex(template.published) + shiftMonths)}${template.published.slice(7)}`;
  const yaml = shiftDataText(readText(shipped, `${CONTENT_FILES.newsletters.base}/${newsletterFolder(template.number)}.yaml`), years)
    .replace(/^number:.*$/m, `number: ${number}`)
    .replace(/^covers:.*$/m, `covers: { from: ${from}, to: ${to} }`)
    .replace(/^published:.*$/m, `published: ${published}`);
  const files = new Map([[`${CONTENT_FILES.newsletters.base}/${newsletterFolder(number)}.yaml`, yaml]]);
  for (const article of listFolderTexts(shipped, `${CONTENT_FILES.articles.base}/${newsletterFolder(template.number)}`)) {
    files.set(`${CONTENT_FILES.articles.base}/${newsletterFolder(number)}/${article.name}`, shiftProse(article.text, years));
  }
  return files;
}

/** `2017-10-01` → months since year 0, so months add and subtract. */
function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function formatMonth(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
