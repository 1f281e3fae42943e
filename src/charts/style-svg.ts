import { COLOUR_ROLES, FONT_STACK, type ColourRoleName } from './theme.ts';

/**
 * Turns Vega's SVG into the SVG a page inlines:
 * - sentinel colours become the light colour plus a `chart-fill-*` / `chart-stroke-*` class
 *   (src/styles/charts.css recolours them for the dark theme and print);
 * - the root becomes an accessible image named by the figure's title and description;
 * - ids get the chart's prefix, so two charts on one page never share a clip path;
 * - per-text font attributes move to the root, coordinates are rounded to 0.01 px, and
 *   invisible helper paths and per-mark ARIA go, since the figure describes the chart.
 *
 * Input:  <svg class="marks" width="96" …><text font-family="system-ui, …" fill="#010101">x</text></svg>
 * Output: <svg class="chart-svg" role="img" aria-labelledby="c1-title c1-desc" font-family="system-ui, …" …>
 *           <text fill="#1a1d21" class="chart-fill-ink">x</text></svg>
 */
export interface SvgLabels {
  /** Prefix for ids inside the SVG: the chart's id. */
  idPrefix: string;
  /** Ids of the elements that name the chart (title, description). */
  labelledBy: readonly string[];
}

type Attribute = [name: string, value: string];

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'viewBox', 'points']);
const DROPPED = new Set(['role', 'aria-roledescription', 'aria-hidden', 'aria-label', 'pointer-events']);
/** Attributes that restate SVG's defaults: opacity is never inherited and Vega sets the miter limit only on the root. */
const DEFAULTS = new Set(['opacity="1"', 'stroke-miterlimit="4"']);
const ROLE_BY_SENTINEL = new Map(Object.entries(COLOUR_ROLES).map(([name, role]) => [role.sentinel, name as ColourRoleName]));
const ESCAPED_FONT = escapeAttribute(FONT_STACK);

export function styleSvg(svg: string, labels: SvgLabels): string {
  return svg.replace(TAG, (_tag, name: string, attributeText: string, selfClosing: string) => {
    const attributes = [...attributeText.matchAll(ATTRIBUTE)].map(([, key, value]) => [key!, value!] as Attribute);
    if (isInvisibleHelper(name, attributes)) return '';
    const styled = name === 'svg' ? styleRoot(attributes, labels) : styleElement(attributes, labels.idPrefix);
    const text = styled.map(([key, value]) => ` ${key}="${value}"`).join('');
    return `<${name}${text}${selfClosing ? '/' : ''}>`;
  });
}

function styleRoot(attributes: Attribute[], labels: SvgLabels): Attribute[] {
  const kept = attributes.filter(([key]) => !['class', 'version', 'xmlns:xlink'].includes(key)).map(roundGeometry);
  return [
    ...kept,
    ['class', 'chart-svg'],
    ['role', 'img'],
    ['aria-labelledby', labels.labelledBy.join(' ')],
    ['focusable', 'false'],
    ['font-family', ESCAPED_FONT],
  ];
}

function styleElement(attributes: Attribute[], idPrefix: string): Attribute[] {
  const classes: string[] = [];
  const kept: Attribute[] = [];
  for (const [key, value] of attributes) {
    if (DROPPED.has(key) || DEFAULTS.has(`${key}="${value}"`) || (key === 'font-family' && value === ESCAPED_FONT)) continue;
    const role = (key === 'fill' || key === 'stroke') && ROLE_BY_SENTINEL.get(value.toLowerCase());
    if (role) {
      kept.push([key, COLOUR_ROLES[role].light]);
      classes.push(`chart-${key}-${role}`);
    } else if (key === 'class') {
      classes.unshift(value);
    } else {
      kept.push(roundGeometry(prefixIds([key, value], idPrefix)));
    }
  }
  return classes.length > 0 ? [...kept, ['class', classes.join(' ')]] : kept;
}

/** Vega's empty frame paths (`class="background"` with no paint) draw nothing. */
function isInvisibleHelper(name: string, attributes: Attribute[]): boolean {
  const value = (key: string) => attributes.find(([k]) => k === key)?.[1];
  const helper = value('class') === 'background' || value('class') === 'foreground';
  return name === 'path' && helper && value('fill') === undefined && value('stroke') === undefined;
}

function prefixIds([key, value]: Attribute, prefix: string): Attribute {
  if (key === 'id') return [key, `${prefix}-${value}`];
  if (key === 'href' || key === 'xlink:href') return [key, value.replace(/^#/, `#${prefix}-`)];
  return [key, value.replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)];
}

/** 203.00000000000003 → 203: float noise costs bytes and tells a reader nothing. */
function roundGeometry([key, value]: Attribute): Attribute {
  if (!GEOMETRY.has(key)) return [key, value];
  return [key, value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))];
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
