import type { SiteData } from '../../model/site-data.ts';

/**
 * A dataset: rows of figures computed from the model, named so that a chart in Markdown can
 * ask for it (`data: { name: surveys/2020/replies }`). Rows hold plain values only; every
 * number comes from src/model/, never typed.
 */
export type FieldType = 'nominal' | 'ordinal' | 'quantitative';

export interface DatasetField {
  name: string;
  /** The Vega-Lite type that suits the field. */
  type: FieldType;
  /** Column heading in the chart's data table. */
  title: string;
  description: string;
}

export type DatasetValue = string | number | null;
export type DatasetRow = Record<string, DatasetValue>;
export type DatasetParams = Record<string, string>;

export interface DatasetDefinition {
  /** The name with placeholders in angle brackets: `surveys/<round>/replies`. */
  pattern: string;
  description: string;
  fields: DatasetField[];
  /** Every parameter set the data has a dataset for: `[{ round: '2018' }, { round: '2020' }]`. */
  list(data: SiteData): DatasetParams[];
  /** The rows for one parameter set; undefined when the data has no such dataset. */
  rows(data: SiteData, params: DatasetParams): DatasetRow[] | undefined;
}

/** Shorthand for a field list: `field('count', 'quantitative', 'Activities', 'How many …')`. */
export function field(name: string, type: FieldType, title: string, description: string): DatasetField {
  return { name, type, title, description };
}

/** A pattern's placeholder names, in order: `members/<code>/activities` → `['code']`. */
export function listPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(/<([a-z]+)>/g)].map((match) => match[1]!);
}

/** The name a parameter set gives a pattern: (`surveys/<round>/replies`, { round: '2020' }) → `surveys/2020/replies`. */
export function nameDataset(pattern: string, params: DatasetParams): string {
  return pattern.replace(/<([a-z]+)>/g, (_match, key: string) => params[key] ?? `<${key}>`);
}

/** The parameters a name gives a pattern, or undefined when it does not fit. */
export function matchDataset(pattern: string, name: string): DatasetParams | undefined {
  const keys = listPlaceholders(pattern);
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[a-z]+>/g, '([^/]+)');
  const match = new RegExp(`^${source}$`).exec(name);
  if (!match) return undefined;
  return Object.fromEntries(keys.map((key, i) => [key, match[i + 1]!]));
}
