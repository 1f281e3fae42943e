import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { figureContextOfFile, type FigureContext } from '../model/figures.ts';

export interface RemarkFiguresOptions {
  /** The figures available to prose in a context (a report's fiscal year, a survey round). */
  figuresFor: (context: FigureContext) => ReadonlyMap<string, string>;
}

/** `{{ name }}`, spaces optional; names are dotted words: `survey.actions.share_materials.percent`. */
export const FIGURE_PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

/**
 * Replaces figure placeholders in Markdown text with the computed figure, so prose never
 * carries a typed number that could drift from the data. The context comes from the file's
 * path (`content/reports/<fy>/…`, `content/surveys/<round>/…`); a name with no value there
 * stops the build with the file and position, because a missing figure is a broken sentence.
 *
 * Input (content/surveys/2020/01-summary.md):
 *   The total no. of replies is {{ survey.replies }} ({{ survey.reply_rate }}).
 * Output:
 *   The total no. of replies is 28 (70%).
 */
export function remarkFigures(options: RemarkFiguresOptions) {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? '';
    const figures = options.figuresFor(figureContextOfFile(path));
    // Only text nodes: a placeholder inside `code` is shown as written, on purpose.
    visit(tree, 'text', (node) => {
      node.value = node.value.replace(FIGURE_PLACEHOLDER, (_match, name: string) => {
        const value = figures.get(name);
        if (value !== undefined) return value;
        return file.fail(describeUnknownFigure(name, path, figures), { place: node.position, ruleId: 'UnknownFigure', source: 'remark-figures' });
      });
    });
  };
}

function describeUnknownFigure(name: string, path: string, figures: ReadonlyMap<string, string>): string {
  const known = [...figures.keys()].sort().join(', ');
  return `Unknown figure "{{ ${name} }}" in ${path || 'a Markdown text'}: no figure of that name exists for this file's publication. Figures available here: ${known}.`;
}
