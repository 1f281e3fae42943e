/**
 * Finds Markdown nested deeper than the renderer can take. remark and rehype walk the tree
 * recursively: a few thousand nested quotes, list levels, emphasis markers or HTML tags
 * exhaust the call stack (and emphasis runs take minutes first), so the build would crash
 * with a stack trace. A text scan, not a parse, because parsing is what fails.
 */
export interface ExcessiveNesting {
  /** What nests: "quotes", "list levels", "emphasis markers", "HTML tags". */
  what: string;
  /** How deep, as counted on that line. */
  depth: number;
  /** 0-based offset in the text where it starts. */
  offset: number;
}

/** Real documents stay far below these; the renderer fails only far above them. */
export const NESTING_LIMIT = 32;

const PATTERNS: readonly { what: string; pattern: RegExp; depth: (match: string) => number }[] = [
  { what: 'quotes', pattern: /^(?:[ \t]*>){33,}/gm, depth: (m) => (m.match(/>/g) ?? []).length },
  // A list item indented by more than 32 levels of two spaces (tabs count as four).
  { what: 'list levels', pattern: /^[ \t]{66,}(?:[-*+]|\d+[.)])[ \t]/gm, depth: (m) => Math.floor(m.replace(/\t/g, '    ').search(/\S/) / 2) },
  { what: 'emphasis markers', pattern: /[*_]{33,}/g, depth: (m) => m.length },
  { what: 'HTML tags', pattern: /(?:<[a-z][a-z0-9]*(?:\s[^<>]*)?>\s*){33,}/gi, depth: (m) => (m.match(/</g) ?? []).length },
];

export function findExcessiveNesting(text: string): ExcessiveNesting | undefined {
  for (const { what, pattern, depth } of PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) return { what, depth: depth(match[0]), offset: match.index };
  }
  return undefined;
}
