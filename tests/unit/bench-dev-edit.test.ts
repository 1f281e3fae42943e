import { describe, expect, it } from 'vitest';
import { applyDevEdit } from '../../src/bench/measure-dev-edit.ts';

const ACTIVITY = '---\ntitle: "A workshop"\nkind: national-workshop\n---\n\nThe workshop opened.\n';

describe("the benchmark's dev edits", () => {
  it('appends the marker to the text as a paragraph of its own', () => {
    expect(applyDevEdit(ACTIVITY, 'Marker 1.')).toBe('---\ntitle: "A workshop"\nkind: national-workshop\n---\n\nThe workshop opened.\n\nMarker 1.\n');
  });

  it('makes the marker the title, leaving the rest of the file as it was', () => {
    expect(applyDevEdit(ACTIVITY, 'Marker 2', 'front matter')).toBe(ACTIVITY.replace('title: "A workshop"', 'title: "Marker 2"'));
  });

  it('says so when the file has no title to change', () => {
    expect(() => applyDevEdit('The workshop opened.\n', 'Marker 3', 'front matter')).toThrow(/no `title:` line/);
  });
});
