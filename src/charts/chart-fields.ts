import type { PathSegment } from '../validation/yaml-source.ts';

/**
 * The data fields a Vega-Lite spec's encodings name, with where each is written, and the
 * fields its transforms add, so a chart block can be checked against its dataset before
 * Vega-Lite silently draws nothing for a misspelt field.
 */
export interface EncodedField {
  field: string;
  path: PathSegment[];
}

/** A channel's `type` as written, with where: Vega-Lite's own message for a misspelt one names no type. */
export interface EncodedType {
  type: unknown;
  path: PathSegment[];
}

/** A view of the spec: a node with its own encodings and the fields its transforms make. */
export interface SpecView {
  node: Record<string, unknown>;
  path: PathSegment[];
  /** Fields added by this view's transforms and its ancestors'. */
  derived: Set<string>;
  /** False when a transform makes fields we cannot name ahead (pivot, lookup): fields go unchecked. */
  checkable: boolean;
}

const CHILD_LISTS = ['layer', 'concat', 'hconcat', 'vconcat'] as const;
/** Fields some transforms add when `as` is not given. */
const DEFAULT_OUTPUTS: Record<string, string[]> = {
  fold: ['key', 'value'],
  density: ['value', 'density'],
  quantile: ['prob', 'value'],
  regression: [],
  loess: [],
};
const UNPREDICTABLE = ['pivot', 'lookup'];

/** Every view of a spec: the top level, layers, concatenations and a facet's or repeat's inner spec. */
export function listSpecViews(spec: Record<string, unknown>): SpecView[] {
  const views: SpecView[] = [];
  const visit = (node: Record<string, unknown>, path: PathSegment[], inherited: Set<string>, checkable: boolean) => {
    const own = readTransforms(node.transform);
    const view = { node, path, derived: new Set([...inherited, ...own.fields]), checkable: checkable && own.checkable };
    views.push(view);
    for (const key of CHILD_LISTS) {
      const children = node[key];
      if (Array.isArray(children)) children.forEach((child, i) => isRecord(child) && visit(child, [...path, key, i], view.derived, view.checkable));
    }
    if (isRecord(node.spec)) visit(node.spec, [...path, 'spec'], view.derived, view.checkable);
  };
  visit(spec, [], new Set(), true);
  return views;
}

/** The `field`s of a view's encoding channels (and of a facet's row/column), with their paths. */
export function listEncodedFields(view: SpecView): EncodedField[] {
  const found: EncodedField[] = [];
  const facet = view.node.facet;
  if (isRecord(facet) && typeof facet.field === 'string') found.push({ field: facet.field, path: [...view.path, 'facet', 'field'] });
  for (const { def, path } of listChannelDefinitions(view)) collectFields(def, path, found);
  return found;
}

/** The `type` of every channel definition that has one. */
export function listEncodedTypes(view: SpecView): EncodedType[] {
  return listChannelDefinitions(view).flatMap(({ def, path }) => (isRecord(def) && 'type' in def ? [{ type: def.type, path: [...path, 'type'] }] : []));
}

function listChannelDefinitions(view: SpecView): { def: unknown; path: PathSegment[] }[] {
  return (['encoding', 'facet'] as const).flatMap((key) => {
    const channels = view.node[key];
    if (!isRecord(channels)) return [];
    return Object.entries(channels).flatMap(([channel, definition]) =>
      Array.isArray(definition) ? definition.map((def, i) => ({ def, path: [...view.path, key, channel, i] })) : [{ def: definition, path: [...view.path, key, channel] }],
    );
  });
}

/** `a.b` and `a[0]` read inside field `a`; `a\.b` is one field named "a.b". */
export function topLevelField(field: string): string {
  const match = /^(?:\\.|[^.[\\])*/.exec(field)![0];
  return match.replace(/\\(.)/g, '$1');
}

function collectFields(def: unknown, path: PathSegment[], found: EncodedField[]): void {
  if (!isRecord(def)) return;
  if (typeof def.field === 'string') found.push({ field: def.field, path: [...path, 'field'] });
  const conditions = Array.isArray(def.condition) ? def.condition : [def.condition];
  conditions.forEach((condition, i) => collectFields(condition, [...path, 'condition', ...(Array.isArray(def.condition) ? [i] : [])], found));
}

function readTransforms(transforms: unknown): { fields: string[]; checkable: boolean } {
  if (!Array.isArray(transforms)) return { fields: [], checkable: true };
  const fields: string[] = [];
  let checkable = true;
  for (const transform of transforms.filter(isRecord)) {
    const kind = Object.keys(transform).find((key) => key in DEFAULT_OUTPUTS || UNPREDICTABLE.includes(key));
    if (kind && UNPREDICTABLE.includes(kind)) checkable = false;
    const named = collectAs(transform);
    fields.push(...(named.length > 0 || !kind ? named : DEFAULT_OUTPUTS[kind]!));
  }
  return { fields, checkable };
}

/** Every `as` in a transform, also inside `aggregate: [{ op, field, as }]` and the like. */
function collectAs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(collectAs);
  if (!isRecord(node)) return [];
  const own = typeof node.as === 'string' ? [node.as] : Array.isArray(node.as) ? node.as.filter((a): a is string => typeof a === 'string') : [];
  return [...own, ...Object.entries(node).filter(([key]) => key !== 'as').flatMap(([, value]) => collectAs(value))];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
