import { describe, expect, it } from 'vitest';
import { findAbbreviationKeywords } from '../../src/site/search-keywords.ts';

/** Glossary entries as the abbreviation annex of the Annual Report 2018/19 prints them. */
const glossary = [
  { term: 'IPR', expansion: 'Intellectual Property Rights' },
  { term: 'PCA', expansion: 'Post Clearance Audit' },
  { term: 'TRS', expansion: 'Time Release Study' },
  { term: 'FRCS', expansion: 'Fiji Revenue and Customs Service' },
  { term: 'A/P', expansion: 'Asia Pacific' },
];

describe('findAbbreviationKeywords', () => {
  it('adds the abbreviation of an expansion the text spells out, in any case', () => {
    expect(findAbbreviationKeywords(glossary, 'WCO National Workshop for Cambodia Customs on Border Enforcement of Intellectual Property Rights')).toEqual(['IPR']);
    expect(findAbbreviationKeywords(glossary, 'a time release study')).toEqual(['TRS']);
  });

  it('adds the expansion of an abbreviation the text uses as a whole word', () => {
    expect(findAbbreviationKeywords(glossary, 'National Workshop on PCA for Sri Lanka')).toEqual(['Post Clearance Audit']);
    expect(findAbbreviationKeywords(glossary, 'WCO A/P Regional Workshop')).toEqual(['Asia Pacific']);
  });

  it('adds nothing for part of a word, or when the text has both', () => {
    expect(findAbbreviationKeywords(glossary, 'IPRs, A/Ps and TRSX')).toEqual([]);
    expect(findAbbreviationKeywords(glossary, 'Fiji Revenue and Customs Service (FRCS)')).toEqual([]);
  });

  it('lists each keyword once, sorted', () => {
    expect(findAbbreviationKeywords(glossary, 'TRS and PCA, then TRS again')).toEqual(['Post Clearance Audit', 'Time Release Study']);
  });
});
