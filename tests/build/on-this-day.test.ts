/**
 * On this day in the fixture build: a page per calendar day that has stories,
 * listing that day's stories of every year, newest year first; linked from
 * every day page, and from the home page where other years have stories.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, filesUnder, FIXTURES } from '../helpers/builds';
import { all, attr, one, only, readPage, text, type Element } from '../helpers/html';

const dist = distDir('fixture');
const main = (page: string) => only('main', readPage(dist, page));
const hrefs = (root: Element) => all('[href]', root).map((link) => attr(link, 'href'));
/** The article teasers of a list: an item that opens with its date line. */
const teasers = (root: Element) => all('li > p.meta:first-child > time:first-child', root);

/** Fixture articles as [date, title], read from their Markdown. */
const articles = filesUnder(path.join(FIXTURES, 'archive/articles'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const source = readFileSync(path.join(FIXTURES, 'archive/articles', file), 'utf8');
    return {
      date: /^date: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(source)![1]!,
      title: JSON.parse(/^title: (".*")$/m.exec(source)![1]!) as string,
    };
  });
const calendarDays = new Map<string, string[]>();
for (const { date } of articles)
  calendarDays.set(date.slice(5), [...(calendarDays.get(date.slice(5)) ?? []), date]);

describe('on this day', () => {
  it('has a page for each calendar day with stories, and for no other', () => {
    const pages = filesUnder(path.join(dist, 'archive/on')).sort();
    expect(pages).toEqual(
      [...calendarDays.keys()].sort().map((monthDay) => `${monthDay}/index.html`),
    );
  });

  it('lists 13 March of every year, newest year first, each year linked to its day page', () => {
    const html = main('archive/on/03-13/index.html');
    expect(all('h1', html).map(text)).toContain('13 March in every year');
    expect(text(html)).toContain('2 stories in 2 years, newest first');
    // Each year's heading: its id, then a link to that day's page holding the date.
    const years = all('h2[id^="year-"]', html).map((heading) => {
      const link = one(':scope > a:first-child', heading);
      return [
        attr(heading, 'id'),
        attr(link, 'href'),
        attr(one(':scope > time:first-child', link!), 'datetime'),
      ];
    });
    expect(years).toEqual([
      ['year-2023', '/archive/2023/03/13/', '2023-03-13'],
      ['year-2020', '/archive/2020/03/13/', '2020-03-13'],
    ]);
    const titles = all('h3 > a[href]:only-child', html).map(text);
    expect(titles).toEqual([
      'New premier promises jobs and steady growth',
      'National Basketball Association suspends season due to COVID-19 concerns',
    ]);
    // Neighbouring calendar days that have stories.
    expect(attr(one('a[rel="prev"]', html), 'href')).toBe('/archive/on/02-23/');
    expect(attr(one('a[rel="next"]', html), 'href')).toBe('/archive/on/03-22/');
  });

  it('shows every story of every calendar day once (the fixture is below the per-year cap)', () => {
    for (const [monthDay, dates] of calendarDays) {
      const html = main(`archive/on/${monthDay}/index.html`);
      expect(teasers(html), monthDay).toHaveLength(dates.length);
      // The text each link ends with: a title is the last thing in its link.
      const linkEnds = all('a', html).map((link) =>
        link.lastChild?.type === 'text' ? link.lastChild.data : undefined,
      );
      for (const { title } of articles.filter((article) => article.date.slice(5) === monthDay)) {
        expect(linkEnds).toContain(title);
      }
    }
  });

  it('is linked from every day page, with the other years that have stories that day', () => {
    for (const [monthDay, dates] of calendarDays) {
      for (const date of dates) {
        const html = main(`archive/${date.replaceAll('-', '/')}/index.html`);
        expect(hrefs(html), date).toContain(`/archive/on/${monthDay}/`);
        const others = dates
          .filter((other) => other !== date)
          .map((other) => `/archive/${other.replaceAll('-', '/')}/`);
        for (const other of others) expect(hrefs(html), date).toContain(other);
        if (others.length === 0)
          expect(text(html)).toContain('no other year of the archive has stories on this day');
      }
    }
  });

  it('links the home page to the calendar days of its stories that other years share, and only those', () => {
    const section = only('nav.on-this-day', readPage(dist, 'index.html'));
    expect(text(section)).toContain('On this day in other years');
    const linked = hrefs(section).flatMap(
      (href) => /^\/archive\/on\/(\d{2}-\d{2})\/$/.exec(href ?? '')?.[1] ?? [],
    );
    // The home page's 20 newest stories: 13 March 2023 and 15 January 2020 share their day with another year.
    expect(linked).toEqual(['03-13', '01-15']);
    expect(hrefs(section)).toContain('/archive/2020/03/13/');
    expect(hrefs(section)).toContain('/archive/2019/01/15/');
    expect(all('.on-this-day', readPage(dist, 'page/2/index.html'))).toEqual([]);
  });
});
