import { describe, expect, it } from 'vitest';
import { readPage } from '../site/site-pages.ts';
import { countRasterImages, PUBLICATIONS, readPages } from './pdf-files.ts';

/**
 * Charts are inline SVG in the print editions and must stay vector in the PDFs: no raster
 * image anywhere, and every label of a chart is text from its caption's page on (a
 * rasterised chart would have no text to find; a chart taller than a page runs on).
 */
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function listCharts(printRoute: string) {
  return [...readPage(printRoute).querySelectorAll('figure.chart')].map((figure) => ({
    caption: clean(figure.querySelector('figcaption')?.textContent),
    // A label drawn on several lines is one <tspan> per line.
    labels: [...figure.querySelectorAll('svg text')].flatMap((text) => {
      const lines = [...text.querySelectorAll('tspan')];
      return (lines.length > 0 ? lines : [text]).map((line) => clean(line.textContent)).filter(Boolean);
    }),
  }));
}

describe.each(PUBLICATIONS)('$file', ({ file }) => {
  it('contains no raster image', () => {
    expect(countRasterImages(file)).toBe(0);
  });
});

const WITH_CHARTS = PUBLICATIONS.filter(({ print }) => listCharts(print).length > 0);

describe.each(WITH_CHARTS)('$file charts', ({ file, print }) => {
  it('draw each chart’s labels as text where the chart is', () => {
    const pages = readPages(file);
    const missing = listCharts(print).flatMap(({ caption, labels }) => {
      const at = pages.findIndex((text) => text.includes(caption));
      if (at === -1) return [`caption "${caption}"`];
      const around = pages.slice(at, at + 3).join(' ');
      return labels.filter((label) => !around.includes(label)).map((label) => `"${label}" in "${caption}"`);
    });
    expect(missing).toEqual([]);
  });
});

describe('the shipped print editions', () => {
  it('have charts to check', () => {
    expect(WITH_CHARTS.map(({ file }) => file)).toContain('annual-report-2018-19.pdf');
  });
});
