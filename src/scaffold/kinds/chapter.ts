import { readChoice, readFiscalYear, readText, readWholeNumber, requireText } from '../flags.ts';
import { ScaffoldError, type ScaffoldKind } from '../scaffold-kind.ts';
import { slugify } from '../slugify.ts';
import { renderMarkdownFile, yamlScalar } from '../yaml-text.ts';

/**
 * A chapter of an annual report (`content/reports/<fy>/<nn>-<slug>.md`) or of a survey report
 * (`content/surveys/<round>/<nn>-<slug>.md`); the file name starts with its order, so the
 * folder lists chapters in reading order.
 */
export const chapterKind: ScaffoldKind = {
  summary: 'a chapter of an annual report (--fy) or a survey report (--round): content/reports/<fy>/ or content/surveys/<round>/',
  example: 'npm run new -- chapter --fy 2019-20 --title "Executive Summary"',
  flags: {
    fy: { description: 'fiscal year of the annual report, e.g. 2019-20 (this or --round)' },
    round: { description: 'survey round of the good practice report, e.g. 2021 (this or --fy)' },
    title: { description: 'chapter title (required)' },
    order: { description: 'position in the publication, 1 first (default: after the last chapter)' },
    pillar: { description: 'pillar, for a chapter that reports one pillar\'s activities: 1 to 4' },
    part: { description: 'part of the table of contents it belongs to, e.g. Annex' },
    slug: { description: 'file name after the number, e.g. executive-summary (default: from the title)' },
  },
  plan(flags, { data }) {
    const fy = readFiscalYear(flags);
    const round = readWholeNumber(flags, 'round', '2021');
    if ((fy === undefined) === (round === undefined)) throw new ScaffoldError('Give either --fy (a chapter of the annual report) or --round (a chapter of the survey report).');
    const title = requireText(flags, 'title', '"Executive Summary"');
    const [folder, group, chapters] =
      fy !== undefined ? ['content/reports', fy, data.reportChapters.filter((c) => c.group === fy)] : ['content/surveys', String(round), data.surveyChapters.filter((c) => c.group === String(round))];
    if (fy !== undefined && !data.reports.some((r) => r.fy === fy)) throw new ScaffoldError(`There is no annual report ${fy} yet (data/reports/${fy}.yaml). Create it first: npm run new -- report --fy ${fy}`);
    if (round !== undefined && !data.surveys.some((s) => s.round === round)) throw new ScaffoldError(`There is no survey round ${round} yet (data/surveys/${round}.yaml). Create it first: npm run new -- survey --round ${round}`);
    const order = readWholeNumber(flags, 'order', '3') ?? Math.max(0, ...chapters.map((c) => c.data.order)) + 1;
    const pillar = readChoice(flags, 'pillar', ['1', '2', '3', '4']);
    const part = readText(flags, 'part');
    const frontMatter = [
      `title: ${yamlScalar(title)}`,
      `order: ${order}`,
      part ? `part: ${yamlScalar(part)}` : '# part: Annex',
      pillar ? `pillar: ${pillar}` : '# pillar: 1',
      '# blocks: [activities]               # generated sections shown after the prose (docs/editing.md)',
      '# signatory: norikazu-kuramoto       # person id, for a chapter that is signed',
    ];
    const file = `${folder}/${group}/${String(order).padStart(2, '0')}-${slugify(readText(flags, 'slug') ?? title, 8)}.md`;
    const body = '<!-- Write the chapter here. Write figures that the data implies as placeholders, never as typed numbers: docs/editing.md lists them. -->';
    return { file, text: renderMarkdownFile(frontMatter, body), next: [`Write the chapter in ${file}.`] };
  },
};
