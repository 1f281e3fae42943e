import { describe, expect, it } from 'vitest';
import { readChartBlock } from '../../src/charts/chart-block.ts';
import { renderDatasetsDoc } from '../../src/charts/datasets/describe-datasets.ts';
import { DATASETS } from '../../src/charts/datasets/registry.ts';
import { shippedContent } from './model-content.ts';

/**
 * docs/datasets.md is the registry written out: this test fails when they differ.
 * After changing a dataset: npx vitest run -u tests/unit/chart-datasets-doc.test.ts
 */
describe('docs/datasets.md', () => {
  it('lists every dataset of the registry with its fields', async () => {
    await expect(renderDatasetsDoc()).toMatchFileSnapshot('../../docs/datasets.md');
  });

  it('documents each dataset once, and every field the datasets’ rows carry', () => {
    const data = shippedContent();
    expect(new Set(DATASETS.map((d) => d.pattern)).size).toBe(DATASETS.length);
    for (const definition of DATASETS) {
      for (const params of definition.list(data)) {
        for (const row of definition.rows(data, params) ?? []) expect(Object.keys(row).sort()).toEqual(definition.fields.map((f) => f.name).sort());
      }
    }
  });

  it('shows an example block that draws', () => {
    const block = /```chart\n([\s\S]*?)```\n/.exec(renderDatasetsDoc())![1]!;
    const result = readChartBlock(block, { file: 'docs/datasets.md', fenceLine: 1, column: 1 }, shippedContent());
    expect(result.diagnostics).toEqual([]);
    expect(result.chart).toBeDefined();
  });
});
