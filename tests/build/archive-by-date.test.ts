/**
 * The date pages of the fixture build: every count they show equals the number
 * of fixture articles of that year, month or day; no page for an empty period;
 * previous/next links skip to the nearest period that has stories.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, filesUnder, FIXTURES } from '../helpers/builds';
import {
  all,
  attr,
  one,
  only,
  ownText,
  readPage,
  text,
  type Document,
  type Element,
} from '../helpers/html';

const dist = distDir('fixture');
const read = (page: string) => readPage(dist, page);
const main = (page: Document) => only('main', page);
/** The article teasers of a list: an item that opens with its date line. */
const teasers = (page: Document) => all('main li > p.meta:first-child > time:first-child', page);

/** Fixture article dates, read from the frontmatter of the Markdown files. */
const dates = filesUnder(path.join(FIXTURES, 'archive/articles'))
  .filter((file) => file.endsWith('.md'))
  .map(
    (file) =>
      /^date: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(
        readFileSync(path.join(FIXTURES, 'archive/articles', file), 'utf8'),
      )![1]!,
  );

function countBy(key: (date: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(key(date), (counts.get(key(date)) ?? 0) + 1);
  return counts;
}
const perYear = countBy((date) => date.slice(0, 4));
const perMonth = countBy((date) => date.slice(0, 7));
const perDay = countBy((date) => date);
const stories = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;

describe('browse by date', () => {
  it('lists every year with its number of stories on /archive/', () => {
    const html = main(read('archive/index.html'));
    const shown = new Map(
      all('h2', html).flatMap((heading) => {
        const link = one(':scope > a', heading);
        const year = /^\/archive\/(\d{4})\/$/.exec(attr(link, 'href') ?? '')?.[1];
        return year && text(link) === year
          ? [[year, text(one(':scope > span.meta', heading))] as const]
          : [];
      }),
    );
    expect(shown).toEqual(new Map([...perYear].map(([year, count]) => [year, stories(count)])));
    expect(text(html)).toContain(`${stories(dates.length)} in ${perYear.size} years`);
  });

  it('shows each day of a year with the number of its stories, and links only those days', () => {
    for (const [year, count] of perYear) {
      const page = read(`archive/${year}/index.html`);
      expect(all('main p.meta', page).map(text)).toContain(stories(count));
      // Each linked day: its date, and its number of stories after the words only a screen reader says.
      const days = new Map(
        all('main a > time[datetime] + span.calendar-count', page)
          .filter((count) =>
            /^\/archive\/\d{4}\/\d{2}\/\d{2}\/$/.test(attr(count.parent as Element, 'href') ?? ''),
          )
          .map((count) => [attr(one('time', count.parent!), 'datetime')!, Number(ownText(count))]),
      );
      expect(days).toEqual(new Map([...perDay].filter(([date]) => date.startsWith(year))));
      for (const count of all('main span.calendar-count', page))
        expect(text(one('.visually-hidden', count))).toBe(': ');
      // Twelve month calendars, whether or not a month has stories.
      expect(all('main table.calendar', page)).toHaveLength(12);
    }
  });

  it('lists the stories of each month and each day', () => {
    for (const [month, count] of perMonth) {
      const page = read(`archive/${month.replace('-', '/')}/index.html`);
      expect(all('main p.meta', page).map(text)).toContain(stories(count));
      expect(teasers(page)).toHaveLength(count);
    }
    for (const [day, count] of perDay) {
      const page = read(`archive/${day.replaceAll('-', '/')}/index.html`);
      expect(attr(one('main h1 > time:first-child', page), 'datetime')).toBe(day);
      expect(teasers(page)).toHaveLength(count);
    }
  });

  it('makes no page for a period without stories', () => {
    // archive/on/: the calendar days, checked in on-this-day.test.ts.
    const pages = filesUnder(path.join(dist, 'archive')).filter(
      (file) => file !== 'index.html' && !file.startsWith('on/'),
    );
    const expected = [
      ...[...perYear.keys()].map((year) => `${year}/index.html`),
      ...[...perMonth.keys()].map((month) => `${month.replace('-', '/')}/index.html`),
      ...[...perDay.keys()].map((day) => `${day.replaceAll('-', '/')}/index.html`),
    ];
    expect(pages.sort()).toEqual(expected.sort());
    expect(existsSync(path.join(dist, 'archive/2021/index.html'))).toBe(perYear.has('2021'));
  });

  it('links to the nearest earlier and later period that has stories', () => {
    const months = [...perMonth.keys()].sort();
    const at = months.findIndex((month, index) => {
      const next = months[index + 1];
      return (
        next !== undefined &&
        next.slice(0, 4) === month.slice(0, 4) &&
        Number(next.slice(5)) - Number(month.slice(5)) > 1
      );
    });
    expect(at, 'the fixture has a gap between two months of one year').toBeGreaterThanOrEqual(0);
    const [month, next] = [months[at]!, months[at + 1]!];
    const links = (page: Document, rel: string) =>
      all(`a[rel="${rel}"]`, page).map((link) => attr(link, 'href'));
    expect(links(read(`archive/${month.replace('-', '/')}/index.html`), 'next')).toContain(
      `/archive/${next.replace('-', '/')}/`,
    );
    const years = [...perYear.keys()].sort();
    const first = read(`archive/${years[0]}/index.html`);
    expect(all('[rel="prev"]', first)).toEqual([]);
    expect(links(first, 'next')).toContain(`/archive/${years[1]}/`);
  });
});
