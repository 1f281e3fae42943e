import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Location } from './diagnostic.ts';

/**
 * A parsed YAML text that remembers where every node sits, so a zod issue path such as
 * `workshops[3].actions.others` can be reported at its exact line and column. Astro's own
 * content errors point at the file or a top-level key only (withastro/astro#13595).
 */
export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML text in its file: 1 for front matter after its opening "---". */
  lineOffset: number;
}

export type PathSegment = string | number;

export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { file, doc, lineCounter, lineOffset };
}

/** Where `path` points: the value's node, or with `want: 'key'` the key naming it; the nearest existing ancestor otherwise. */
export function locateInYaml(source: YamlSource, path: readonly PathSegment[], want: 'value' | 'key' = 'value'): Location {
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    const step = childOf(node, segment);
    if (!step) break;
    offset = (last && want === 'key' ? rangeStart(step.key) : undefined) ?? rangeStart(step.value) ?? offset;
    node = step.value;
  }
  return toLocation(source, offset);
}

/** Location of a character offset in the YAML text. */
export function toLocation(source: YamlSource, offset: number): Location {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line: line + source.lineOffset, column: col };
}

function childOf(node: unknown, segment: PathSegment): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | undefined)?.range?.[0];
}
