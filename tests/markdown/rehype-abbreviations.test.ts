import { describe, expect, it } from 'vitest';
import { rehypeAbbreviations } from '../../src/markdown/rehype-abbreviations.ts';
import { processMarkdown } from './process-markdown.ts';

const glossary = [
  { term: 'WCO', expansion: 'World Customs Organization' },
  { term: 'A/P', expansion: 'Asia Pacific' },
  { term: 'ROCB A/P', expansion: 'Asia Pacific Regional Office for Capacity Building' },
  { term: 'AEO', expansion: 'Authorized Economic Operator' },
];

const render = (markdown: string, seen?: Set<string>) => processMarkdown(markdown, { rehype: [[rehypeAbbreviations, { glossary, seen }]] });

describe('rehype-abbreviations', () => {
  it('marks each abbreviation’s first use only, in body text', async () => {
    const html = await render('## The WCO\n\nThe WCO and the ROCB A/P met; the WCO Secretariat and the A/P region agreed.\n\nMore on AEO and `AEO` later: AEO.');
    await expect(html).toMatchFileSnapshot('golden/rehype-abbreviations.html');
  });

  it('prefers the longest term and matches whole words only', async () => {
    expect(await render('The ROCB A/P, not ROCB A/Ps or AEOs.')).toBe('<p>The <abbr title="Asia Pacific Regional Office for Capacity Building">ROCB A/P</abbr>, not ROCB A/Ps or AEOs.</p>');
  });

  it('leaves link text alone', async () => {
    expect(await render('[WCO site](https://www.wcoomd.org) and the WCO.')).toBe('<p><a href="https://www.wcoomd.org">WCO site</a> and the <abbr title="World Customs Organization">WCO</abbr>.</p>');
  });

  it('explains a term once per page when the page’s texts share one set', async () => {
    const seen = new Set<string>();
    const first = await render('The WCO.', seen);
    const second = await render('The WCO again, and AEO.', seen);
    expect(first).toContain('<abbr title="World Customs Organization">WCO</abbr>');
    expect(second).toBe('<p>The WCO again, and <abbr title="Authorized Economic Operator">AEO</abbr>.</p>');
  });
});
