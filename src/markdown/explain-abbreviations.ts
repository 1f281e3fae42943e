import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { HTML_TAG } from './html-tags.ts';

export interface GlossaryTerm {
  term: string;
  expansion: string;
}

/** Elements whose text is not body text, or is already marked up. */
const SKIPPED = new Set(['abbr', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a']);


export type ExplainAbbreviations = (html: string, seen: Set<string>) => string;

/**
 * Marks the first use of each glossary abbreviation on a page with `<abbr title>`, so a
 * reader can see what it stands for where it first appears. `seen` holds the terms already
 * explained on the page: pass one set for every text the page shows, in reading order.
 *
 * It works on the serialised HTML of a text, not on its tree, so that a text is rendered once
 * per build and each page only runs this pass over it (a page's first uses depend on the
 * texts before it, so the marks cannot be cached with the text).
 *
 * Input:  <p>The WCO and the WCO Secretariat</p>   (glossary: WCO = World Customs Organization)
 * Output: <p>The <abbr title="World Customs Organization">WCO</abbr> and the WCO Secretariat</p>
 */
export function createAbbreviationExplainer(glossary: readonly GlossaryTerm[]): ExplainAbbreviations {
  if (glossary.length === 0) return (html) => html;
  // Terms are matched in their serialised form (`R&D` is `R&#x26;D` in the HTML) and replaced
  // by the element hast-util-to-html would write, so the output is what a tree pass gives.
  const byHtml = new Map(glossary.map((entry) => [toHtml({ type: 'text', value: entry.term }), entry]));
  const marked = new Map(glossary.map((entry) => [entry.term, toHtml(abbr(entry))]));
  const alternatives = [...byHtml.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A character reference is matched first so that no term is found inside one.
  const pattern = new RegExp(`&#?[A-Za-z0-9]+;|(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  const explainText = (text: string, seen: Set<string>) =>
    text.replace(pattern, (match) => {
      const entry = byHtml.get(match);
      if (!entry || seen.has(entry.term)) return match;
      seen.add(entry.term);
      return marked.get(entry.term)!;
    });

  return (html, seen) => {
    let out = '';
    let last = 0;
    // Open skipped elements, innermost last: text inside any of them is left alone.
    const skipping: string[] = [];
    for (const tag of html.matchAll(HTML_TAG)) {
      const text = html.slice(last, tag.index);
      out += skipping.length === 0 && text ? explainText(text, seen) : text;
      out += tag[0];
      last = tag.index + tag[0].length;
      const name = tag[2]?.toLowerCase();
      if (!name || !SKIPPED.has(name)) continue;
      if (tag[1]) {
        if (skipping.at(-1) === name) skipping.pop();
      } else if (!tag[3]?.trimEnd().endsWith('/')) {
        skipping.push(name);
      }
    }
    const rest = html.slice(last);
    return out + (skipping.length === 0 && rest ? explainText(rest, seen) : rest);
  };
}

function abbr(entry: GlossaryTerm): Element {
  return { type: 'element', tagName: 'abbr', properties: { title: entry.expansion }, children: [{ type: 'text', value: entry.term }] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
