import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, MAX_YAML_NESTING, readYamlValue } from '../../src/validation/yaml-limits.ts';
import { parseYamlSource } from '../../src/validation/yaml-source.ts';

/** Hostile YAML is measured without recursing, and ordinary YAML passes untouched. */
describe('findExcessiveNesting', () => {
  const nested = (levels: number) => `a: ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`;

  it(`accepts ${MAX_YAML_NESTING} levels (the mapping counts as one)`, () => {
    expect(findExcessiveNesting(nested(MAX_YAML_NESTING))).toBeUndefined();
  });

  it('points at the first collection one level deeper', () => {
    // "a: " is 3 characters; the mapping is level 1, so the 100th "[" is level 101.
    expect(findExcessiveNesting(nested(MAX_YAML_NESTING + 1))).toBe(3 + 99);
  });

  it('measures 100 000 levels without running out of stack', () => {
    expect(findExcessiveNesting(nested(100_000))).toBe(3 + 99);
  });

  it('counts block collections too', () => {
    expect(findExcessiveNesting(`${'- '.repeat(MAX_YAML_NESTING + 1)}x\n`)).toBe(2 * MAX_YAML_NESTING);
  });
});

describe('readYamlValue', () => {
  const read = (text: string) => readYamlValue(parseYamlSource(text, 'x.yaml'), text);

  it('reads an alias used a few times', () => {
    expect(read('a: &x [1, 2]\nb: *x\n')).toEqual({ value: { a: [1, 2], b: [1, 2] } });
  });

  it('reports an alias to no anchor at the alias', () => {
    expect(read('a: 1\nb: *nope\n')).toEqual({ problem: { name: 'YamlSyntax', reason: 'the alias "*nope" names no anchor "&nope" set before it.', offset: 8 } });
  });

  it('reports aliases that would expand exponentially at the first alias', () => {
    const text = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(read(text)).toMatchObject({ problem: { name: 'YamlTooComplex', offset: text.indexOf('*a') } });
  });
});
