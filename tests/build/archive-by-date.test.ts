/**
 * The date pages of the fixture build: every count they show equals the number
 * of fixture articles of that year, month or day; no page for an empty period;
 * previous/next links skip to the nearest period that has stories.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, filesUnder, FIXTURES } from '../helpers/builds';

const dist = distDir('fixture');
const read = (page: string) => readFileSync(path.join(dist, page), 'utf8');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/** Fixture article dates, read from the frontmatter of the Markdown files. */
const dates = filesUnder(path.join(FIXTURES, 'archive/articles'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => /^date: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(readFileSync(path.join(FIXTURES, 'archive/articles', file), 'utf8'))![1]!);

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
    const shown = new Map([...html.matchAll(/<h2><a href="\/archive\/(\d{4})\/">\d{4}<\/a> <span class="meta">([^<]+)<\/span><\/h2>/g)]
      .map((match) => [match[1]!, match[2]!]));
    expect(shown).toEqual(new Map([...perYear].map(([year, count]) => [year, stories(count)])));
    expect(html).toContain(`${stories(dates.length)} in ${perYear.size} years`);
  });

  it('shows each day of a year with the number of its stories, and links only those days', () => {
    for (const [year, count] of perYear) {
      const html = main(read(`archive/${year}/index.html`));
      expect(html).toContain(`<p class="meta">${stories(count)}</p>`);
      const days = new Map([...html.matchAll(/<a href="\/archive\/\d{4}\/\d{2}\/\d{2}\/"><time datetime="(\d{4}-\d{2}-\d{2})">\d+<\/time><span class="calendar-count"><span class="visually-hidden">: <\/span>(\d+)</g)]
        .map((match) => [match[1]!, Number(match[2])]));
      expect(days).toEqual(new Map([...perDay].filter(([date]) => date.startsWith(year))));
      // Twelve month calendars, whether or not a month has stories.
      expect(html.match(/<table class="calendar">/g)).toHaveLength(12);
    }
  });

  it('lists the stories of each month and each day', () => {
    for (const [month, count] of perMonth) {
      const html = main(read(`archive/${month.replace('-', '/')}/index.html`));
      expect(html).toContain(`<p class="meta">${stories(count)}</p>`);
      expect(html.match(/<li>\s*<p class="meta"><time/g) ?? []).toHaveLength(count);
    }
    for (const [day, count] of perDay) {
      const html = main(read(`archive/${day.replaceAll('-', '/')}/index.html`));
      expect(html).toContain(`<h1><time datetime="${day}">`);
      expect(html.match(/<li>\s*<p class="meta"><time/g) ?? []).toHaveLength(count);
    }
  });

  it('makes no page for a period without stories', () => {
    // archive/on/: the calendar days, checked in on-this-day.test.ts.
    const pages = filesUnder(path.join(dist, 'archive')).filter((file) => file !== 'index.html' && !file.startsWith('on/'));
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
      return next !== undefined && next.slice(0, 4) === month.slice(0, 4) && Number(next.slice(5)) - Number(month.slice(5)) > 1;
    });
    expect(at, 'the fixture has a gap between two months of one year').toBeGreaterThanOrEqual(0);
    const [month, next] = [months[at]!, months[at + 1]!];
    const html = read(`archive/${month.replace('-', '/')}/index.html`);
    expect(html).toContain(`href="/archive/${next.replace('-', '/')}/" rel="next"`);
    const years = [...perYear.keys()].sort();
    const first = read(`archive/${years[0]}/index.html`);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain(`href="/archive/${years[1]}/" rel="next"`);
  });
});
