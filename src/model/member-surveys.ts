import type { SurveyRound } from '../schemas/index.ts';
import type { SiteData } from './site-data.ts';
import { listCorrelationAppearances } from './survey-correlations.ts';

type Example = SurveyRound['examples'][number];
type CorrelationTable = SurveyRound['correlations'][number];

/** What one survey round says about one member. */
export interface MemberSurveyRecord {
  survey: SurveyRound;
  /** Correlation tables naming the member: per workshop, the columns it appears in. */
  correlations: { table: CorrelationTable; rows: { workshop: number; label: string; columns: string[] }[] }[];
  /** Workshops (1-based) the member replied about, as far as the correlation tables show. */
  repliedWorkshops: number[];
  examples: Example[];
}

/** Every survey round that names a member in a correlation table or a quoted example. */
export function listMemberSurveyRecords(data: SiteData, code: string): MemberSurveyRecord[] {
  return data.surveys
    .map((survey) => {
      const correlations = survey.correlations
        .map((table) => ({
          table,
          rows: listCorrelationAppearances(table, code).map((row) => ({
            ...row,
            label: survey.workshops[row.workshop - 1]?.label ?? `Workshop (${row.workshop})`,
            columns: row.columns.map((column) => describeColumn(table, column)),
          })),
        }))
        .filter((entry) => entry.rows.length > 0);
      const repliedWorkshops = [...new Set(correlations.flatMap((c) => c.rows.map((row) => row.workshop)))].sort((a, b) => a - b);
      const examples = survey.examples.filter((example) => example.members.includes(code));
      return { survey, correlations, repliedWorkshops, examples };
    })
    .filter((record) => record.correlations.length > 0 || record.examples.length > 0)
    .sort((a, b) => a.survey.round - b.survey.round);
}

const ACTION_WORDS: Record<string, string> = {
  share_materials: 'shared training materials',
  submit_reports: 'submitted reports',
  make_recommendations: 'made recommendations',
  organise_inhouse_workshops: 'organised in-house workshops',
  develop_manuals: 'developed operational manuals',
  others: 'took other actions',
  direct_effects: 'realised direct effects',
  efficiency: 'saw improved efficiency',
  new_projects: 'initiated new projects',
};

/** A column of a correlation table in words: `shared training materials`. */
export function describeColumn(table: CorrelationTable, column: 'first' | 'second' | 'outcome'): string {
  const key = column === 'outcome' ? table.outcome : table.actions[column === 'first' ? 0 : 1];
  return ACTION_WORDS[key] ?? key;
}
