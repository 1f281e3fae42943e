import { describe, expect, it } from 'vitest';
import { listSearchAttributes } from '../../src/site/search-attributes.ts';

describe('listSearchAttributes', () => {
  it('writes each filter value, the metadata and the sort key of a page', () => {
    const attributes = listSearchAttributes('National Workshop on TRS for Fiji', {
      type: 'Activity',
      fiscalYear: '2018-19',
      pillar: 'Pillar 1: Support the implementation of WCO conventions, instruments and tools',
      topic: 'Time Release Study',
      kind: 'National workshop',
      members: ['Fiji', 'Hong Kong, China'],
      date: { day: '2018-12-10', label: '10-14 December 2018' },
      keywords: ['Time Release Study', 'FJ'],
    });
    expect(attributes.map(({ attribute, name, value }) => `${attribute.slice('data-pagefind-'.length)} ${name}=${value}`)).toEqual([
      'filter Type=Activity',
      'filter Fiscal year=2018/19',
      'filter Pillar=Pillar 1: Support the implementation of WCO conventions, instruments and tools',
      'filter Topic=Time Release Study',
      'filter Kind of activity=National workshop',
      'filter Member=Fiji',
      'filter Member=Hong Kong, China',
      'meta title=National Workshop on TRS for Fiji',
      'meta type=Activity',
      'meta date=10-14 December 2018',
      'meta keywords=Time Release Study, FJ',
      'sort date=2018-12-10',
    ]);
  });

  it('leaves out what a page does not have', () => {
    expect(listSearchAttributes('Ms. Saori Nojima', { type: 'Person', members: [], keywords: [] }).map((a) => `${a.name}=${a.value}`)).toEqual(['Type=Person', 'title=Ms. Saori Nojima', 'type=Person']);
  });
});
