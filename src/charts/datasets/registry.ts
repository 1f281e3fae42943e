import type { SiteData } from '../../model/site-data.ts';
import { SURVEY_QUESTIONS } from '../../model/survey-totals.ts';
import { ACTIVITIES_BY_KIND, ACTIVITIES_BY_TOPIC, EXPERTS_BY_HOME, MEMBER_ACTIVITIES } from './activity-datasets.ts';
import { listPlaceholders, matchDataset, nameDataset, type DatasetDefinition, type DatasetRow } from './dataset.ts';
import { INHOUSE_WORKSHOPS, PARTICIPATION, SURVEY_REPLY_RATES } from './history-datasets.ts';
import { defineQuestionDataset, SURVEY_FOLLOW_UP_ACTIONS, SURVEY_REPLIES } from './survey-datasets.ts';

/**
 * Every dataset a chart can name, in the order docs/datasets.md lists them. Standard charts
 * and Markdown chart blocks both read their rows from here, so a figure has one source.
 */
export const DATASETS: readonly DatasetDefinition[] = [
  PARTICIPATION,
  SURVEY_REPLY_RATES,
  INHOUSE_WORKSHOPS,
  SURVEY_REPLIES,
  SURVEY_FOLLOW_UP_ACTIONS,
  ...SURVEY_QUESTIONS.map(defineQuestionDataset),
  ACTIVITIES_BY_TOPIC,
  ACTIVITIES_BY_KIND,
  EXPERTS_BY_HOME,
  MEMBER_ACTIVITIES,
];

/** A dataset found by name, with its rows. */
export interface ResolvedDataset {
  name: string;
  definition: DatasetDefinition;
  rows: DatasetRow[];
}

/** The dataset a name points at (`surveys/2020/replies`), or undefined when the data has none. */
export function resolveDataset(data: SiteData, name: string): ResolvedDataset | undefined {
  for (const definition of DATASETS) {
    const params = matchDataset(definition.pattern, name);
    const rows = params && definition.rows(data, params);
    if (rows) return { name, definition, rows };
  }
  return undefined;
}

/** The rows of a dataset the caller knows exists (standard charts); undefined when the data lacks it. */
export function readDataset(data: SiteData, name: string): DatasetRow[] | undefined {
  return resolveDataset(data, name)?.rows;
}

/** Every dataset name the data has, for "did you mean" hints. */
export function listDatasetNames(data: SiteData): string[] {
  return DATASETS.flatMap((definition) => definition.list(data).map((params) => nameDataset(definition.pattern, params)));
}

/**
 * The datasets in a line an editor can read: fixed names in full, patterns with the values
 * the data has (`surveys/<round>/replies (round: 2018, 2020)`), members summarised by example.
 */
export function describeAvailableDatasets(data: SiteData): string {
  return DATASETS.map((definition) => {
    const keys = listPlaceholders(definition.pattern);
    if (keys.length === 0) return definition.pattern;
    const values = definition.list(data).map((params) => params[keys[0]!]!);
    const shown = values.length > 6 ? `${values.slice(0, 3).join(', ')}, … ${values.length} in all` : values.join(', ');
    return `${definition.pattern} (${keys[0]}: ${shown || 'none in the data'})`;
  }).join('; ');
}
