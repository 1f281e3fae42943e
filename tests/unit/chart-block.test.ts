import { describe, expect, it } from 'vitest';
import { readChartBlock } from '../../src/charts/chart-block.ts';
import { shippedContent } from './model-content.ts';

/** Chart blocks as an editor writes them; the fence sits on line 10 of content/x.md. */
const data = shippedContent();
const place = { file: 'content/x.md', fenceLine: 10, column: 1 };
const read = (text: string, at = place) => readChartBlock(text, at, data);
const where = (text: string, at = place) => read(text, at).diagnostics.map((d) => `${d.name} ${d.file}:${d.line}:${d.column}`);

const HEAD = 'title: Replies\ndescription: Replies per workshop.\n';

describe('a good block', () => {
  it('becomes a chart whose data is the dataset’s rows, with title and description lifted out of the spec', () => {
    const result = read(`${HEAD}data: { name: surveys/2020/replies }\nmark: bar\nencoding:\n  y: { field: workshop, type: nominal }\n  x: { field: replies, type: quantitative }\n`);
    expect(result.diagnostics).toEqual([]);
    expect(result.chart!.title).toBe('Replies');
    expect(result.chart!.description).toBe('Replies per workshop.');
    expect(result.chart!.spec).not.toHaveProperty('title');
    expect((result.chart!.spec as { data: { values: unknown[] } }).data.values).toHaveLength(4);
    expect(result.chart!.table.head).toEqual(['No.', 'Workshop', 'Kind', 'Participating administrations', 'Replies', 'Reply rate (%)']);
  });

  it('may be JSON, even indented with tabs', () => {
    const json = '{\n\t"title": "T", "description": "D.",\n\t"data": {"name": "participation"}, "mark": "bar",\n\t"encoding": {"x": {"field": "fy", "type": "ordinal"}, "y": {"field": "participants", "type": "quantitative"}}\n}';
    expect(read(json).diagnostics).toEqual([]);
  });

  it('may list its own values, and use fields its transforms make', () => {
    expect(where(`${HEAD}data: { values: [{ a: x, b: 1 }, { a: y, b: 2 }] }\nmark: bar\nencoding: { x: { field: a, type: nominal }, y: { field: b, type: quantitative } }\n`)).toEqual([]);
    expect(where(`${HEAD}data: { name: surveys/2020/replies }\ntransform: [{ calculate: "datum.replies / datum.administrations", as: share }]\nlayer:\n  - mark: bar\n    encoding: { x: { field: share, type: quantitative }, y: { field: workshop, type: nominal } }\n`)).toEqual([]);
    expect(where(`${HEAD}data: { name: surveys/2020/direct-effects }\ntransform: [{ fold: [yes, no] }]\nmark: bar\nencoding: { x: { field: value, type: quantitative }, color: { field: key, type: nominal }, y: { field: workshop, type: nominal } }\n`)).toEqual([]);
  });
});

