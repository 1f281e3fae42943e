import type { Config } from 'vega-lite';

/**
 * How charts look: the site's fonts and a small palette of roles. Specs never name a real
 * colour; they use each role's `sentinel`, which `styleSvg` turns into the light colour (so a
 * chart still reads when it is opened on its own) plus a `chart-*` class that
 * src/styles/charts.css binds to the `--chart-*` custom properties of the current theme.
 */

/** The site's system font stack (src/styles/site.css `--font-body`): no web fonts to fetch. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export interface ColourRole {
  /** A colour no chart uses for itself, so the post-process can find it without doubt. */
  sentinel: string;
  /** Custom property that src/styles/charts.css defines for both themes. */
  variable: string;
  light: string;
  dark: string;
  /**
   * Fills paler than 3:1 against the page (WCAG 1.4.11) carry meaning only with an outline
   * in a role that has the contrast: this names that role.
   */
  outlinedBy?: ColourRoleName;
}

export type ColourRoleName = 'ink' | 'axis' | 'grid' | 'bar' | 'soft' | 'paper';

export const COLOUR_ROLES: Record<ColourRoleName, ColourRole> = {
  /** Text: labels, titles, values written on the chart. */
  ink: { sentinel: '#010101', variable: '--chart-ink', light: '#1a1d21', dark: '#e9ebee' },
  /** Axis lines and ticks. */
  axis: { sentinel: '#020202', variable: '--chart-axis', light: '#474d55', dark: '#b9bec6' },
  /** Grid lines: decoration only, so they may stay faint. */
  grid: { sentinel: '#030303', variable: '--chart-grid', light: '#d5d9df', dark: '#343b45' },
  /** The main series: dark in the light theme, light in the dark one. */
  bar: { sentinel: '#040404', variable: '--chart-bar', light: '#1f5f99', dark: '#7fb6ea' },
  /** A second series, far from `bar` in lightness so grayscale print keeps them apart. */
  soft: { sentinel: '#050505', variable: '--chart-soft', light: '#c6dbef', dark: '#24415e', outlinedBy: 'bar' },
  /** The page itself: for marks that are only an outline (blank answers). */
  paper: { sentinel: '#060606', variable: '--chart-paper', light: '#ffffff', dark: '#121417', outlinedBy: 'bar' },
};

/** The page backgrounds a chart may sit on (src/styles/site.css `--bg` and `--bg-soft`). */
export const PAGE_BACKGROUNDS = { light: ['#ffffff', '#f3f5f8'], dark: ['#121417', '#1c2026'] } as const;

export const INK = COLOUR_ROLES.ink.sentinel;
export const BAR = COLOUR_ROLES.bar.sentinel;
export const SOFT = COLOUR_ROLES.soft.sentinel;
export const PAPER = COLOUR_ROLES.paper.sentinel;

/** Font sizes in px: the SVG scales down on narrow screens, so nothing smaller than 11. */
export const FONT_SIZE = { label: 12, title: 12 } as const;

/**
 * Labels are never cut with an ellipsis: with our own text widths (text-width.ts) Vega would
 * size the layout for the whole label yet draw it cut. A long label widens the chart instead,
 * and the SVG scales down to the page; the standard charts wrap theirs.
 */
const NO_LIMIT = 0;

/** The Vega-Lite config every chart is compiled with; a spec's own `config` wins over it. */
export function createChartConfig(): Config {
  const { ink, axis, grid, bar } = COLOUR_ROLES;
  return {
    font: FONT_STACK,
    background: null as unknown as string,
    padding: 4,
    // The figure's own title and description name the chart; per-mark ARIA would only add bytes.
    aria: false,
    view: { stroke: null },
    axis: {
      labelColor: ink.sentinel,
      titleColor: ink.sentinel,
      domainColor: axis.sentinel,
      tickColor: axis.sentinel,
      gridColor: grid.sentinel,
      labelFontSize: FONT_SIZE.label,
      titleFontSize: FONT_SIZE.title,
      titleFontWeight: 'bold',
      labelLimit: NO_LIMIT,
    },
    header: { labelColor: ink.sentinel, titleColor: ink.sentinel, labelFontSize: FONT_SIZE.label, titleFontSize: FONT_SIZE.title, labelLimit: NO_LIMIT },
    legend: { labelColor: ink.sentinel, titleColor: ink.sentinel, labelFontSize: FONT_SIZE.label, titleFontSize: FONT_SIZE.title, labelLimit: NO_LIMIT },
    title: { color: ink.sentinel },
    mark: { color: bar.sentinel },
    bar: { fill: bar.sentinel },
    text: { fill: ink.sentinel, fontSize: FONT_SIZE.label },
    range: { category: [bar.sentinel, COLOUR_ROLES.soft.sentinel, COLOUR_ROLES.paper.sentinel] },
  };
}
