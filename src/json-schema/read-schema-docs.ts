import ts from 'typescript';

/**
 * The JSDoc comments of the zod schemas in src/schemas/, read from their source text so that
 * the editor's hover text comes from the same place as the schema itself: a field's comment
 * is written once, beside the field, and never copied into a JSON file by hand.
 */
export interface SchemaDocs {
  /** Comment of each exported constant, by name: `ActivityKindSchema` → "Kinds of activity. …". */
  constants: Map<string, string>;
  /** Field comments of each object literal passed to `z.object`/`z.strictObject`, keyed by its field names in order. */
  objects: Map<string, Map<string, string>>;
}

export interface SourceText {
  file: string;
  text: string;
}

/** `title,list_title,kind,…`: how an object literal and the zod object built from it find each other. */
export function signatureOf(keys: readonly string[]): string {
  return keys.join(',');
}

export function readSchemaDocs(sources: readonly SourceText[]): SchemaDocs {
  const docs: SchemaDocs = { constants: new Map(), objects: new Map() };
  for (const { file, text } of sources) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    visit(source, docs);
  }
  return docs;
}

function visit(node: ts.Node, docs: SchemaDocs): void {
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
    const doc = docOf(node);
    if (doc) docs.constants.set(node.name.text, doc);
  }
  if (ts.isCallExpression(node) && isObjectFactory(node.expression)) {
    const literal = node.arguments[0];
    if (literal && ts.isObjectLiteralExpression(literal)) addObjectDocs(literal, docs);
  }
  ts.forEachChild(node, (child) => visit(child, docs));
}

/** `z.object(…)` and `z.strictObject(…)`: the calls whose literal becomes a JSON Schema object. */
function isObjectFactory(callee: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'z' && ['object', 'strictObject', 'looseObject'].includes(callee.name.text);
}

function addObjectDocs(literal: ts.ObjectLiteralExpression, docs: SchemaDocs): void {
  const keys: string[] = [];
  const fields = new Map<string, string>();
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
    keys.push(property.name.text);
    const doc = docOf(property);
    if (doc) fields.set(property.name.text, doc);
  }
  // Two literals with the same fields (`{ pillar, title }` in both plans) share one entry; the first comment wins.
  const signature = signatureOf(keys);
  const known = docs.objects.get(signature) ?? new Map<string, string>();
  for (const [key, doc] of fields) if (!known.has(key)) known.set(key, doc);
  docs.objects.set(signature, known);
}

function docOf(node: ts.Node): string | undefined {
  const comments = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = comments.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join('\n').trim();
  return text ? unwrapLines(text) : undefined;
}

/** Joins a comment's hard-wrapped lines, keeping list items (`- …`) on lines of their own. */
export function unwrapLines(text: string): string {
  return text.replace(/([^\n])\n(?!\s*- |\n)/g, '$1 ');
}
