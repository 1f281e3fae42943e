import type { Severity } from './diagnostic.ts';

/**
 * Every diagnostic the checker can give, in one place (after Astro's errors-data.ts).
 * Rules for wording: say what happened and why, then what to do; full sentences; no
 * "Error:" prefix. Names are permanent: never rename one, add a new one instead.
 */
export interface CatalogueEntry<P> {
  severity: Severity;
  message: (p: P) => string;
  hint?: (p: P) => string | undefined;
}

function entry<P>(e: CatalogueEntry<P>): CatalogueEntry<P> {
  return e;
}

type Ref = { value: string; suggestion?: string };
const didYouMean = (s: string | undefined, tail: string) => (s ? `Did you mean ${s}? ${tail}` : tail);

export const CATALOGUE = {
  // ── Files ────────────────────────────────────────────────────────────────
  UnreadableFile: entry<{ reason: string }>({
    severity: 'error',
    message: (p) => `The file could not be read as UTF-8 text: ${p.reason}.`,
    hint: () => 'Save the file as UTF-8 in your editor (most editors offer "Save with encoding").',
  }),
  EmptyFile: entry<{ expected: string }>({
    severity: 'error',
    message: (p) => `The file holds no data (it is empty, or only comments or null), but it should hold ${p.expected}.`,
    hint: () => 'Add the content or delete the file.',
  }),
  FileTooLarge: entry<{ megabytes: string }>({
    severity: 'error',
    message: (p) => `The file is ${p.megabytes} MB; content files are limited to 1 MB so that checks and builds stay fast.`,
    hint: () => 'Split the content into several files, or move large tables into data/ as YAML.',
  }),
  ByteOrderMark: entry<Record<string, never>>({
    severity: 'warning',
    message: () => 'The file starts with a byte-order mark (BOM). It was ignored, but some tools choke on it.',
    hint: () => 'Save the file as "UTF-8" without BOM.',
  }),
  SymbolicLink: entry<{ target: string }>({
    severity: 'error',
    message: (p) => `This is a symbolic link to "${p.target}", not a file. The site would publish whatever it points at without checking it, or loop forever if it points at its own folder.`,
    hint: () => 'Replace the link with the file itself (a copy), or delete it.',
  }),
  UnrecognisedFile: entry<{ expected: string }>({
    severity: 'warning',
    message: () => 'This file is not in a place the site reads, so it would be silently left out.',
    hint: (p) => `Move it to one of: ${p.expected}.`,
  }),
  MissingFrontMatter: entry<Record<string, never>>({
    severity: 'error',
    message: () => 'The Markdown file has no front matter, so its facts (title, dates, …) are missing.',
    hint: () => 'Start the file with a line "---", the YAML fields, then another "---" line.',
  }),
  UnclosedFrontMatter: entry<Record<string, never>>({
    severity: 'error',
    message: () => 'The front matter opened with "---" is never closed, so the whole file would be read as data.',
    hint: () => 'Add a line with just "---" after the last front-matter field.',
  }),
  YamlSyntax: entry<{ reason: string }>({
    severity: 'error',
    message: (p) => `The YAML could not be read: ${p.reason}`,
    hint: () => 'Check the indentation (spaces, not tabs) and that every "key: value" has a space after the colon.',
  }),
  YamlTooComplex: entry<{ reason: string }>({
    severity: 'error',
    message: (p) => `The YAML ${p.reason}, so it was not read: reading it could exhaust the checker's and the build's memory.`,
    hint: () => 'Content needs a few levels of nesting and no aliases: write the values out in full, and look for "[" or "{" that are never closed.',
  }),
  TabIndentation: entry<Record<string, never>>({
    severity: 'error',
    message: () => 'YAML indentation must use spaces; this line is indented with a tab.',
    hint: () => 'Replace the tab with spaces (two per level).',
  }),
  // ── Schema ───────────────────────────────────────────────────────────────
  SchemaViolation: entry<{ field: string; problem: string; found: string }>({
    severity: 'error',
    message: (p) => `The value of "${p.field}" is not valid. ${p.problem} Found ${p.found}.`,
  }),
  MissingField: entry<{ field: string; expected: string }>({
    severity: 'error',
    message: (p) => `The required field "${p.field}" is missing. ${p.expected}`,
    hint: (p) => `Add "${p.field}:" to this entry.`,
  }),
  UnknownField: entry<{ field: string; suggestion?: string; allowed: string }>({
    severity: 'error',
    message: (p) => `"${p.field}" is not a field of this kind of entry, so it would be ignored.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, `Allowed fields: ${p.allowed}.`),
  }),
  // ── References ───────────────────────────────────────────────────────────
  UnknownMemberCode: entry<Ref>({
    severity: 'error',
    message: (p) => `Member "${p.value}" is not a member administration code.`,
    hint: (p) => didYouMean(p.suggestion, 'Codes are listed in data/members.yaml.'),
  }),
  UnknownPerson: entry<Ref>({
    severity: 'error',
    message: (p) => `Person "${p.value}" is not in data/people.yaml.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, 'Add the person to data/people.yaml or use an existing id.'),
  }),
  UnknownFund: entry<Ref>({
    severity: 'error',
    message: (p) => `Fund "${p.value}" is not in data/funds.yaml.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, 'Fund ids are listed in data/funds.yaml.'),
  }),
  UnknownTopic: entry<Ref>({
    severity: 'error',
    message: (p) => `Topic "${p.value}" is not in data/topics.yaml.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, 'Topic ids are listed in data/topics.yaml.'),
  }),
  UnknownPartner: entry<Ref>({
    severity: 'error',
    message: (p) => `Partner "${p.value}" is not an abbreviation in data/glossary.yaml.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, 'Add it to data/glossary.yaml with partner: true.'),
  }),
  UnknownActivity: entry<Ref>({
    severity: 'error',
    message: (p) => `Activity "${p.value}" does not exist.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, 'An activity id is its fiscal-year folder and file name: 2017-18/my-workshop.'),
  }),
  UnknownWorkPlanAction: entry<Ref & { fy: string }>({
    severity: 'error',
    message: (p) => `Work-plan action ${p.value} is not in the work plan ${p.fy}.`,
    hint: (p) => didYouMean(p.suggestion, `Actions are listed in data/plans/work-plan-${p.fy}.yaml.`),
  }),
  MissingWorkPlan: entry<{ fy: string }>({
    severity: 'error',
    message: (p) => `This activity delivers work-plan actions, but there is no work plan for ${p.fy}.`,
    hint: (p) => `Add data/plans/work-plan-${p.fy}.yaml, or remove "delivers".`,
  }),
  SeeAlsoUnknownAction: entry<Ref & { fy: string }>({
    severity: 'warning',
    message: (p) => `"See also ${p.value}" refers to an action that the work plan ${p.fy} does not have.`,
    hint: (p) => didYouMean(p.suggestion, 'If the source document says so, keep it and list it in content/ERRATA.md.'),
  }),
  SeeAlsoSelf: entry<{ value: string }>({
    severity: 'warning',
    message: (p) => `A planned item of action ${p.value} says "See also ${p.value}", which refers to itself.`,
    hint: () => 'If the source document says so, keep it and list it in content/ERRATA.md.',
  }),
  UnknownSurveyWorkshop: entry<{ value: number; count: number }>({
    severity: 'error',
    message: (p) => `Workshop (${p.value}) does not exist: this survey lists ${p.count} workshops.`,
    hint: () => 'Workshops are numbered from 1 in the order of the survey\'s "workshops" list, as the tables number them.',
  }),
  MissingAnnex: entry<{ what: string; file: string }>({
    severity: 'error',
    message: (p) => `The report annexes ${p.what}, but ${p.file} does not exist.`,
    hint: () => 'Add the file or remove the annex field.',
  }),
  UnknownFigure: entry<Ref & { context: string }>({
    severity: 'error',
    message: (p) => `The figure {{ ${p.value} }} is not one the site can compute for ${p.context}.`,
    hint: (p) => didYouMean(p.suggestion && `{{ ${p.suggestion} }}`, 'The figures each kind of chapter can use are listed in docs/editing.md.'),
  }),
  BlockNeedsPillar: entry<{ block: string }>({
    severity: 'error',
    message: (p) => `The block "${p.block}" lists one pillar's activities, but the chapter has no "pillar".`,
    hint: () => 'Add "pillar: 1" (or 2, 3, 4) to the front matter.',
  }),
  MarkdownTooDeep: entry<{ what: string; depth: number; limit: number }>({
    severity: 'error',
    message: (p) => `The text nests ${p.depth} ${p.what} deep here, more than the ${p.limit} the page can be built with: rendering it would exhaust the build.`,
    hint: () => 'Flatten it: a few levels of quotes or lists, and emphasis with one or two * or _ on each side.',
  }),
  // ── Safe Markdown ────────────────────────────────────────────────────────
  UnsafeHtml: entry<{ tag: string }>({
    severity: 'warning',
    message: (p) => `Raw HTML <${p.tag}> is not allowed in Markdown, so it is removed from the page.`,
    hint: () => 'Delete it. Scripts, frames and embeds need a component: ask a developer.',
  }),
  UnsafeHtmlAttribute: entry<{ tag: string; attribute: string }>({
    severity: 'warning',
    message: (p) => `The attribute "${p.attribute}" on <${p.tag}> would run a script, so it is removed from the page.`,
    hint: () => 'Delete the attribute; pages run no scripts.',
  }),
  UnsafeUrl: entry<{ url: string }>({
    severity: 'warning',
    message: (p) => `The link "${p.url.length > 40 ? `${p.url.slice(0, 37)}…` : p.url}" does not open a page (it would run a script or embed data), so it is removed.`,
    hint: () => 'Link to an http(s) or mailto: address instead.',
  }),
  // ── Identity ─────────────────────────────────────────────────────────────
  DuplicateId: entry<{ value: string; first: string }>({
    severity: 'error',
    message: (p) => `"${p.value}" is used twice; it was first used at ${p.first}.`,
    hint: () => 'Every id must be unique: rename or remove one of them.',
  }),
  ActivityAddressTaken: entry<{ slug: string; address: string }>({
    severity: 'error',
    message: (p) => `The file name "${p.slug}" would give this activity the address ${p.address}, which a page listing activities already has.`,
    hint: () => 'Name the file after the activity, its place and month, as the others are: customs-valuation-suva-2019-03.md.',
  }),
  FileNameMismatch: entry<{ field: string; value: string; expected: string }>({
    severity: 'error',
    message: (p) => `"${p.field}" is ${p.value}, but the file name says ${p.expected}.`,
    hint: () => 'Make the field and the file name agree, so links and references stay stable.',
  }),
  // ── Dates ────────────────────────────────────────────────────────────────
  DateRangeReversed: entry<{ from: string; to: string }>({
    severity: 'error',
    message: (p) => `The range ends (${p.to}) before it starts (${p.from}).`,
    hint: () => 'Swap "from" and "to", or correct the day.',
  }),
  DaysOutOfOrder: entry<Record<string, never>>({
    severity: 'error',
    message: () => 'The list of days is not in calendar order.',
    hint: () => 'List the days from first to last.',
  }),
  DateOutsideFiscalYear: entry<{ when: string; fy: string; holder: string }>({
    severity: 'warning',
    message: (p) => `${p.when} falls outside fiscal year ${p.fy} (1 July to 30 June), but ${p.holder}.`,
    hint: () => 'If the source document says so, keep it and list it in content/ERRATA.md; otherwise move the file or fix the date.',
  }),
  ListMonthMismatch: entry<{ month: string; dates: string }>({
    severity: 'warning',
    message: (p) => `The report's list dates this activity ${p.month}, but its dates are ${p.dates}.`,
    hint: () => 'If the source document says so, keep it and list it in content/ERRATA.md.',
  }),
  // ── Arithmetic ───────────────────────────────────────────────────────────
  YesNoExceedsReplies: entry<{ question: string; yes: number; no: number; replies: number }>({
    severity: 'error',
    message: (p) => `For "${p.question}", yes (${p.yes}) + no (${p.no}) is more than the ${p.replies} replies.`,
    hint: () => 'Check the counts against the source table.',
  }),
  QuestionRepliesExceedReplies: entry<{ question: string; count: number; replies: number }>({
    severity: 'error',
    message: (p) => `"${p.question}" has ${p.count} replies, more than the ${p.replies} replies the workshop received.`,
    hint: () => 'Check the counts against the source tables.',
  }),
  ActionExceedsReplies: entry<{ action: string; count: number; replies: number }>({
    severity: 'error',
    message: (p) => `${p.count} replies report "${p.action}", more than the ${p.replies} replies received.`,
    hint: () => 'Check the counts against the source table.',
  }),
  RepliesExceedAdministrations: entry<{ replies: number; administrations: number }>({
    severity: 'warning',
    message: (p) => `${p.replies} replies came from ${p.administrations} administrations: several participants of one administration replied.`,
    hint: () => 'Nothing to do if the source says so.',
  }),
  CorrelationMemberNotParticipant: entry<{ code: string }>({
    severity: 'error',
    message: (p) => `${p.code} is listed in a correlation table, but did not take part in this workshop.`,
    hint: () => 'Check the code, or add it to the activity\'s "members".',
  }),
  MarkedMemberNotListed: entry<{ code: string }>({
    severity: 'error',
    message: (p) => `${p.code} is marked (underlined or bold) but is not in the column's members.`,
    hint: () => 'Every marked code must also be in "members".',
  }),
  StatedTotalMismatch: entry<{ what: string; stated: string; computed: string }>({
    severity: 'warning',
    message: (p) => `The source states ${p.what} as ${p.stated}, but the data adds up to ${p.computed}.`,
    hint: () => 'If the source document says so, keep it and list it in content/ERRATA.md.',
  }),
  AverageMismatch: entry<{ stated: number; computed: string; participants: number; workshops: number }>({
    severity: 'warning',
    message: (p) => `The stated average ${p.stated} does not follow from ${p.participants} participants in ${p.workshops} workshops (${p.computed}).`,
    hint: () => 'If the source document says so, keep it and list it in content/ERRATA.md.',
  }),
  // ── Charts ───────────────────────────────────────────────────────────────
  UnknownDataset: entry<Ref & { available: string }>({
    severity: 'error',
    message: (p) => `The chart's data names the dataset "${p.value}", which does not exist, so there is nothing to draw.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, `Datasets: ${p.available}. docs/datasets.md describes each one and its fields.`),
  }),
  InvalidChartSpec: entry<{ reason: string }>({
    severity: 'error',
    message: (p) => `The chart block is not a Vega-Lite spec the site can draw. ${/[.!?]$/.test(p.reason) ? p.reason : `${p.reason}.`}`,
    hint: () => 'Write the block as a Vega-Lite spec in YAML or JSON with "title", "description", "data: { name: <dataset> }", "mark" and "encoding"; docs/datasets.md has an example.',
  }),
  UnknownChartField: entry<{ field: string; dataset: string; suggestion?: string; available: string }>({
    severity: 'error',
    message: (p) => `The chart encodes the field "${p.field}", which ${p.dataset} does not have, so Vega-Lite would draw nothing for it.`,
    hint: (p) => didYouMean(p.suggestion && `"${p.suggestion}"`, `Fields available here: ${p.available}.`),
  }),
  UndescribedChart: entry<{ missing: string }>({
    severity: 'error',
    message: (p) => `The chart has no ${p.missing}, which readers who cannot see the chart depend on.`,
    hint: () => 'Add "title:" (a few words) and "description:" (a sentence or two saying what the chart shows) at the top of the block.',
  }),
} as const;

export type DiagnosticName = keyof typeof CATALOGUE;
export type DiagnosticParams<N extends DiagnosticName> = (typeof CATALOGUE)[N] extends CatalogueEntry<infer P> ? P : never;
