import { stringify } from 'yaml';

/**
 * Small pieces of YAML written the way the shipped content writes them (plain scalars where
 * safe, flow lists and maps on one line), so a scaffolded file looks like its neighbours.
 */

/** A scalar as YAML: `Bangkok`, `"Pillar 1: Support…"` (quoted only when it must be). */
export function yamlScalar(value: string | number | boolean): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `[FJ, TH]`. */
export function yamlFlowList(values: readonly (string | number)[]): string {
  return `[${values.map(yamlScalar).join(', ')}]`;
}

/** `{ city: Suva, country: FJ }`, leaving out fields without a value. */
export function yamlFlowMap(fields: Record<string, string | number | undefined>): string {
  const parts = Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${yamlScalar(value)}`]));
  return `{ ${parts.join(', ')} }`;
}

/** A Markdown file: front-matter lines between `---` lines, then the body. */
export function renderMarkdownFile(frontMatter: readonly string[], body: string): string {
  return `---\n${frontMatter.join('\n')}\n---\n\n${body.trimEnd()}\n`;
}

export function renderYamlFile(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
