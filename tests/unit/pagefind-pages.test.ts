import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { listSitePageFiles, prepareForIndex, separateBlocks, urlOfPage } from '../../src/integrations/pagefind-pages.ts';

describe('separateBlocks', () => {
  it('puts a space after blocks whose text Pagefind would run together', () => {
    expect(separateBlocks('<dl><dt>Host</dt><dd>Fiji</dd><dt>Funded by</dt><dd>CCF/Japan</dd></dl>')).toBe('<dl><dt>Host</dt> <dd>Fiji</dd> <dt>Funded by</dt> <dd>CCF/Japan</dd> </dl> ');
    expect(separateBlocks('<tr><th>Code</th><th>Member</th></tr>')).toBe('<tr><th>Code</th> <th>Member</th> </tr> ');
  });

  it('leaves inline elements and the blocks Pagefind already separates alone', () => {
    expect(separateBlocks('<p>The <abbr title="World Customs Organization">WCO</abbr>.</p><li>x</li>')).toBe('<p>The <abbr title="World Customs Organization">WCO</abbr>.</p><li>x</li>');
  });
});

describe('urlOfPage', () => {
  it('serves index.html as its folder, other files as themselves', () => {
    expect(urlOfPage('members/fj/index.html')).toBe('/members/fj/');
    expect(urlOfPage('index.html')).toBe('/');
    expect(urlOfPage('404.html')).toBe('/404.html');
  });
});

describe('listSitePageFiles', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('lists every HTML file under the site, with its address', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
    mkdirSync(join(dir, 'members', 'fj'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(dir, 'members', 'fj', 'index.html'), '<dt>Code</dt><dd>FJ</dd>');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
    expect(listSitePageFiles(dir)).toEqual([
      { file: 'index.html', url: '/' },
      { file: join('members', 'fj', 'index.html'), url: '/members/fj/' },
    ]);
  });
});

describe('prepareForIndex', () => {
  it('sends only pages Pagefind would index, without their charts’ SVG', () => {
    expect(prepareForIndex('<main><h1>Print edition</h1></main>')).toBeUndefined();
    expect(prepareForIndex('<main data-pagefind-body><p>Replies</p><figure><svg role="img"><text>12</text></svg><table><tr><td>12</td></tr></table></figure></main>')).toBe(
      '<main data-pagefind-body><p>Replies</p><figure><table><tr><td>12</td></tr> </table> </figure> </main>',
    );
  });
});

describe('a search index fed while pages are rendered', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const page = (title: string) => `<html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p>${title} workshop</p></main></body></html>`;

  it('indexes the pages handed over once each, and reads the others from disk', async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-index-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'index.html'), page('Kashiwa'));
    writeFileSync(join(dir, 'b', 'index.html'), page('Suva'));
    writeFileSync(join(dir, 'index.html'), '<html lang="en"><body><h1>Home, not indexed</h1></body></html>');
    const session = await startSearchIndex();
    session.add({ url: '/a/', content: page('Kashiwa') });
    session.add({ url: '/a/', content: page('Kashiwa') });
    const report = await session.finish(dir);
    expect(report).toMatchObject({ pages: 2, htmlFiles: 3, handedOver: 1 });
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
