import { describe, expect, it } from 'vitest';
import { createAbbreviationExplainer } from '../../src/markdown/explain-abbreviations.ts';
import { createPageMarkdown } from '../../src/markdown/page-markdown.ts';

const glossary = [
  { term: 'WCO', expansion: 'World Customs Organization' },
  { term: 'A/P', expansion: 'Asia Pacific' },
  { term: 'ROCB A/P', expansion: 'Asia Pacific Regional Office for Capacity Building' },
  { term: 'AEO', expansion: 'Authorized Economic Operator' },
  { term: 'R&D', expansion: 'Research & "Development"' },
];
const WCO = '<abbr title="World Customs Organization">WCO</abbr>';
const AEO = '<abbr title="Authorized Economic Operator">AEO</abbr>';

/** Through a page's whole pipeline, as the site renders prose. */
const render = async (markdown: string) => (await createPageMarkdown({ figuresFor: () => new Map(), glossary }).render(markdown, 'content/x.md')).html;
const explain = createAbbreviationExplainer(glossary);

describe('explaining abbreviations', () => {
  it('marks each abbreviation’s first use only, in body text, not in headings or code', async () => {
    const html = await render('## The WCO\n\nThe WCO and the ROCB A/P met; the WCO Secretariat and the A/P region agreed.\n\nMore on AEO and `AEO` later: AEO.');
    expect(html).toBe(
      [
        '<h2 id="the-wco">The WCO</h2>',
        `<p>The ${WCO} and the <abbr title="Asia Pacific Regional Office for Capacity Building">ROCB A/P</abbr> met; the WCO Secretariat and the <abbr title="Asia Pacific">A/P</abbr> region agreed.</p>`,
        `<p>More on ${AEO} and <code>AEO</code> later: AEO.</p>`,
      ].join('\n'),
    );
  });

  it('prefers the longest term and matches whole words only', async () => {
    expect(await render('The ROCB A/P, not ROCB A/Ps or AEOs.')).toBe('<p>The <abbr title="Asia Pacific Regional Office for Capacity Building">ROCB A/P</abbr>, not ROCB A/Ps or AEOs.</p>');
  });

  it('leaves link text alone', async () => {
    expect(await render('[WCO site](https://www.wcoomd.org) and the WCO.')).toBe(`<p><a href="https://www.wcoomd.org">WCO site</a> and the ${WCO}.</p>`);
  });

  it('finds terms written with characters the HTML escapes, and escapes the expansion', async () => {
    expect(await render('Our R&D and R&D.')).toBe('<p>Our <abbr title="Research &#x26; &#x22;Development&#x22;">R&#x26;D</abbr> and R&#x26;D.</p>');
  });

  it('explains a term once per page when the page’s texts share one set, in reading order', () => {
    const seen = new Set<string>();
    expect(explain('<p>The WCO.</p>', seen)).toBe(`<p>The ${WCO}.</p>`);
    expect(explain('<p>The WCO again, and AEO.</p>', seen)).toBe(`<p>The WCO again, and ${AEO}.</p>`);
  });

  it('reads tags whose attributes hold ">" and skips nested skipped elements whole', () => {
    const html = '<p title="a > WCO"><a href="/x"><code>AEO</code> WCO</a> AEO <img alt="WCO"> WCO</p>';
    expect(explain(html, new Set())).toBe(`<p title="a > WCO"><a href="/x"><code>AEO</code> WCO</a> ${AEO} <img alt="WCO"> ${WCO}</p>`);
  });

  it('finds no term inside a character reference', () => {
    const explainA = createAbbreviationExplainer([{ term: 'A0', expansion: 'Zero' }]);
    expect(explainA('<p>&#xA0; A0</p>', new Set())).toBe('<p>&#xA0; <abbr title="Zero">A0</abbr></p>');
  });
});
