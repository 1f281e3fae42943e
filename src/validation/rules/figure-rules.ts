import { figureContextOfFile, memoiseFigures } from '../../model/figures.ts';
import { FIGURE_PLACEHOLDER } from '../../markdown/remark-figures.ts';
import { makeDiagnostic } from '../parse-content-file.ts';
import type { RuleContext } from '../rule-context.ts';
import { suggestClosest } from '../suggest.ts';

/**
 * Every `{{ name }}` placeholder in Markdown names a figure the site can compute for the
 * publication the file belongs to, so the build never stops on a broken sentence.
 */
export function checkFigures(context: RuleContext): void {
  const figuresFor = memoiseFigures(context.data);
  const { activities, reportChapters, surveyChapters, articles } = context.data;
  for (const entry of [...activities, ...reportChapters, ...surveyChapters, ...articles]) {
    const file = context.sources.fileOf(entry.data);
    const figures = figuresFor(figureContextOfFile(file));
    for (const match of entry.body.matchAll(FIGURE_PLACEHOLDER)) {
      const name = match[1]!;
      if (figures.has(name)) continue;
      const at = context.sources.inBody(entry.data, entry.body, match.index);
      const params = { value: name, suggestion: suggestClosest(name, figures.keys()), context: publicationOf(file) };
      context.diagnostics.push(makeDiagnostic('UnknownFigure', params, at));
    }
  }
}

function publicationOf(file: string): string {
  if (file.startsWith('content/reports/')) return 'an annual report chapter';
  if (file.startsWith('content/surveys/')) return 'a survey report chapter';
  return 'this kind of file';
}
