import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { extractOpening, OPENING_WORDS, parseForOpening } from '../../src/markdown/narrative-opening.ts';
import { shippedContent } from './model-content.ts';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('extractOpening', () => {
  it('stops at the first sentence end past the word count', () => {
    expect(extractOpening('The workshop opened on Monday. It had thirty participants. They came from twelve members.', 8)).toBe('The workshop opened on Monday. It had thirty participants.');
  });

  it('takes only the first paragraph, after any heading', () => {
    expect(extractOpening('## Opening\n\nA short first paragraph.\n\nA second paragraph.', 40)).toBe('A short first paragraph.');
  });

  it('keeps a first paragraph whole when no sentence ends past the word count', () => {
    const paragraph = `${words(OPENING_WORDS - 5)}. ${words(20, 'more')}`;
    expect(extractOpening(`${paragraph}\n\nNext.`)).toBe(paragraph);
  });

  it('does not end a sentence after a title, a number sign, a month or an initial', () => {
    expect(extractOpening('Mr. Igarashi spoke. Then Ms. Nojima spoke. Then more.', 4)).toBe('Mr. Igarashi spoke. Then Ms. Nojima spoke.');
    expect(extractOpening('E-Newsletter No. 59 reports it in Dec. Bangkok. Done here.', 3)).toBe('E-Newsletter No. 59 reports it in Dec. Bangkok.');
    expect(extractOpening('Led by J. Smith of the WCO. More follows.', 3)).toBe('Led by J. Smith of the WCO.');
  });

  it('never cuts inside emphasis, a link or inline HTML', () => {
    expect(extractOpening('One two *three. Four* five. Six.', 2)).toBe('One two *three. Four* five.');
    expect(extractOpening('One [two. Three](https://example.org/) four. Five.', 2)).toBe('One [two. Three](https://example.org/) four.');
    expect(extractOpening('One <u>two. Three</u> four. Five.', 2)).toBe('One <u>two. Three</u> four.');
  });

  it('keeps figure placeholders and brings reference definitions along', () => {
    expect(extractOpening('It organized {{ workshops.national }} workshops. See [the report][r]. More.\n\n[r]: https://example.org/', 3)).toBe('It organized {{ workshops.national }} workshops.\n\n[r]: https://example.org/');
  });

  it('is empty for a text without a paragraph', () => {
    expect(extractOpening('')).toBe('');
    expect(extractOpening('## Only a heading')).toBe('');
  });
});

describe('parseForOpening', () => {
  /** What an opening is cut from: the first paragraph's place and every reference definition's. */
  const openingParts = (tree: Root) => ({
    paragraph: tree.children.find((node) => node.type === 'paragraph')?.position,
    definitions: tree.children.filter((node) => node.type === 'definition').map((node) => node.position),
  });
  const texts = [
    'A first paragraph.\n\nA second one.',
    'A paragraph\ncontinued on a second line.\n  \nThen another.',
    '## A heading\n\nThen a paragraph.',
    'A paragraph\n=========\n\nIt was a heading.',
    'A paragraph\n## and a heading at once\n\nMore.',
    '- a list\n\n  with a second paragraph in its item\n\nAfter.',
    '> a quote\n\n> and more of it\n\nAfter.',
    '```\ncode\n\nstill code\n```\n\nAfter.',
    '<div>\n\nHTML\n\n</div>\n\nAfter.',
    '    indented code\n\n    more code\n\nAfter.',
    'See [the report][r].\n\n[r]: https://example.org/',
    '[r]: https://example.org/\n\nSee [the report][r].',
    '\n\nText after blank lines.\n\nMore.',
    'Windows line ends.\r\n\r\nMore.',
    'One paragraph only, no blank line.',
    '',
  ];

  it('finds the same first paragraph and definitions as parsing the whole text, in every shipped narrative and in awkward texts', () => {
    const data = shippedContent();
    const shipped = [...data.activities, ...data.reportChapters, ...data.surveyChapters, ...data.articles].map((entry) => entry.body);
    for (const text of [...shipped, ...texts]) expect(openingParts(parseForOpening(text)), JSON.stringify(text.slice(0, 80))).toEqual(openingParts(fromMarkdown(text)));
  });

  it('parses a text that opens with a paragraph only up to its first blank line', () => {
    const tree = parseForOpening('A first paragraph.\n\nA second one.\n\nA third.');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });
});
