import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../src/pdf/measure-headings.ts';
import { MAX_PASSES, printWithSettledToc, TocDidNotSettle, type PrintablePage } from '../../src/pdf/settle-toc.ts';

/**
 * A page whose headings land where `layout` says, given the numbers in its table of
 * contents: the PDF is a stand-in that carries the pages, and `measure` reads them back.
 */
function fakePage(layout: (filled: ReadonlyMap<string, number>) => Record<string, number>, ids = ['a', 'b']) {
  let filled: ReadonlyMap<string, number> = new Map();
  const printed: Map<string, number>[] = [];
  const page: PrintablePage = {
    tocTargets: ids.map((id) => ({ id, headingId: `${id}-title` })),
    fillTocPages: async (pages) => {
      filled = new Map(pages);
    },
    print: async () => {
      printed.push(new Map(filled));
      return new TextEncoder().encode(JSON.stringify(layout(filled)));
    },
  };
  return { page, printed };
}

const measure = async (pdf: Uint8Array, destinations: readonly string[]): Promise<Measurement> => {
  const pages = JSON.parse(new TextDecoder().decode(pdf)) as Record<string, number>;
  return { pageCount: 9, pages: new Map(destinations.map((name) => [name, pages[name.replace('-title', '')]!])) };
};

const quiet = () => {};

describe('printWithSettledToc', () => {
  it('prints twice when filling in the numbers moves nothing, and keeps the second PDF', async () => {
    const { page, printed } = fakePage(() => ({ a: 3, b: 5 }));
    const result = await printWithSettledToc(page, measure, quiet);
    expect(result.passes).toBe(2);
    expect(printed).toEqual([new Map(), new Map([['a', 3], ['b', 5]])]);
    expect(result.tocPages).toEqual(new Map([['a', 3], ['b', 5]]));
  });

  it('prints again when the filled-in numbers push headings to later pages', async () => {
    // Once numbers are filled in, the contents grow by a page, and every heading moves.
    const { page, printed } = fakePage((filled) => (filled.size === 0 ? { a: 3, b: 5 } : { a: 4, b: 6 }));
    const result = await printWithSettledToc(page, measure, quiet);
    expect(result.passes).toBe(3);
    expect(printed.at(-1)).toEqual(new Map([['a', 4], ['b', 6]]));
    expect(result.tocPages).toEqual(new Map([['a', 4], ['b', 6]]));
  });

  it('gives up, saying why, when the numbers never settle', async () => {
    let shift = 0;
    const { page } = fakePage(() => ({ a: 3 + shift, b: 5 + shift++ }));
    await expect(printWithSettledToc(page, measure, quiet)).rejects.toBeInstanceOf(TocDidNotSettle);
    await expect(printWithSettledToc(page, measure, quiet)).rejects.toThrow(`did not settle after ${MAX_PASSES} passes`);
  });

  it('prints once when there is no table of contents', async () => {
    const { page, printed } = fakePage(() => ({}), []);
    expect((await printWithSettledToc(page, measure, quiet)).passes).toBe(1);
    expect(printed).toHaveLength(1);
  });

  it('reports every pass with its number and page count', async () => {
    const reports: [number, number][] = [];
    await printWithSettledToc(fakePage(() => ({ a: 3, b: 5 })).page, measure, (pass, pages) => reports.push([pass, pages]));
    expect(reports).toEqual([[1, 9], [2, 9]]);
  });
});
