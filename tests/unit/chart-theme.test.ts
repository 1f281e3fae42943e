import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOUR_ROLES, PAGE_BACKGROUNDS, type ColourRoleName } from '../../src/charts/theme.ts';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = hex.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const themes = ['light', 'dark'] as const;
const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'charts.css'), 'utf8');

describe('chart colours (WCAG 2.2)', () => {
  it.each(themes)('%s: text is 4.5:1 and axes and bars 3:1 against every page background', (theme) => {
    for (const background of PAGE_BACKGROUNDS[theme]) {
      expect(contrast(COLOUR_ROLES.ink[theme], background)).toBeGreaterThanOrEqual(4.5);
      for (const role of ['axis', 'bar'] as ColourRoleName[]) expect(contrast(COLOUR_ROLES[role][theme], background), role).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(themes)('%s: a fill too pale to stand out is outlined by a role that does, and is 3:1 from it', (theme) => {
    for (const [name, role] of Object.entries(COLOUR_ROLES)) {
      if (name === 'grid') continue; // decoration: grid lines carry no information of their own
      const weak = PAGE_BACKGROUNDS[theme].some((background) => contrast(role[theme], background) < 3);
      if (!weak) continue;
      expect(role.outlinedBy, name).toBeDefined();
      expect(contrast(COLOUR_ROLES[role.outlinedBy!][theme], role[theme]), name).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the two series apart in grayscale: their lightness differs by 3:1 in both themes', () => {
    for (const theme of themes) expect(contrast(COLOUR_ROLES.bar[theme], COLOUR_ROLES.soft[theme])).toBeGreaterThanOrEqual(3);
  });
});

describe('src/styles/charts.css', () => {
  const blockOf = (start: string) => css.slice(css.indexOf(start), css.indexOf('}', css.indexOf(start)));
  const light = blockOf(':root {');
  const dark = blockOf('@media (prefers-color-scheme: dark)');
  const print = blockOf('@media print');

  it('defines every role’s variable with theme.ts’s colours, light for screen and print, dark for dark screens', () => {
    for (const role of Object.values(COLOUR_ROLES)) {
      expect(light).toContain(`${role.variable}: ${role.light};`);
      expect(print).toContain(`${role.variable}: ${role.light};`);
      expect(dark).toContain(`${role.variable}: ${role.dark};`);
    }
  });

  it('binds every fill and stroke class the SVG can carry to its variable', () => {
    for (const [name, role] of Object.entries(COLOUR_ROLES)) {
      expect(css).toContain(`.chart-svg .chart-fill-${name} { fill: var(${role.variable}); }`);
      expect(css).toContain(`.chart-svg .chart-stroke-${name} { stroke: var(${role.variable}); }`);
    }
  });
});
