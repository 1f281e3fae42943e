import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentFileKind } from '../content-files.ts';
import type { MarkdownEntry, SiteData } from '../model/site-data.ts';
import type { History } from '../schemas/index.ts';
import type { Diagnostic } from './diagnostic.ts';
import { discoverFiles, isDocumentationFile } from './discover-files.ts';
import { makeDiagnostic, parseContentFile } from './parse-content-file.ts';
import { describeIssues } from './schema-issues.ts';
import { SourceIndex } from './source-index.ts';
import { locateInYaml, type YamlSource } from './yaml-source.ts';

/**
 * Reads and schema-checks every file under content/ and data/ into plain SiteData, keeping
 * where each entry came from. Entries that fail their schema are left out of the data (so
 * cross-file rules see only valid entries) but their ids are kept, to avoid follow-on errors.
 */
export interface LoadedContent {
  data: SiteData;
  sources: SourceIndex;
  diagnostics: Diagnostic[];
  /** Ids of entries that exist but failed their schema: `activities:2018-19/slug`. */
  invalidIds: Set<string>;
  fileCount: number;
}

export function loadContent(root: string): LoadedContent {
  const state: LoadedContent = { data: emptySiteData(), sources: new SourceIndex(), diagnostics: [], invalidIds: new Set(), fileCount: 0 };
  for (const { file, kind, linkTarget } of discoverFiles(root)) {
    state.fileCount += 1;
    if (linkTarget !== undefined) {
      state.diagnostics.push(makeDiagnostic('SymbolicLink', { target: linkTarget }, { file, line: 1, column: 1 }));
      continue;
    }
    if (!kind) {
      if (!isDocumentationFile(file)) state.diagnostics.push(makeDiagnostic('UnrecognisedFile', { expected: expectedPlaces() }, { file, line: 1, column: 1 }));
      continue;
    }
    loadFile(state, file, kind, readFileSync(join(root, file)));
  }
  return state;
}

function loadFile(state: LoadedContent, file: string, kind: ContentFileKind, bytes: Uint8Array): void {
  const parsed = parseContentFile(file, bytes, kind.format);
  state.diagnostics.push(...parsed.diagnostics);
  if (!parsed.source || parsed.value === undefined) return markInvalid(state, kind, file);
  if (kind.entryKey) return loadListFile(state, kind, parsed.source, parsed.value);
  const data = validate(state, kind.schema, parsed.value, parsed.source, []) as object | undefined;
  if (data === undefined) return markInvalid(state, kind, file);
  state.sources.register(data, parsed.source);
  if (parsed.bodyLine !== undefined) state.sources.registerBody(data, parsed.bodyLine);
  addEntry(state.data, kind, file, data, parsed.body ?? '');
}

function loadListFile(state: LoadedContent, kind: ContentFileKind, source: YamlSource, value: unknown): void {
  const list = validate(state, z.array(z.unknown(), { error: 'Expected a list of entries, each starting with "- ".' }), value, source, []);
  if (!list) return void state.invalidIds.add(`${kind.collection}:*`);
  list.forEach((item, index) => {
    const data = validate(state, kind.schema, item, source, [index]) as object | undefined;
    // An entry that fails its schema may be the one a reference means: hold back reference errors to the list.
    if (data === undefined) return void state.invalidIds.add(`${kind.collection}:*`);
    state.sources.register(data, source, [index]);
    (state.data[kind.collection as ListCollection] as object[]).push(data);
  });
}

function validate<T>(state: LoadedContent, schema: z.ZodType<T>, value: unknown, source: YamlSource, basePath: (string | number)[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const placed of describeIssues(result.error.issues, schema, value, basePath)) {
    state.diagnostics.push({ ...placed.diagnostic, ...locateInYaml(source, placed.path, placed.want) });
  }
  return undefined;
}

type ListCollection = 'members' | 'people' | 'glossary' | 'funds' | 'topics';
type MarkdownCollection = 'activities' | 'reportChapters' | 'surveyChapters' | 'articles';
type FileCollection = 'surveys' | 'workPlans' | 'strategicPlans' | 'reports' | 'newsletters';

function addEntry(data: SiteData, kind: ContentFileKind, file: string, value: unknown, body: string): void {
  if (kind.collection === 'history') {
    data.history = value as History;
  } else if (kind.format === 'markdown') {
    const [group, name] = file.slice(kind.base.length + 1).split('/') as [string, string];
    const slug = name.replace(/\.md$/, '');
    (data[kind.collection as MarkdownCollection] as MarkdownEntry<unknown>[]).push({ id: `${group}/${slug}`, group, slug, data: value, body, filePath: file });
  } else {
    (data[kind.collection as FileCollection] as unknown[]).push(value);
  }
}

/** A list file that cannot be read hides all its ids: `members:*` stops follow-on "unknown member" errors. */
function markInvalid(state: LoadedContent, kind: ContentFileKind, file: string): void {
  const name = kind.entryKey ? '*' : file.slice(kind.base.length + 1).replace(/\.(md|yaml)$/, '');
  state.invalidIds.add(`${kind.collection}:${name}`);
}

function expectedPlaces(): string {
  return 'content/activities/<fiscal-year>/, content/reports/<fiscal-year>/, content/surveys/<round>/, content/newsletters/<number>/, or a data file listed in docs/editing.md';
}

export function emptySiteData(): SiteData {
  return {
    activities: [], reportChapters: [], surveyChapters: [], articles: [],
    members: [], people: [], glossary: [], funds: [], topics: [],
    history: { participation: [], reply_rates: [], inhouse_workshops: [] },
    surveys: [], workPlans: [], strategicPlans: [], reports: [], newsletters: [],
  };
}