describe('a broken block is reported where the editor wrote the mistake', () => {
  it('UnknownDataset at the name, with the closest dataset and the list', () => {
    const [d] = read(`${HEAD}data: { name: surveys/2020/follow-up-action }\nmark: bar\n`).diagnostics;
    expect(d).toMatchObject({ name: 'UnknownDataset', severity: 'error', file: 'content/x.md', line: 13, column: 15 });
    expect(d!.hint).toMatch(/^Did you mean "surveys\/2020\/follow-up-actions"\? Datasets: participation; .*surveys\/<round>\/replies \(round: 2018, 2020\)/);
  });

  it('UnknownChartField at the field, with the fields the dataset has', () => {
    const [d] = read(`${HEAD}data: { name: surveys/2020/follow-up-actions }\nmark: bar\nencoding:\n  x: { field: count, type: quantitative }\n  y: { field: acton, type: nominal }\n`).diagnostics;
    expect(d).toMatchObject({ name: 'UnknownChartField', line: 17, column: 15 });
    expect(d!.message).toBe('The chart encodes the field "acton", which the dataset "surveys/2020/follow-up-actions" does not have, so Vega-Lite would draw nothing for it.');
    expect(d!.hint).toBe('Did you mean "action"? Fields available here: number, workshop, action, count.');
  });

  it('UnknownChartField inside conditions, layers and facets too', () => {
    expect(where(`${HEAD}data: { name: participation }\nlayer:\n  - mark: bar\n    encoding: { x: { field: fy, type: ordinal }, y: { field: participant, type: quantitative } }\n`)).toEqual(['UnknownChartField content/x.md:16:62']);
    expect(where(`${HEAD}data: { name: participation }\nmark: bar\nencoding:\n  x: { field: fy, type: ordinal }\n  color: { condition: { test: "true", field: year, type: nominal }, value: grey }\n`)).toEqual(['UnknownChartField content/x.md:17:46']);
  });

  it('InvalidChartSpec at a misspelt mark or type, with the closest one', () => {
    const mark = read(`${HEAD}data: { name: participation }\nmark: barr\n`).diagnostics;
    expect(mark.map((d) => `${d.name} ${d.line}:${d.column}`)).toEqual(['InvalidChartSpec 14:7']);
    expect(mark[0]!.message).toContain('"barr" is not a Vega-Lite mark (did you mean "bar"?)');
    const type = read(`${HEAD}data: { name: participation }\nmark: bar\nencoding: { x: { field: fy, type: ordinall } }\n`).diagnostics;
    expect(type.map((d) => `${d.name} ${d.line}:${d.column}`)).toEqual(['InvalidChartSpec 15:35']);
    expect(type[0]!.message).toContain('"ordinall" is not a Vega-Lite field type (did you mean "ordinal"?)');
  });

  it('InvalidChartSpec at the fence when Vega-Lite itself refuses the spec', () => {
    const [d] = read(`${HEAD}data: { name: participation }\nmark: bar\nencoding: { x: { field: participants, type: quantitative, aggregate: medain } }\n`).diagnostics;
    expect(d).toMatchObject({ name: 'InvalidChartSpec', line: 10, column: 1 });
    expect(d!.message).toBe('The chart block is not a Vega-Lite spec the site can draw. Vega-Lite could not draw it: Invalid aggregation operator "medain".');
    // A warning means Vega-Lite dropped part of the chart: it is refused too.
    const [dropped] = read(`${HEAD}data: { name: participation }\nmark: bar\nencoding: { x: { field: fy, type: ordinal }, shape: { field: fy, type: nominal } }\n`).diagnostics;
    expect(dropped!.message).toContain('shape dropped as it is incompatible with "bar".');
  });

  it('InvalidChartSpec for text that is not a spec, or has no data', () => {
    expect(where('title: [unclosed\n')).toEqual(['InvalidChartSpec content/x.md:12:1']);
    expect(where('- a list\n')).toEqual(['InvalidChartSpec content/x.md:10:1']);
    expect(where(`${HEAD}mark: bar\n`)).toEqual(['InvalidChartSpec content/x.md:10:1']);
  });

  it('UndescribedChart at the fence when the title or description is missing', () => {
    const result = read('title: Replies\ndata: { name: participation }\nmark: bar\nencoding: { x: { field: fy, type: ordinal } }\n');
    expect(result.diagnostics.map((d) => `${d.name} ${d.line}:${d.column}`)).toEqual(['UndescribedChart 10:1']);
    expect(result.diagnostics[0]!.message).toBe('The chart has no "description", which readers who cannot see the chart depend on.');
    expect(result.chart).toBeUndefined();
  });

  it('shifts columns by the block’s indentation in a list item', () => {
    expect(where(`${HEAD}data: { name: nope }\n`, { ...place, column: 4 })).toEqual(['UnknownDataset content/x.md:13:18']);
  });
});
