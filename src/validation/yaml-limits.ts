import { CST, isAlias, Parser, visit, type Alias } from 'yaml';
import type { YamlSource } from './yaml-source.ts';

/**
 * Hostile or broken YAML that the `yaml` package cannot turn into a value: nesting thousands
 * of levels deep, aliases that expand exponentially ("billion laughs"), an alias to no
 * anchor. `yaml` throws on these (or records a stack overflow at a place that depends on the
 * machine); here each becomes a problem with a fixed place, so the checker reports it like
 * any other mistake instead of crashing.
 */
export interface YamlProblem {
  name: 'YamlTooComplex' | 'YamlSyntax';
  reason: string;
  /** Character offset in the YAML text. */
  offset: number;
}

/** Content nests a few levels; past this, the YAML is broken or hostile. */
export const MAX_YAML_NESTING = 100;

const TOO_DEEP = `nests lists or groups more than ${MAX_YAML_NESTING} levels deep`;

/**
 * The parsed value, or why there is none. Call after the document parsed without errors.
 * yaml itself stops alias expansion past 100 resolutions (its `maxAliasCount`) by throwing.
 */
export function readYamlValue(source: YamlSource, text: string): { value: unknown } | { problem: YamlProblem } {
  try {
    return { value: source.doc.toJS() };
  } catch (error) {
    // Depth first: the other searches walk the document recursively.
    const deep = findNestingProblem(text);
    if (deep) return { problem: deep };
    const unresolved = findAlias(source, (alias) => !alias.resolve(source.doc));
    if (unresolved) return { problem: { name: 'YamlSyntax', reason: `the alias "*${unresolved.source}" names no anchor "&${unresolved.source}" set before it.`, offset: unresolved.range?.[0] ?? 0 } };
    const alias = findAlias(source, () => true);
    if (alias) return { problem: { name: 'YamlTooComplex', reason: 'repeats its aliases ("*name") so often that they would expand to an enormous value', offset: alias.range?.[0] ?? 0 } };
    return { problem: { name: 'YamlSyntax', reason: `${(error as Error).message}.`, offset: 0 } };
  }
}

/** The problem to report for a text the parser could not read, when it is too deep. */
export function findNestingProblem(text: string): YamlProblem | undefined {
  const offset = findExcessiveNesting(text);
  return offset === undefined ? undefined : { name: 'YamlTooComplex', reason: TOO_DEEP, offset };
}

/**
 * Offset of the first collection, in document order, nested deeper than MAX_YAML_NESTING.
 * Walks yaml's concrete syntax tree (its Parser does not recurse) with an explicit stack.
 */
export function findExcessiveNesting(text: string): number | undefined {
  // depth: how many collections hold the token, itself included; a document's is 0.
  const stack: { token: CST.Token; depth: number }[] = [...new Parser().parse(text)].reverse().map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (depth > MAX_YAML_NESTING) return token.offset;
    const children = childrenOf(token);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ token: children[i]!, depth: depth + (CST.isCollection(children[i]) ? 1 : 0) });
  }
  return undefined;
}

function childrenOf(token: CST.Token): CST.Token[] {
  if (token.type === 'document') return token.value ? [token.value] : [];
  if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
    return token.items.flatMap((item) => [item.key, item.value].filter((child): child is CST.Token => Boolean(child)));
  }
  return [];
}

function findAlias(source: YamlSource, test: (alias: Alias) => boolean): Alias | undefined {
  let found: Alias | undefined;
  visit(source.doc, {
    Alias: (_key, node) => {
      if (!isAlias(node) || !test(node)) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}
