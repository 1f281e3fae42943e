import { DATASETS } from './registry.ts';

/**
 * docs/datasets.md, written from the registry so the page cannot drift from the code:
 * tests/unit/chart-datasets-doc.test.ts compares the file with this text, and
 * `npx vitest run -u tests/unit/chart-datasets-doc.test.ts` rewrites it after a change.
 */
export function renderDatasetsDoc(): string {
  return [HEADER, ...DATASETS.map(describeDataset), FOOTER].join('\n');
}

function describeDataset(definition: (typeof DATASETS)[number]): string {
  const rows = definition.fields.map((f) => `| \`${f.name}\` | ${f.type} | ${f.title} | ${f.description} |`);
  return [`## \`${definition.pattern}\``, '', definition.description, '', '| field | type | table heading | meaning |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

const HEADER = `# Datasets for charts

<!-- Generated from src/charts/datasets/registry.ts; do not edit by hand.
     After changing a dataset, run: npx vitest run -u tests/unit/chart-datasets-doc.test.ts -->

A chart in Markdown is a fenced block whose language is \`chart\`: a
[Vega-Lite](https://vega.github.io/vega-lite/docs/) spec in YAML or JSON. It is drawn as SVG
when the site is built; readers get the picture, its description and a table of its numbers,
and no JavaScript. Its \`data\` names one of the datasets below, whose figures the site computes
from \`data/\` and \`content/\`, so a chart never carries a typed number:

\`\`\`\`markdown
\`\`\`chart
title: Follow-up actions after the AEO workshop
description: Replies from the WCO Regional Workshop on AEO reporting each follow-up action.
data: { name: surveys/2020/follow-up-actions }
transform: [{ filter: "datum.number == 2" }]
mark: bar
encoding:
  y: { field: action, type: nominal, sort: null, title: null }
  x: { field: count, type: quantitative, title: Replies }
\`\`\`
\`\`\`\`

Every block needs a \`title\` (the figure's caption) and a \`description\` (what the chart shows,
for readers who cannot see it). Instead of a dataset, \`data: { values: [...] }\` may list rows
in the block itself. \`npm run check\` reports, at the block's line, an unknown dataset
(UnknownDataset), a field the dataset does not have (UnknownChartField), a spec Vega-Lite cannot
draw (InvalidChartSpec) and a missing title or description (UndescribedChart); the build stops
on the same errors.

Names in angle brackets are filled in: \`<round>\` is a survey round (\`2020\`), \`<fy>\` a fiscal
year as its folder is named (\`2018-19\`), \`<code>\` a member code (\`FJ\`).
`;

const FOOTER = `Colours come from the site's theme (light, dark and print): leave \`color\` out, or encode a
field with at most three values, which take the theme's dark, pale and outlined fills.
`;
