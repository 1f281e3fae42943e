import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from 'yaml-language-server';

/**
 * The language service behind VS Code's YAML extension (redhat.vscode-yaml), run in-process
 * with the project's `.vscode/settings.json` mapping, so tests see the squiggles, completions
 * and hover texts an editor would. Files live under a fictitious root, `file:///project/`.
 */
export const EDITOR_ROOT = 'file:///project/';

export function openYamlEditor(projectRoot: string): LanguageService {
  const settings = JSON.parse(readFileSync(join(projectRoot, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => {
      throw new Error(`The tests load no schema from ${uri}.`);
    },
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  const schemas = Object.entries(settings['yaml.schemas']).map(([path, fileMatch]) => ({
    uri: new URL(path, EDITOR_ROOT).toString(),
    fileMatch,
    schema: JSON.parse(readFileSync(join(projectRoot, path), 'utf8')),
  }));
  service.configure({ validate: true, completion: true, hover: true, yamlVersion: '1.2', schemas });
  return service;
}

let version = 0;

/** A new version each time: the service caches parsed documents by URI and version. */
export function openDocument(file: string, text: string): TextDocument {
  version += 1;
  return TextDocument.create(new URL(file, EDITOR_ROOT).toString(), 'yaml', version, text);
}
