import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface RehypeAbbreviationsOptions {
  /** Abbreviations and what they stand for (`data/glossary.yaml`). */
  glossary: readonly { term: string; expansion: string }[];
  /**
   * Terms already explained on the page. Pass one set to every document rendered for the
   * same page so that only the page's first use is marked; defaults to one per document.
   */
  seen?: Set<string>;
}

/** Elements whose text is not body text, or is already marked up. */
const SKIPPED = new Set(['abbr', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a']);

/**
 * Marks the first use of each glossary abbreviation on a page with `<abbr title>`, so a
 * reader can see what it stands for where it first appears.
 *
 * Input:  <p>The WCO and the WCO Secretariat</p>   (glossary: WCO = World Customs Organization)
 * Output: <p>The <abbr title="World Customs Organization">WCO</abbr> and the WCO Secretariat</p>
 */
export function rehypeAbbreviations(options: RehypeAbbreviationsOptions) {
  const expansions = new Map(options.glossary.map((entry) => [entry.term, entry.expansion]));
  const pattern = buildPattern([...expansions.keys()]);
  return (tree: Root) => {
    if (!pattern) return;
    const seen = options.seen ?? new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = splitFirstUses(node, pattern, expansions, seen);
      if (!parts) return;
      parent.children.splice(index, 1, ...(parts as never[]));
      return [SKIP, index + parts.length];
    });
  };
}

/** One alternation of every term, longest first, matched as a whole word (`A/P`, not `A/Ps`). */
function buildPattern(terms: string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The text split around first uses, or undefined when it holds none. */
function splitFirstUses(node: Text, pattern: RegExp, expansions: Map<string, string>, seen: Set<string>): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const term = match[0];
    if (seen.has(term)) continue;
    seen.add(term);
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(abbr(term, expansions.get(term)!));
    last = match.index + term.length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function abbr(term: string, expansion: string): Element {
  return { type: 'element', tagName: 'abbr', properties: { title: expansion }, children: [{ type: 'text', value: term }] };
}
