import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONTENT_FILE_KINDS } from '../../src/content-files.ts';
import { annotateJsonSchema, type JsonNode } from '../../src/json-schema/annotate-json-schema.ts';
import { computeEditorFiles, listStaleSchemaFiles, readOptional } from '../../src/json-schema/editor-files.ts';
import { readSchemaDocs } from '../../src/json-schema/read-schema-docs.ts';
import { GOOD_SITE } from '../support/fixture-tree.ts';
import { openDocument, openYamlEditor } from '../support/yaml-editor.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

function listYamlFiles(root: string, dir = 'data'): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listYamlFiles(root, `${dir}/${e.name}`) : e.name.endsWith('.yaml') ? [`${dir}/${e.name}`] : [],
  );
}

describe('the committed editor schemas', () => {
  it('are what npm run schemas generates from the zod schemas now', () => {
    const files = computeEditorFiles(PROJECT);
    for (const { file, text } of files) expect(readOptional(join(PROJECT, file)), `${file} is out of date: run npm run schemas`).toBe(text);
    expect(listStaleSchemaFiles(PROJECT, files)).toEqual([]);
  });

  it('cover every kind of content file, and map every YAML kind to its files by glob', () => {
    const settings = JSON.parse(readFileSync(join(PROJECT, '.vscode/settings.json'), 'utf8'));
    const globs = Object.values(settings['yaml.schemas'] as Record<string, string[]>).flat();
    for (const kind of CONTENT_FILE_KINDS.filter((k) => k.format === 'yaml')) expect(globs).toContain(`/${kind.base}/${kind.pattern}`);
    expect(Object.keys(settings['yaml.schemas'])).toEqual(expect.arrayContaining(['./schemas/members.schema.json', './schemas/survey.schema.json']));
    expect(readdirSync(join(PROJECT, 'schemas'))).toEqual(expect.arrayContaining(['activity.schema.json', 'chapter.schema.json', 'article.schema.json']));
  });
});

describe('in the editor (the YAML extension\'s own language service)', () => {
  const editor = openYamlEditor(PROJECT);

  // One wrong value per file proves which schema the globs apply: its source names the file.
  it.each([
    ['data/members.yaml', 'members'],
    ['data/surveys/2020.yaml', 'survey'],
    ['data/plans/work-plan-2018-19.yaml', 'work-plan'],
    ['data/plans/strategic-plan-2018-20.yaml', 'strategic-plan'],
    ['data/newsletters/059.yaml', 'newsletter'],
    ['data/reports/2018-19.yaml', 'report'],
    ['data/history.yaml', 'history'],
  ])('%s gets schemas/%s.schema.json', async (file, schema) => {
    const [problem] = await editor.doValidation(openDocument(file, '42\n'), false);
    expect(problem?.source).toBe(`yaml-schema: file:///project/schemas/${schema}.schema.json`);
  });

  it.each([
    ['the shipped data', PROJECT],
    ['the good mini-site', GOOD_SITE],
  ])('underlines nothing in %s', async (_name, root) => {
    const files = listYamlFiles(root);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const problems = await editor.doValidation(openDocument(file, readFileSync(join(root, file), 'utf8')), false);
      expect(problems.map((p) => `${relative(root, join(root, file))}:${p.range.start.line + 1} ${p.message}`)).toEqual([]);
    }
  });

  it('underlines a mistake with the checker\'s own wording', async () => {
    const text = '- code: fj\n  name: Fiji\n  sub_region: PI\n  colour: blue\n- code: JP\n  name: Japan\n  sub_region: Asia\n';
    const problems = await editor.doValidation(openDocument('data/members.yaml', text), false);
    expect(problems.map((p) => [p.range.start.line, p.range.start.character, p.message])).toEqual([
      [0, 8, 'Expected a two-letter member code in capitals, such as FJ.'],
      [3, 2, 'Property colour is not allowed.'],
      [6, 14, 'Expected a sub-region: ECWA (East, Central and West Asia), PI (Pacific Islands), SA (South Asia) or SEA (Southeast Asia).'],
    ]);
  });

  it('offers a pillar as one of four numbers', async () => {
    const text = 'fy: 2018-19\ntitle: Plan\npillars:\n  - { pillar: 5, title: Five }\n';
    const problems = await editor.doValidation(openDocument('data/plans/work-plan-2018-19.yaml', text), false);
    expect(problems.map((p) => p.message)).toContain('Expected a pillar number from 1 to 4.');
  });

  it('completes field names with the comment written beside the field in src/schemas/', async () => {
    const document = openDocument('data/members.yaml', '- code: FJ\n  name: Fiji\n  \n');
    const { items } = await editor.doComplete(document, { line: 2, character: 2 }, false);
    const aliases = items.find((item) => item.label === 'aliases');
    expect(JSON.stringify(aliases?.documentation)).toContain('Other names the documents use for it');
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['sub_region', 'administration']));
  });

  it('shows a field\'s comment on hover', async () => {
    const hover = await editor.doHover(openDocument('data/surveys/2020.yaml', 'round: 2020\nordinal: 6\n'), { line: 1, character: 2 });
    expect(JSON.stringify(hover?.contents)).toContain('Ordinal of the round: 2020 is the sixth.');
  });
});

describe('readSchemaDocs', () => {
  const source = [
    "/** A colour, by name. */",
    "export const ColourSchema = z.enum(['red', 'blue']);",
    "export const ThingSchema = z.strictObject({",
    "  /** What it is called,",
    "   * as printed. */",
    "  name: z.string(),",
    "  colour: ColourSchema,",
    "});",
  ].join('\n');

  it('reads constants\' comments and field comments, joining wrapped lines', () => {
    const docs = readSchemaDocs([{ file: 'thing.ts', text: source }]);
    expect(docs.constants.get('ColourSchema')).toBe('A colour, by name.');
    expect(docs.objects.get('name,colour')).toEqual(new Map([['name', 'What it is called, as printed.']]));
  });

  it('annotates the generated JSON Schema: field comment first, else the shared type\'s comment', () => {
    const Colour = z.enum(['red', 'blue']);
    const Thing = z.strictObject({ name: z.string().regex(/^[a-z]+$/, 'Expected lowercase letters.'), colour: Colour.optional(), size: z.union([z.literal(1), z.literal(2)], { error: 'Expected 1 or 2.' }) });
    const json = z.toJSONSchema(Thing, { io: 'input', target: 'draft-07' }) as JsonNode;
    annotateJsonSchema(Thing, json, { docs: readSchemaDocs([{ file: 'thing.ts', text: source }]), names: new Map([[Colour, 'ColourSchema']]) });
    const properties = json.properties as Record<string, JsonNode>;
    expect(properties.name).toMatchObject({ patternErrorMessage: 'Expected lowercase letters.' });
    expect(properties.colour).toMatchObject({ description: 'A colour, by name.', markdownDescription: 'A colour, by name.' });
    expect(properties.size).toEqual({ type: 'number', enum: [1, 2], errorMessage: 'Expected 1 or 2.' });
  });
});
