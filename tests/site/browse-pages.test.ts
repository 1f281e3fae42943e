import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/validation/load-content.ts';
import { readPage, routeExists } from './site-pages.ts';

/**
 * The browse pages: activities by fiscal year, pillar, topic and kind, and the pages of
 * members and people, which split long lists by fiscal year. What each page should list is
 * worked out here from the shipped data (content/ and data/), not by the site's own code;
 * the workshop counts of FY 2018/19 are the annual report's (seed 000, executive summary).
 */
const content = loadContent(resolve(import.meta.dirname, '..', '..')).data;
const slugs = new Set(content.activities.map((a) => a.slug));
const newestFirst = (values: Iterable<string>) => [...new Set(values)].sort().reverse();
const years = newestFirst(content.activities.map((a) => a.group));
const slugsWhere = (keep: (a: (typeof content.activities)[number]) => boolean) => content.activities.filter(keep).map((a) => a.slug).sort();
const formatFy = (fy: string) => `FY ${fy.replace('-', '/')}`;

/** The activity pages a page's main content links to, in page order (repeats kept). */
function activityLinks(route: string, within = 'main'): string[] {
  return [...readPage(route).querySelectorAll(`${within} a[href]`)]
    .map((a) => /^\/activities\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter((slug): slug is string => slug !== undefined && slugs.has(slug));
}

/** A page's own links to its fiscal-year pages (`<route><fy>/`), as a navigation lists them. */
function yearPageLinks(route: string): string[] {
  return [...readPage(route).querySelectorAll('main nav a[href]')].map((a) => a.getAttribute('href')!).filter((href) => new RegExp(`^${route}\\d{4}-\\d{2}/$`).test(href));
}

/** The activities a page lists, with those of its fiscal-year pages when it has them. */
function listedWithYearPages(route: string): string[] {
  return [...new Set([route, ...yearPageLinks(route)].flatMap((r) => activityLinks(r)))].sort();
}

/** Each item of a navigation: its text and its link, if it is one. */
function navItems(route: string, label: string): { text: string; href: string | null }[] {
  const nav = readPage(route).querySelector(`nav[aria-label="${label}"]`);
  return [...(nav?.querySelectorAll('li') ?? [])].map((li) => ({ text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(), href: li.querySelector('a')?.getAttribute('href') ?? null }));
}

describe('activities by fiscal year', () => {
  it('/activities/ links each fiscal year to its page, newest first, with its number of activities', () => {
    expect(navItems('/activities/', 'Activities by fiscal year')).toEqual(
      years.map((fy) => ({ text: `${formatFy(fy)} (${content.activities.filter((a) => a.group === fy).length})`, href: `/activities/${fy}/` })),
    );
  });

  it.each(years)('/activities/%s/ lists exactly the activities filed under that year, each once', (fy) => {
    expect(activityLinks(`/activities/${fy}/`).sort()).toEqual(slugsWhere((a) => a.group === fy));
  });

  it('/activities/ itself still lists every shipped activity, each once, under its fiscal year', () => {
    expect(activityLinks('/activities/').sort()).toEqual([...slugs].sort());
    for (const fy of years) expect(activityLinks('/activities/', `#fy-${fy}`).sort()).toEqual(slugsWhere((a) => a.group === fy));
  });

  it('reaches every activity by links from /activities/ through the browse pages', () => {
    const seen = new Set<string>(['/activities/']);
    const queue = ['/activities/'];
    const reached = new Set<string>();
    while (queue.length > 0) {
      const route = queue.shift()!;
      for (const a of readPage(route).querySelectorAll('main a[href]')) {
        const href = (a.getAttribute('href') ?? '').split('#')[0]!;
        const slug = /^\/activities\/([^/]+)\/$/.exec(href)?.[1];
        if (slug && slugs.has(slug)) reached.add(slug);
        else if (href.startsWith('/activities/') && !seen.has(href) && routeExists(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect([...reached].sort()).toEqual([...slugs].sort());
  });
});

/** Each grouping's groups as the data defines them: the key in its page's address, and its activities. */
const GROUPS = {
  pillar: [1, 2, 3, 4].map((p) => ({ key: String(p), slugs: slugsWhere((a) => a.data.pillar === p) })),
  topic: [...content.topics.map((t) => ({ key: t.id, slugs: slugsWhere((a) => a.data.topic === t.id) })), { key: 'no-topic', slugs: slugsWhere((a) => !a.data.topic) }],
  kind: [...new Set(content.activities.map((a) => a.data.kind))].map((k) => ({ key: k, slugs: slugsWhere((a) => a.data.kind === k) })),
};

describe.each(Object.entries(GROUPS))('activities by %s', (grouping, groups) => {
  const index = `/activities/by-${grouping}/`;
  const withActivities = groups.filter((g) => g.slugs.length > 0);
  const rows = () =>
    [...readPage(index).querySelectorAll('main tbody tr')].map((tr) => ({
      href: tr.querySelector('a')?.getAttribute('href'),
      count: Number(tr.querySelector('td.num')?.textContent),
    }));

  it(`${index} links each group with activities to its page, with the number the data gives`, () => {
    const expected = withActivities.map((g) => ({ href: `${index}${g.key}/`, count: g.slugs.length }));
    expect(rows()).toEqual(expect.arrayContaining(expected));
    expect(rows()).toHaveLength(expected.length);
  });

  it(`${index} totals every activity`, () => {
    expect(Number(readPage(index).querySelector('main tfoot td.num')?.textContent)).toBe(content.activities.length);
  });

  it(`${index} keeps each group's anchor from when it listed every activity`, () => {
    for (const g of withActivities) expect(readPage(index).getElementById(`${grouping}-${g.key}`), g.key).not.toBeNull();
  });

  it("each group's page (with its fiscal-year pages, if any) lists exactly the group's activities", () => {
    for (const g of withActivities) expect(listedWithYearPages(`${index}${g.key}/`), g.key).toEqual(g.slugs);
  });
});

describe('the annual report 2018/19’s workshop counts on the pages of each kind', () => {
  const rowsIn2018 = (kind: string) => readPage(`/activities/by-kind/${kind}/`).querySelectorAll('#fy-2018-19 tbody tr').length;

  it('"13 regional and sub-regional workshops, 2 accreditation workshops and 25 national workshops"', () => {
    expect(rowsIn2018('regional-workshop') + rowsIn2018('sub-regional-workshop')).toBe(13);
    expect(rowsIn2018('accreditation-workshop')).toBe(2);
    expect(rowsIn2018('national-workshop')).toBe(25);
  });
});

describe('members and people', () => {
  const hostedBy = (code: string) => slugsWhere((a) => a.data.venue?.country === code || a.data.host === code);
  const attendedBy = (code: string) => slugsWhere((a) => a.data.members.includes(code) || a.data.beneficiaries.includes(code));

  it("each member's page, with its fiscal-year pages if any, links to every activity it hosted or attended, and to no other", () => {
    for (const member of content.members) {
      const expected = [...new Set([...hostedBy(member.code), ...attendedBy(member.code)])].sort();
      expect(listedWithYearPages(`/members/${member.code.toLowerCase()}/`), member.code).toEqual(expected);
    }
  });

  it("a member's activities stand under their fiscal years, newest first: Fiji's attended", () => {
    const headings = [...readPage('/members/fj/').querySelectorAll('main h2, main h3')].map((h) => (h.textContent ?? '').trim());
    const from = headings.indexOf('Activities attended or received');
    const attendedYears = newestFirst(content.activities.filter((a) => attendedBy('FJ').includes(a.slug)).map((a) => a.group));
    expect(headings.slice(from + 1, from + 1 + attendedYears.length)).toEqual(attendedYears.map(formatFy));
  });

  it("each person's page, with its fiscal-year pages if any, links to every activity they took part in, and to no other", () => {
    for (const person of content.people) {
      expect(listedWithYearPages(`/people/${person.id}/`), person.id).toEqual(slugsWhere((a) => a.data.staff.some((s) => s.person === person.id)));
    }
  });
});

describe('the newsletter index', () => {
  it('links to every issue', () => {
    const links = new Set([...readPage('/newsletters/').querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')));
    expect(content.newsletters.filter((issue) => !links.has(`/newsletters/${issue.number}/`)).map((issue) => issue.number)).toEqual([]);
  });
});
