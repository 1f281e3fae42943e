import type { Location } from './diagnostic.ts';
import { locateInYaml, type PathSegment, type YamlSource } from './yaml-source.ts';

/**
 * Remembers which file and YAML path every loaded entry came from, so cross-file rules
 * can point at a nested field of any entry without re-reading files.
 */
export class SourceIndex {
  private readonly origins = new WeakMap<object, { source: YamlSource; path: readonly PathSegment[] }>();
  private readonly bodyLines = new WeakMap<object, number>();

  register(entry: object, source: YamlSource, path: readonly PathSegment[] = []): void {
    this.origins.set(entry, { source, path });
  }

  /** The location of `path` inside `entry` (the key with `want: 'key'`). */
  at(entry: object, path: readonly PathSegment[] = [], want: 'value' | 'key' = 'value'): Location {
    const origin = this.origins.get(entry);
    if (!origin) throw new Error('SourceIndex: entry was not registered; register every loaded entry.');
    return locateInYaml(origin.source, [...origin.path, ...path], want);
  }

  /** Remembers on which line of its file a Markdown entry's body starts. */
  registerBody(entry: object, firstLine: number): void {
    this.bodyLines.set(entry, firstLine);
  }

  /** The location of a character offset within a Markdown entry's body. */
  inBody(entry: object, body: string, offset: number): Location {
    const before = body.slice(0, offset).split('\n');
    return { file: this.fileOf(entry), line: (this.bodyLines.get(entry) ?? 1) + before.length - 1, column: before.at(-1)!.length + 1 };
  }

  fileOf(entry: object): string {
    const origin = this.origins.get(entry);
    if (!origin) throw new Error('SourceIndex: entry was not registered; register every loaded entry.');
    return origin.source.file;
  }
}
