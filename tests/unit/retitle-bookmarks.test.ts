import { describe, expect, it } from 'vitest';
import { matchBookmarkTitles } from '../../src/pdf/retitle-bookmarks.ts';

describe('matchBookmarkTitles', () => {
  it('restores the space Chromium drops where a heading wraps', () => {
    const headings = ['Annual Report', 'Contents', 'Pillar III: Improve Needs Analysis, Planning, Delivery and Management'];
    const bookmarks = ['Annual Report', 'Contents', 'Pillar III: Improve Needs Analysis, Planning, Delivery andManagement'];
    expect(matchBookmarkTitles(bookmarks, headings)).toEqual(headings);
  });

  it('matches in document order, skipping headings that have no bookmark', () => {
    expect(matchBookmarkTitles(['Staff', 'Staff'], ['Staff', 'Hidden', 'Staff'])).toEqual(['Staff', 'Staff']);
    expect(matchBookmarkTitles(['B'], ['A', 'B'])).toEqual(['B']);
  });

  it('leaves a bookmark with no matching heading undefined, so its title is kept', () => {
    expect(matchBookmarkTitles(['Contents', 'Unknown', 'Mission'], ['Contents', 'Mission'])).toEqual(['Contents', undefined, 'Mission']);
  });
});
