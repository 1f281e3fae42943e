import { formatFiscalYear } from '../../model/calendar.ts';
import { checkPersonId, readFiscalYear, readMonth, readText, requireText } from '../flags.ts';
import type { ScaffoldKind } from '../scaffold-kind.ts';
import { renderYamlFile, yamlScalar } from '../yaml-text.ts';

/**
 * `data/reports/<fiscal-year>.yaml`. The next year's work plan and the survey round run in the
 * report's first year are annexed when their data exists, as the annual report 2018/19 annexes
 * the Annual Work Plan 2019/2020 and Survey 2018.
 */
export const reportKind: ScaffoldKind = {
  summary: 'an annual report: data/reports/<fiscal-year>.yaml (its chapters follow with "chapter")',
  example: 'npm run new -- report --fy 2019-20 --signatory norikazu-kuramoto',
  flags: {
    fy: { description: 'fiscal year the report covers, e.g. 2019-20 (required)' },
    title: { description: 'title (default: Annual Report 2019/2020)' },
    signatory: { description: 'person id of who signs it (default: the latest report\'s signatory)' },
    date: { description: 'month of publication, e.g. 2020-10' },
  },
  plan(flags, { data }) {
    const fy = readFiscalYear(flags) ?? requireText(flags, 'fy', '2019-20');
    const first = Number(fy.slice(0, 4));
    const nextFy = `${first + 1}-${String((first + 2) % 100).padStart(2, '0')}`;
    const latest = [...data.reports].sort((a, b) => a.fy.localeCompare(b.fy)).at(-1);
    const signatory = readText(flags, 'signatory') ?? latest?.signatory ?? requireText(flags, 'signatory', 'norikazu-kuramoto');
    checkPersonId(signatory, data.people.map((p) => p.id), 'signatory');
    const published = readMonth(flags, 'date');
    const lines = [
      `fy: ${fy}`,
      `title: ${yamlScalar(readText(flags, 'title') ?? `Annual Report ${first}/${first + 1}`)}`,
      published ? `published: ${published}` : '# published: 2020-10',
      `signatory: ${signatory}`,
      data.workPlans.some((p) => p.fy === nextFy) ? `annexed_work_plan: ${nextFy}` : `${`# annexed_work_plan: ${nextFy}`.padEnd(36)} # needs data/plans/work-plan-${nextFy}.yaml`,
      data.surveys.some((s) => s.round === first) ? `annexed_survey: ${first}` : `${`# annexed_survey: ${first}`.padEnd(36)} # needs data/surveys/${first}.yaml`,
      '# website: { visits: over 3 million, change: about 34% increase }',
      '# publications_to_date: { newsletters: 63, good_practice_reports: 19 }',
    ];
    const file = `data/reports/${fy}.yaml`;
    return { file, text: renderYamlFile(lines), next: [`Add the report's chapters: npm run new -- chapter --fy ${fy} --title "Executive Summary"`, `The annual report ${formatFiscalYear(fy)} shows the activities in content/activities/${fy}/.`] };
  },
};
