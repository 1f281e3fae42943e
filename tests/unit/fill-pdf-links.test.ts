import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePdf, fillPdfLinks, formatFileSize } from '../../src/pdf/fill-pdf-links.ts';

describe('fillPdfLinks', () => {
  it('writes each PDF’s size into the slots that name it, and lists the PDFs nothing links to', () => {
    const site = mkdtempSync(join(tmpdir(), 'rapporteur-pdf-links-'));
    mkdirSync(join(site, 'surveys', '2020'), { recursive: true });
    const page = join(site, 'surveys', '2020', 'index.html');
    writeFileSync(page, '<p><a href="/pdf/survey-2020.pdf">PDF edition</a> <span data-pdf-size="survey-2020.pdf" data-astro-cid-x>(stale)</span></p>');
    const unlinked = fillPdfLinks(site, [
      { fileName: 'survey-2020.pdf', bytes: 146_727, pageCount: 20 },
      { fileName: 'survey-2018.pdf', bytes: 1_500_000, pageCount: 1 },
    ]);
    expect(readFileSync(page, 'utf8')).toBe('<p><a href="/pdf/survey-2020.pdf">PDF edition</a> <span data-pdf-size="survey-2020.pdf" data-astro-cid-x>(PDF, A4, 20 pages, 147 kB)</span></p>');
    expect(unlinked).toEqual(['survey-2018.pdf']);
  });
});

describe('describePdf and formatFileSize', () => {
  it('use decimal units, one decimal for megabytes', () => {
    expect(formatFileSize(623_386)).toBe('623 kB');
    expect(formatFileSize(1_549_000)).toBe('1.5 MB');
    expect(formatFileSize(120)).toBe('1 kB');
    expect(describePdf({ bytes: 2_000_000, pageCount: 1 })).toBe('(PDF, A4, 1 page, 2 MB)');
  });
});
