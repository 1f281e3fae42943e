import type { Location } from './diagnostic.ts';
import { locateInYaml, type PathSegment, type YamlSource } from './yaml-source.ts';

/**
 * Remembers which file and YAML path every loaded entry came from, so cross-file rules
 * can point at a nested field of any entry without re-reading files.
 */
export class SourceIndex {
  private readonly origins = new WeakMap<object, { source: YamlSource; path: readonly PathSegment[] }>();

  register(entry: object, source: YamlSource, path: readonly PathSegment[] = []): void {
    this.origins.set(entry, { source, path });
  }

  /** The location of `path` inside `entry` (the key with `want: 'key'`). */
  at(entry: object, path: readonly PathSegment[] = [], want: 'value' | 'key' = 'value'): Location {
    const origin = this.origins.get(entry);
    if (!origin) throw new Error('SourceIndex: entry was not registered; register every loaded entry.');
    return locateInYaml(origin.source, [...origin.path, ...path], want);
  }

  fileOf(entry: object): string {
    const origin = this.origins.get(entry);
    if (!origin) throw new Error('SourceIndex: entry was not registered; register every loaded entry.');
    return origin.source.file;
  }
}
