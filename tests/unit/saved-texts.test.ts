import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/integrations/check-content.ts';
import type { MarkdownEntry, SiteData } from '../../src/model/site-data.ts';
import { forgetSavedMarkdown, noteSavedMarkdown, readSavedBodies, withSavedBodies } from '../../src/site/saved-texts.ts';
import { shippedContent } from './model-content.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

afterEach(() => forgetSavedMarkdown());

const everyMarkdownEntry = (data: SiteData): MarkdownEntry<unknown>[] => [...data.activities, ...data.reportChapters, ...data.surveyChapters, ...data.articles];

describe('readSavedBodies', () => {
  it('reads nothing when no file was saved (a build)', () => {
    expect(readSavedBodies().size).toBe(0);
  });

  it("reads each saved shipped file's body as the checker reads it, trimmed as Astro's glob loader stores it", () => {
    const entries = everyMarkdownEntry(shippedContent());
    for (const entry of entries) noteSavedMarkdown(ROOT, entry.filePath!);
    const bodies = readSavedBodies();
    expect(bodies.size).toBe(entries.length);
    for (const entry of entries) expect(bodies.get(entry.filePath!), entry.filePath).toBe(entry.body.trim());
  });

  /** Runs `test` with a project folder holding content/, and the path of a Markdown file in it. */
  function withProject(test: (root: string, file: string) => void): void {
    const root = mkdtempSync(join(tmpdir(), 'rapporteur-saved-'));
    try {
      mkdirSync(join(root, 'content'));
      test(root, 'content/note.md');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('reads the file as it is now, and leaves out a file removed since it was saved', () => {
    withProject((root, file) => {
      writeFileSync(join(root, file), '---\ntitle: A note\n---\n\nFirst text.\n');
      noteSavedMarkdown(root, file);
      expect(readSavedBodies().get(file)).toBe('First text.');
      writeFileSync(join(root, file), '---\ntitle: A note\n---\n\nSecond text.\n\n');
      expect(readSavedBodies().get(file)).toBe('Second text.');
      rmSync(join(root, file));
      expect(readSavedBodies().has(file)).toBe(false);
    });
  });

  it('reads the body of a file whose front matter is half typed (the store and the check deal with the YAML)', () => {
    withProject((root, file) => {
      writeFileSync(join(root, file), '---\ntitle: "A note\ndates: [2019-03-\n---\n\nThe text.\n');
      noteSavedMarkdown(root, file);
      expect(readSavedBodies().get(file)).toBe('The text.');
    });
  });
});

describe('withSavedBodies', () => {
  const data = shippedContent();
  const [edited, other] = data.activities.filter((entry) => entry.body.trim() !== '');

  it('gives the saved body to the entry of that file, and leaves every other entry as it was', () => {
    const updated = withSavedBodies(data, new Map([[edited!.filePath!, `${edited!.body} A sentence just saved.`]]));
    const found = updated.activities.find((entry) => entry.id === edited!.id)!;
    expect(found.body).toBe(`${edited!.body} A sentence just saved.`);
    expect(found.data).toBe(edited!.data);
    expect(updated.activities.find((entry) => entry.id === other!.id)).toBe(other);
    expect(updated.articles).toBe(data.articles);
    expect(updated.members).toBe(data.members);
    // The store's data is never changed in place.
    expect(edited!.body.endsWith('A sentence just saved.')).toBe(false);
  });

  it('gives the same data back when no saved body differs from the store', () => {
    expect(withSavedBodies(data, new Map([[edited!.filePath!, edited!.body]]))).toBe(data);
    expect(withSavedBodies(data, new Map([['content/activities/2018-19/not-a-file.md', 'Text.']]))).toBe(data);
  });

  it('updates chapters and articles too', () => {
    const chapter = data.reportChapters[0]!;
    const article = data.articles[0]!;
    const updated = withSavedBodies(data, new Map([[chapter.filePath!, 'New chapter text.'], [article.filePath!, 'New article text.']]));
    expect(updated.reportChapters.find((entry) => entry.id === chapter.id)!.body).toBe('New chapter text.');
    expect(updated.articles.find((entry) => entry.id === article.id)!.body).toBe('New article text.');
    expect(updated.activities).toBe(data.activities);
  });
});

describe("the dev server's watcher", () => {
  it('notes each Markdown file saved under content/, by its path from the root, and tells open pages to reload; nothing else', () => {
    vi.useFakeTimers(); // the re-check it schedules after a save never starts
    try {
      const watcher = Object.assign(new EventEmitter(), { add: () => {} });
      const toBrowsers = vi.fn();
      const server = { watcher, middlewares: { use: () => {} }, environments: { client: { hot: { send: toBrowsers } } } };
      const setup = checkContent().hooks['astro:server:setup'] as unknown as (options: { server: unknown; logger: unknown }) => void;
      setup({ server, logger: {} });
      const activity = shippedContent().activities.find((entry) => entry.body.trim() !== '')!;
      watcher.emit('all', 'change', join(ROOT, activity.filePath!));
      watcher.emit('all', 'change', join(ROOT, 'data/members.yaml'));
      watcher.emit('all', 'change', join(ROOT, 'README.md'));
      expect([...readSavedBodies()]).toEqual([[activity.filePath, activity.body.trim()]]);
      // Open pages are told to reload at the save of a text, which they show at once; a data
      // file reaches pages only through Astro's store, which tells them itself once written.
      expect(toBrowsers.mock.calls).toEqual([[{ type: 'full-reload', path: '*' }]]);
    } finally {
      vi.useRealTimers();
    }
  });
});
