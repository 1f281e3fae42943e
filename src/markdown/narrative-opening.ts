import type { Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Words an opening reaches before it stops at the end of a sentence: two or three sentences of a narrative. */
export const OPENING_WORDS = 40;

/**
 * A sentence ends at `.`, `!` or `?` (and any closing quote or bracket) before a space and a
 * capital letter: `… in Bangkok. The workshop …`.
 */
const SENTENCE_END = /[.!?][”’"')]*(?=\s+[“‘"(]?\p{Lu})/gu;

/** Words whose full stop does not end a sentence: titles, `No. 59`, `Dec. 2019`, initials. */
const NOT_A_SENTENCE_END = /(?:^|[\s(“‘"])(?:Mr|Ms|Mrs|Dr|Prof|H\.E|No|Nos|St|Jr|Sr|Co|Ltd|Inc|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\p{Lu})\.$/u;

/**
 * The opening of a narrative, as Markdown, for a page that links to the narrative rather than
 * showing it: its first paragraph, cut after the first sentence that brings it to `minWords`
 * words. The cut falls only in plain text (never inside a link, emphasis or inline HTML), so
 * the opening renders as the same words as in the full text; reference-style link definitions
 * come along. A first paragraph without such a sentence end is the opening whole.
 *
 * `Mr. Igarashi opened the workshop. It had 30 participants. …` with `minWords: 4` →
 * `Mr. Igarashi opened the workshop.`
 */
export function extractOpening(markdown: string, minWords = OPENING_WORDS): string {
  // Every page listing a narrative asks for its opening (an issue page and each chapter): parse each text once.
  const key = `${minWords}\0${markdown}`;
  let opening = openings.get(key);
  if (opening === undefined) {
    opening = cutOpening(markdown, minWords);
    if (openings.size >= MAX_OPENINGS) openings.delete(openings.keys().next().value!);
    openings.set(key, opening);
  }
  return opening;
}

const openings = new Map<string, string>();
/** A bound, so that a long `astro dev` session cannot grow it without end. */
const MAX_OPENINGS = 5_000;

function cutOpening(markdown: string, minWords: number): string {
  const tree = parseForOpening(markdown);
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!paragraph) return '';
  const start = offsetOf(paragraph, 'start');
  const end = findCut(markdown, paragraph, minWords) ?? offsetOf(paragraph, 'end');
  const definitions = tree.children.filter((node) => node.type === 'definition').map((node) => markdown.slice(offsetOf(node, 'start'), offsetOf(node, 'end')));
  return [markdown.slice(start, end), ...definitions].join('\n\n');
}

/**
 * The text's syntax tree as far as its opening needs: its first paragraph and its reference
 * definitions. Most narratives open with a paragraph, which ends at the first blank line; when
 * the text holds no definition (`[label]: url`, which could turn the paragraph's brackets into
 * links), parsing up to that line finds the same paragraph, at the same offsets, as parsing the
 * whole text (a build asked for every narrative's opening parsed every narrative whole: 0.3-0.5 s
 * of a 16x build, twice). Anything else is parsed whole.
 */
export function parseForOpening(markdown: string): Root {
  const blankLine = markdown.includes(']:') ? null : /\n[ \t]*\n/.exec(markdown);
  if (blankLine) {
    const head = fromMarkdown(markdown.slice(0, blankLine.index));
    if (head.children[0]?.type === 'paragraph') return head;
  }
  return fromMarkdown(markdown);
}

/** Where the opening ends: just after the first sentence end, in plain text, past `minWords` words. */
function findCut(markdown: string, paragraph: Paragraph, minWords: number): number | undefined {
  const start = offsetOf(paragraph, 'start');
  let openTags = 0;
  for (const child of paragraph.children) {
    if (child.type === 'html') openTags += countTagDepth(child.value);
    if (child.type !== 'text' || openTags > 0) continue;
    const from = offsetOf(child, 'start');
    const source = markdown.slice(from, offsetOf(child, 'end'));
    for (const match of source.matchAll(SENTENCE_END)) {
      const cut = from + match.index + match[0].length;
      const sentence = markdown.slice(start, from + match.index + 1);
      if (NOT_A_SENTENCE_END.test(sentence)) continue;
      if (countWords(markdown.slice(start, cut)) >= minWords) return cut;
    }
  }
  return undefined;
}

/** +1 for an opening tag, -1 for a closing one, 0 for a self-closing tag or a comment. */
function countTagDepth(html: string): number {
  if (/^<\//.test(html)) return -1;
  if (/\/>$|^<!--|^<br\b/i.test(html)) return 0;
  return 1;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function offsetOf(node: Paragraph | RootContent | Paragraph['children'][number], side: 'start' | 'end'): number {
  return node.position![side].offset!;
}
