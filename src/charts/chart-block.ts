import type { TopLevelSpec } from 'vega-lite';
import type { SiteData } from '../model/site-data.ts';
import type { Diagnostic, Location } from '../validation/diagnostic.ts';
import type { DiagnosticName, DiagnosticParams } from '../validation/error-catalogue.ts';
import { makeDiagnostic } from '../validation/parse-content-file.ts';
import { suggestClosest } from '../validation/suggest.ts';
import { locateInYaml, parseYamlSource, toLocation, type PathSegment, type YamlSource } from '../validation/yaml-source.ts';
import type { ChartDefinition } from './chart-definition.ts';
import { isRecord, listEncodedFields, listEncodedTypes, listSpecViews, topLevelField, type SpecView } from './chart-fields.ts';
import type { DatasetField, DatasetRow } from './datasets/dataset.ts';
import { describeAvailableDatasets, listDatasetNames, resolveDataset } from './datasets/registry.ts';
import { ChartCompileError, compileChart } from './render-svg.ts';
import { tabulateRows } from './specs/chart-table.ts';

/**
 * Reads a ```chart block: a Vega-Lite spec in YAML or JSON whose data names a dataset
 * (`data: { name: surveys/2020/follow-up-actions }`) or lists its `values`. Returns the chart
 * ready to draw, or diagnostics placed on the exact line of the block's file. The checker
 * (chart-rules.ts) and the Markdown plugin (remark-charts.ts) both call this, so an editor
 * sees the same message from `npm run check` and from a build.
 */
export interface ChartBlockPlace {
  file: string;
  /** Line of the opening fence (```chart) in the file. */
  fenceLine: number;
  /** Column of the opening fence: the block's indentation inside a list item or quote. */
  column: number;
}

export interface ChartBlockResult {
  chart?: ChartDefinition;
  diagnostics: Diagnostic[];
}

/** Data of one view: its field names and how to call it in messages. */
interface ViewData {
  label: string;
  fields: DatasetField[];
  rows: DatasetRow[];
}

export function readChartBlock(text: string, place: ChartBlockPlace, data: SiteData): ChartBlockResult {
  const source = parseYamlSource(text, place.file, place.fenceLine);
  const { diagnostics, report } = createReporter(source, place);
  const spec = parseSpec(text, source);
  if ('reason' in spec) {
    report('InvalidChartSpec', { reason: spec.reason }, spec.offset === undefined ? 'block' : shift(toLocation(source, spec.offset), place));
    return { diagnostics };
  }
  checkText(spec.value, report);
  const { views, datas } = checkViews(spec.value, data, report);
  // A missing title or description does not stop Vega-Lite; anything else would make its errors noise.
  if (diagnostics.some((d) => d.name !== 'UndescribedChart')) return { diagnostics };
  const definition = defineChart(spec.value, views, datas);
  try {
    compileChart(definition.spec);
  } catch (error) {
    if (!(error instanceof ChartCompileError)) throw error;
    report('InvalidChartSpec', { reason: `Vega-Lite could not draw it: ${error.message}` }, 'block');
  }
  return diagnostics.length === 0 ? { chart: definition, diagnostics } : { diagnostics };
}

/** Reports at a path of the spec, at the opening fence (`'block'`), or at a location. */
type Report = <N extends DiagnosticName>(name: N, params: DiagnosticParams<N>, where: PathSegment[] | 'block' | Location) => void;

function createReporter(source: YamlSource, place: ChartBlockPlace): { diagnostics: Diagnostic[]; report: Report } {
  const diagnostics: Diagnostic[] = [];
  const locate = (where: PathSegment[] | 'block' | Location): Location => {
    if (where === 'block') return { file: place.file, line: place.fenceLine, column: place.column };
    return Array.isArray(where) ? shift(locateInYaml(source, where), place) : where;
  };
  return { diagnostics, report: (name, params, where) => void diagnostics.push(makeDiagnostic(name, params, locate(where))) };
}

/** A chart needs words for readers who cannot see it: the figure's caption and description. */
function checkText(spec: Record<string, unknown>, report: Report): void {
  const missing = [typeof readTitle(spec) === 'string' ? '' : '"title"', typeof spec.description === 'string' ? '' : '"description"'].filter(Boolean);
  if (missing.length > 0) report('UndescribedChart', { missing: missing.join(' and ') }, 'block');
}

/** Every view's data, mark, types and fields; returns the views with the data each declares. */
function checkViews(spec: Record<string, unknown>, data: SiteData, report: Report): { views: SpecView[]; datas: Map<SpecView, ViewData> } {
  const views = listSpecViews(spec);
  const datas = new Map<SpecView, ViewData>();
  for (const view of views) {
    const resolved = readViewData(view, data, report);
    if (resolved) datas.set(view, resolved);
  }
  if (!views.some((view) => 'data' in view.node)) report('InvalidChartSpec', { reason: 'It has no data. Give it "data: { name: <dataset> }" or "data: { values: [...] }"' }, 'block');
  for (const view of views) {
    checkMark(view, report);
    checkTypes(view, report);
    checkFields(view, nearestData(view, views, datas), report);
  }
  return { views, datas };
}

