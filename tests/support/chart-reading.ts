import { parseHTML } from 'linkedom';

/**
 * Reads a drawn chart the way a test asserts its meaning: which marks it draws, what its
 * axes say, what its data table holds, rather than comparing bytes.
 */
export function readChart(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map(textOf);
  return {
    document,
    svg: document.querySelector('svg')!,
    /** Drawn items of a named layer (`bars`, `replies`, `values`): its paths or texts. */
    marks: (layer: string) => [...document.querySelectorAll(`g.${layer}_marks > *`)],
    /** Drawn items of every mark layer. */
    allMarks: () => [...document.querySelectorAll('g.role-mark > *')],
    markTexts: (layer: string) => texts(`g.${layer}_marks > text`),
    axisTitles: () => texts('g.role-axis-title text'),
    /** Axis labels that are shown (Vega hides overlapping ones with opacity 0). */
    axisLabels: () => [...document.querySelectorAll('g.role-axis-label text')].filter((t) => t.getAttribute('opacity') !== '0').map(textOf),
    /** A facet's panel headings. */
    headerLabels: () => texts('g.role-title-text text'),
    legendLabels: () => texts('g.role-legend-label text'),
    tableHead: () => texts('table thead th'),
    tableRows: () => [...document.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map(textOf)),
    tableFoot: () => [...document.querySelectorAll('table tfoot tr')].map((tr) => [...tr.children].map(textOf)),
  };
}

/** A text's content, the lines of a multi-line label joined by spaces. */
function textOf(element: Element): string {
  const lines = [...element.querySelectorAll('tspan')];
  return (lines.length > 0 ? lines.map((line) => line.textContent) : [element.textContent]).join(' ').trim();
}
