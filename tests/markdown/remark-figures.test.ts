import { describe, expect, it } from 'vitest';
import type { FigureContext } from '../../src/model/figures.ts';
import { remarkFigures } from '../../src/markdown/remark-figures.ts';
import { processMarkdown } from './process-markdown.ts';

/** Hand-made figures: what each context offers, so the plugin is tested apart from the data. */
function figuresFor(context: FigureContext): Map<string, string> {
  const figures = new Map([['members.count', '33']]);
  if (context.report === '2018-19') figures.set('workshops.regional', '13');
  if (context.survey === 2020) figures.set('survey.reply_rate', '70%').set('survey.actions.share_materials.percent', '82%');
  return figures;
}

const render = (markdown: string, path: string) => processMarkdown(markdown, { path, remark: [[remarkFigures, { figuresFor }]] });

describe('remark-figures', () => {
  it('replaces placeholders with the figures of the file’s survey round', async () => {
    const html = await render('Replies reached {{ survey.reply_rate }}; {{survey.actions.share_materials.percent}} shared *materials*.', 'content/surveys/2020/02-executive-summary.md');
    await expect(html).toMatchFileSnapshot('golden/remark-figures-survey.html');
  });

  it('takes a report chapter’s fiscal year from its folder', async () => {
    expect(await render('The office organized {{ workshops.regional }} workshops.', 'content/reports/2018-19/01-executive-summary.md')).toBe('<p>The office organized 13 workshops.</p>');
  });

  it('offers context-free figures anywhere', async () => {
    expect(await render('It supports {{ members.count }} Members.', 'content/activities/2018-19/x.md')).toBe('<p>It supports 33 Members.</p>');
  });

  it('leaves placeholders in code alone', async () => {
    expect(await render('Write `{{ survey.reply_rate }}` in prose.', 'content/reports/2018-19/01-x.md')).toBe('<p>Write <code>{{ survey.reply_rate }}</code> in prose.</p>');
  });

  it('stops on a name with no figure in the file’s context, naming the file and position', async () => {
    await expect(render('Rate: {{ survey.reply_rate }}.', 'content/reports/2018-19/06-pillar-iii.md')).rejects.toThrow(
      /Unknown figure "\{\{ survey\.reply_rate \}\}" in content\/reports\/2018-19\/06-pillar-iii\.md/,
    );
    await expect(render('\n\nRate: {{ survey.nonsense }}.', 'content/surveys/2020/02-x.md')).rejects.toMatchObject({ line: 3, column: 1, ruleId: 'UnknownFigure' });
  });
});