function parseSpec(text: string, source: YamlSource): { value: Record<string, unknown> } | { reason: string; offset?: number } {
  let value: unknown;
  const error = source.doc.errors[0];
  if (error) {
    // JSON indented with tabs is valid JSON but not YAML: try it as JSON before giving up.
    try {
      value = JSON.parse(text);
    } catch {
      return { reason: `It could not be read as YAML or JSON: ${error.message.split('\n')[0]}`, offset: error.pos[0] };
    }
  } else {
    value = source.doc.toJS();
  }
  if (!isRecord(value)) return { reason: 'It holds a list or a single value instead of fields such as "mark", "encoding" and "data"' };
  return { value };
}

function readTitle(spec: Record<string, unknown>): string | undefined {
  if (typeof spec.title === 'string') return spec.title;
  return isRecord(spec.title) && typeof spec.title.text === 'string' ? spec.title.text : undefined;
}

/** The data a view declares itself: a named dataset or inline values. */
function readViewData(view: SpecView, data: SiteData, report: Report): ViewData | undefined {
  const declared = view.node.data;
  if (!isRecord(declared)) return undefined;
  if (typeof declared.name === 'string') {
    const dataset = resolveDataset(data, declared.name);
    if (dataset) return { label: `the dataset "${dataset.name}"`, fields: dataset.definition.fields, rows: dataset.rows };
    const suggestion = suggestClosest(declared.name, listDatasetNames(data));
    report('UnknownDataset', { value: declared.name, suggestion, available: describeAvailableDatasets(data) }, [...view.path, 'data', 'name']);
    return undefined;
  }
  if (Array.isArray(declared.values) && declared.values.every(isRecord)) {
    const rows = declared.values as DatasetRow[];
    const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const fields = names.map((name) => ({ name, title: name, description: '', type: rows.every((row) => typeof row[name] === 'number') ? ('quantitative' as const) : ('nominal' as const) }));
    return { label: 'the inline values', fields, rows };
  }
  report('InvalidChartSpec', { reason: '"data" must name a dataset ("name: surveys/2020/replies") or list rows ("values: [...]")' }, [...view.path, 'data']);
  return undefined;
}

/** Vega-Lite's marks. Its compiler fails on an unknown one with a message no editor could act on. */
const MARKS = ['arc', 'area', 'bar', 'image', 'line', 'point', 'rect', 'rule', 'text', 'tick', 'trail', 'circle', 'square', 'geoshape', 'boxplot', 'errorband', 'errorbar'];

function checkMark(view: SpecView, report: Report): void {
  const mark = view.node.mark;
  const type = isRecord(mark) ? mark.type : mark;
  if (mark === undefined || (typeof type === 'string' && MARKS.includes(type))) return;
  const suggestion = typeof type === 'string' ? suggestClosest(type, MARKS) : undefined;
  const reason = `"${String(type)}" is not a Vega-Lite mark${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; marks are ${MARKS.join(', ')}`;
  report('InvalidChartSpec', { reason }, [...view.path, 'mark', ...(isRecord(mark) ? ['type'] : [])]);
}

const TYPES = ['quantitative', 'temporal', 'ordinal', 'nominal', 'geojson'];

function checkTypes(view: SpecView, report: Report): void {
  for (const { type, path } of listEncodedTypes(view)) {
    if (typeof type === 'string' && TYPES.includes(type)) continue;
    const suggestion = typeof type === 'string' ? suggestClosest(type, TYPES) : undefined;
    report('InvalidChartSpec', { reason: `"${String(type)}" is not a Vega-Lite field type${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; types are ${TYPES.join(', ')}` }, path);
  }
}

/** The data in scope for a view: its own, else its closest ancestor's. */
function nearestData(view: SpecView, views: readonly SpecView[], datas: ReadonlyMap<SpecView, ViewData>): ViewData | undefined {
  const ancestors = views.filter((other) => other.path.length <= view.path.length && view.path.slice(0, other.path.length).every((s, i) => s === other.path[i]));
  return ancestors.reverse().map((other) => datas.get(other)).find(Boolean);
}

function checkFields(view: SpecView, viewData: ViewData | undefined, report: Report): void {
  if (!viewData || !view.checkable) return;
  const known = [...viewData.fields.map((f) => f.name), ...view.derived];
  for (const { field, path } of listEncodedFields(view)) {
    const name = topLevelField(field);
    if (known.includes(name)) continue;
    report('UnknownChartField', { field: name, dataset: viewData.label, suggestion: suggestClosest(name, known), available: known.join(', ') }, path);
  }
}

/** The spec with every named dataset replaced by its rows, title and description lifted into the figure. */
function defineChart(spec: Record<string, unknown>, views: readonly SpecView[], datas: ReadonlyMap<SpecView, ViewData>): ChartDefinition {
  const drawn = structuredClone(spec);
  const { title: _title, description: _description, ...rest } = drawn;
  const copies = listSpecViews(rest);
  views.forEach((view, i) => {
    const viewData = datas.get(view);
    if (viewData) copies[i]!.node.data = { values: viewData.rows };
  });
  const main = datas.get(views[0]!) ?? [...datas.values()][0]!;
  return {
    title: readTitle(spec)!,
    description: String(spec.description),
    spec: rest as unknown as TopLevelSpec,
    table: tabulateRows(main.rows, main.fields, main.fields.map((f) => f.name)),
  };
}

/** Positions inside an indented block sit `column - 1` further right in the file. */
function shift(location: Location, place: ChartBlockPlace): Location {
  return { ...location, column: location.column + place.column - 1 };
}
