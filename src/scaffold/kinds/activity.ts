import { fiscalYearOfDay } from '../../model/calendar.ts';
import { ActivityKindSchema } from '../../schemas/index.ts';
import { isDay, readChoice, readFiscalYear, readText, requireText } from '../flags.ts';
import { ScaffoldError, type ScaffoldKind } from '../scaffold-kind.ts';
import { slugify } from '../slugify.ts';
import { renderMarkdownFile, yamlFlowList, yamlFlowMap, yamlScalar } from '../yaml-text.ts';

/** `content/activities/<fiscal-year>/<slug>-<yyyy-mm>.md`, the fiscal year taken from the first day. */
export const activityKind: ScaffoldKind = {
  summary: 'an activity (workshop, mission, meeting…): content/activities/<fiscal-year>/<slug>.md',
  example: 'npm run new -- activity --title "WCO National Workshop on Risk Management for Thailand" --kind national-workshop --date 2019-01-14..2019-01-18 --pillar 1 --city Bangkok --country TH',
  flags: {
    title: { description: 'full title, as the narrative\'s heading prints it (required)' },
    kind: { description: `kind of activity (required): ${ActivityKindSchema.options.join(', ')}` },
    date: { description: 'when (required): a day 2019-01-14, a month 2019-01, a range 2019-01-14..2019-01-18, or days 2019-05-07,2019-05-08,2019-05-10' },
    pillar: { description: 'pillar of the strategic action plan it serves, 1 to 4 (required)' },
    city: { description: 'city of the venue' },
    country: { description: 'country of the venue: a member code (TH), or the name of a country outside the region (Belgium)' },
    host: { description: 'host administration (member code) or organisation' },
    topic: { description: 'topic id from data/topics.yaml, for workshops the annual report lists by topic' },
    slug: { description: 'file name without the month, e.g. risk-management-thailand (default: from the title)' },
    fy: { description: 'fiscal year folder, e.g. 2018-19 (default: the fiscal year of the first day)' },
  },
  plan(flags, project) {
    const title = requireText(flags, 'title', '"WCO National Workshop on Risk Management for Thailand"');
    const kind = readChoice(flags, 'kind', ActivityKindSchema.options) ?? requireText(flags, 'kind', 'national-workshop');
    const dates = parseDatesFlag(requireText(flags, 'date', '2019-01-14..2019-01-18'));
    const pillar = readChoice(flags, 'pillar', ['1', '2', '3', '4']) ?? requireText(flags, 'pillar', '1');
    const fy = readFiscalYear(flags) ?? fiscalYearOfDay(dates.first);
    const slug = withMonth(slugify(readText(flags, 'slug') ?? title), dates.first.slice(0, 7));
    // The same path is refused as "already exists"; the same name in another year's folder is refused here.
    const clash = project.data.activities.find((activity) => activity.slug === slug && activity.group !== fy);
    if (clash) throw new ScaffoldError(`An activity named "${slug}" already exists (content/activities/${clash.id}.md); file names must be unique across all years. Give another --slug.`);
    const city = readText(flags, 'city');
    const country = readText(flags, 'country');
    if (city && !country) throw new ScaffoldError('--city needs --country too: a venue always names its country, e.g. --country TH.');
    const frontMatter = [
      `title: ${yamlScalar(title)}`,
      '# list_title: the shorter name used in the annual report\'s workshop lists, if different',
      `kind: ${kind}`,
      `dates: ${dates.yaml}`,
      country ? `venue: ${yamlFlowMap({ city, country })}` : '# venue: { city: Bangkok, country: TH }',
      optionalLine('host', readText(flags, 'host'), 'TH'),
      '# funds: [ccf-japan]                 # ids from data/funds.yaml',
      '# partners: [UNESCAP]                # abbreviations from data/glossary.yaml',
      '# participants: 25',
      '# administrations: 12',
      '# members: [FJ, TH]                  # members that took part, by code',
      '# beneficiaries: [TH]                # members a national workshop or mission was for',
      '# staff:',
      '#   - { person: saori-nojima, role: facilitator }',
      '# experts:',
      '#   - { from: JP, count: 1 }',
      `pillar: ${pillar}`,
      optionalLine('topic', readText(flags, 'topic'), 'ipr'),
      '# delivers: ["1-(a)"]                # work-plan actions of the fiscal year',
    ];
    const body = '<!-- Write the narrative here: what took place, where and when, who took part, and what it achieved. Every field above is explained in docs/editing.md. -->';
    const file = `content/activities/${fy}/${slug}.md`;
    return { file, text: renderMarkdownFile(frontMatter, body), next: [`Write the narrative and fill in the facts in ${file}.`] };
  },
};

function optionalLine(field: string, value: string | undefined, example: string): string {
  return value === undefined ? `# ${field}: ${example}` : `${field}: ${yamlScalar(value)}`;
}

/** `national-workshop-risk-management` + `2019-01` → `national-workshop-risk-management-2019-01`, unless it already ends so. */
function withMonth(slug: string, month: string): string {
  if (!slug) throw new ScaffoldError('The title or --slug gives no usable file name; give --slug with lowercase words, e.g. --slug risk-management-thailand.');
  return /-\d{4}-\d{2}$/.test(slug) ? slug : `${slug}-${month}`;
}

/**
 * The four shapes of `dates`, from one flag:
 * `2019-01-14` → `2019-01-14`; `2019-01` → `2019-01`; `2019-01-14..2019-01-18` → `{ from: …, to: … }`;
 * `2019-05-07,2019-05-08` → `[2019-05-07, 2019-05-08]`.
 */
export function parseDatesFlag(text: string): { yaml: string; first: string } {
  const fail = () => {
    throw new ScaffoldError(`--date "${text}" is not a date: write a day 2019-01-14, a month 2019-01, a range 2019-01-14..2019-01-18, or days 2019-05-07,2019-05-08.`);
  };
  if (/^\d{4}-\d{2}$/.test(text)) return isDay(`${text}-01`) ? { yaml: text, first: `${text}-01` } : fail();
  if (text.includes('..')) {
    const [from = '', to = ''] = text.split('..');
    return isDay(from) && isDay(to) ? { yaml: yamlFlowMap({ from, to }), first: from } : fail();
  }
  const days = text.split(',').map((d) => d.trim());
  if (!days.every(isDay)) return fail();
  return days.length === 1 ? { yaml: days[0]!, first: days[0]! } : { yaml: yamlFlowList(days), first: [...days].sort()[0]! };
}
