import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSitePages, separateBlocks, urlOfPage } from '../../src/integrations/pagefind-pages.ts';

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

describe('readSitePages', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('reads every HTML file under the site, with its address', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
    mkdirSync(join(dir, 'members', 'fj'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(dir, 'members', 'fj', 'index.html'), '<dt>Code</dt><dd>FJ</dd>');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
    expect(readSitePages(dir)).toEqual([
      { url: '/', content: '<h1>Home</h1>' },
      { url: '/members/fj/', content: '<dt>Code</dt> <dd>FJ</dd> ' },
    ]);
  });
});
