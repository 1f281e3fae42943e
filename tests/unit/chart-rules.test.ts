import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, RULES } from '../../src/validation/check-project.ts';
import { checkCharts } from '../../src/validation/rules/chart-rules.ts';
import { copyGoodSite } from '../support/temp-site.ts';

/**
 * The checker's chart rule on the good mini-site. The failing cases, with hand-computed
 * positions, are fixtures: tests/fixtures/broken/chart-*.
 */
const CHAPTER = `---
title: Foreword
order: 1
signatory: kazunari-igarashi
---

Replies to the survey:

\`\`\`chart
title: Replies per workshop
description: Replies received from each workshop surveyed in 2018.
data: { name: surveys/2018/replies }
mark: bar
encoding:
  y: { field: workshop, type: nominal }
  x: { field: replies, type: quantitative }
\`\`\`

~~~chart
title: Made up
description: Values written in the block.
data: { values: [{ kind: a, n: 1 }] }
mark: bar
encoding: { x: { field: kind, type: nominal }, y: { field: n, type: quantitative } }
~~~

\`\`\`yaml
not: [a, chart
\`\`\`
`;

describe('checkCharts', () => {
  it('runs with every check', () => {
    expect(RULES).toContain(checkCharts);
  });

  it('passes good chart blocks, in backtick or tilde fences, and leaves other code alone', () => {
    const dir = copyGoodSite('chart-rules');
    writeFileSync(join(dir, 'content/surveys/2018/01-foreword.md'), CHAPTER);
    expect(checkProject(dir).diagnostics).toEqual([]);
  });

  it('reports each broken block of a file, at its own line', () => {
    const dir = copyGoodSite('chart-rules-two');
    const broken = CHAPTER.replace('surveys/2018/replies', 'surveys/2019/replies').replace('field: n,', 'field: m,');
    writeFileSync(join(dir, 'content/surveys/2018/01-foreword.md'), broken);
    const found = checkProject(dir).diagnostics.map((d) => `${d.name} ${d.line}:${d.column}`);
    // Line 12 "data: { name: surveys/2019/replies }"; line 24 "encoding: { x: …, y: { field: m, …".
    expect(found).toEqual(['UnknownDataset 12:15', 'UnknownChartField 24:60']);
  });
});
