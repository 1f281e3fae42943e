import type { SiteData } from '../model/site-data.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { DiagnosticName, DiagnosticParams } from './error-catalogue.ts';
import { makeDiagnostic } from './parse-content-file.ts';
import type { SourceIndex } from './source-index.ts';
import type { PathSegment } from './yaml-source.ts';

/** What every cross-file rule gets: the data, where it came from, and a way to report. */
export class RuleContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly data: SiteData;
  readonly sources: SourceIndex;
  readonly invalidIds: ReadonlySet<string>;

  constructor(data: SiteData, sources: SourceIndex, invalidIds: ReadonlySet<string>) {
    this.data = data;
    this.sources = sources;
    this.invalidIds = invalidIds;
  }

  /**
   * Reports `name` at `path` inside a loaded entry (its front matter or YAML node).
   * `sourceErratum`: the data marks this value as printed wrongly in the source document,
   * so an error becomes a warning that says so.
   */
  report<N extends DiagnosticName>(name: N, params: DiagnosticParams<N>, entry: object, path: PathSegment[] = [], want: 'value' | 'key' = 'value', sourceErratum = false): void {
    const diagnostic = makeDiagnostic(name, params, this.sources.at(entry, path, want));
    if (sourceErratum && diagnostic.severity === 'error') {
      diagnostic.severity = 'warning';
      diagnostic.hint = 'The data marks this as printed so in the source (source_errata); keep it listed in content/ERRATA.md.';
    }
    this.diagnostics.push(diagnostic);
  }

  /** True when `id` may exist in a file that failed to load, so a reference to it should not be reported. */
  isInvalid(collection: string, id: string): boolean {
    return this.invalidIds.has(`${collection}:${id}`) || this.invalidIds.has(`${collection}:*`);
  }

  /** "data/members.yaml:12:3", for messages that point at a first occurrence. */
  where(entry: object, path: PathSegment[] = []): string {
    const at = this.sources.at(entry, path);
    return `${at.file}:${at.line}:${at.column}`;
  }
}

export type Rule = (context: RuleContext) => void;
