import { describe, expect, it } from 'vitest';
import { styleSvg } from '../../src/charts/style-svg.ts';
import { estimateTextWidth, wrapLabel } from '../../src/charts/text-width.ts';
import { COLOUR_ROLES, FONT_STACK } from '../../src/charts/theme.ts';

/** The SVG post-process on hand-written input shaped like Vega's output. */
const labels = { idPrefix: 'chart-abc', labelledBy: ['chart-abc-title', 'chart-abc-desc'] };
const font = FONT_STACK;

describe('styleSvg', () => {
  it('names the SVG by the figure’s title and description and moves the font to the root', () => {
    const svg = styleSvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" class="marks" width="96" height="40" viewBox="0 0 96 40"><text font-family="${font}" font-size="12px">x</text></svg>`, labels);
    expect(svg).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="40" viewBox="0 0 96 40" class="chart-svg" role="img" aria-labelledby="chart-abc-title chart-abc-desc" focusable="false" font-family="${font}"><text font-size="12px">x</text></svg>`,
    );
  });

  it('turns sentinel colours into the light colour and a theme class, keeping existing classes', () => {
    const { bar, soft, ink } = COLOUR_ROLES;
    const svg = styleSvg(`<svg><path class="mark" d="M0,0h1Z" fill="${bar.sentinel}" stroke="${soft.sentinel}"/><text fill="${ink.sentinel}">a</text><line stroke="#123456"/></svg>`, labels);
    expect(svg).toContain(`<path d="M0,0h1Z" fill="${bar.light}" stroke="${soft.light}" class="mark chart-fill-bar chart-stroke-soft"/>`);
    expect(svg).toContain(`<text fill="${ink.light}" class="chart-fill-ink">a</text>`);
    expect(svg).toContain('<line stroke="#123456"/>');
  });

  it('prefixes ids and the references to them', () => {
    const svg = styleSvg('<svg><defs><clipPath id="clip1"><rect/></clipPath></defs><g clip-path="url(#clip1)"><use href="#clip1"/></g></svg>', labels);
    expect(svg).toContain('<clipPath id="chart-abc-clip1">');
    expect(svg).toContain('clip-path="url(#chart-abc-clip1)"');
    expect(svg).toContain('<use href="#chart-abc-clip1"/>');
  });

  it('drops what draws nothing: empty frame paths, per-mark ARIA, default attributes; rounds coordinates', () => {
    const svg = styleSvg('<svg><g role="graphics-object" aria-roledescription="group" opacity="1"><path class="background" aria-hidden="true" d="M0,0h0v0h0Z" pointer-events="none"/><path d="M1.00000000003,2.456h3" transform="translate(0.5,203.00000000000003)"/></g></svg>', labels);
    expect(svg).toContain('<g><path d="M1,2.46h3" transform="translate(0.5,203)"/></g>');
  });
});

describe('text widths', () => {
  it('measures proportionally: an M is wider than an i, bold wider than regular', () => {
    expect(estimateTextWidth('MMMM', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12) * 3);
    expect(estimateTextWidth('Label', 12, true)).toBeGreaterThan(estimateTextWidth('Label', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('wraps labels at spaces, keeping long words whole', () => {
    expect(wrapLabel('WCO Regional Workshop on AEO (Dec. 2019)', 20)).toEqual(['WCO Regional', 'Workshop on AEO', '(Dec. 2019)']);
    expect(wrapLabel('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
  });
});
