/**
 * On this day in the fixture build: a page per calendar day that has stories,
 * listing that day's stories of every year, newest year first; linked from
 * every day page, and from the home page where other years have stories.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, filesUnder, FIXTURES } from '../helpers/builds';

const dist = distDir('fixture');
const read = (page: string) => readFileSync(path.join(dist, page), 'utf8');
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/** Fixture articles as [date, title], read from their Markdown. */
const articles = filesUnder(path.join(FIXTURES, 'archive/articles'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const text = readFileSync(path.join(FIXTURES, 'archive/articles', file), 'utf8');
    return { date: /^date: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(text)![1]!, title: JSON.parse(/^title: (".*")$/m.exec(text)![1]!) as string };
  });
const calendarDays = new Map<string, string[]>();
for (const { date } of articles) calendarDays.set(date.slice(5), [...(calendarDays.get(date.slice(5)) ?? []), date]);

describe('on this day', () => {
  it('has a page for each calendar day with stories, and for no other', () => {
    const pages = filesUnder(path.join(dist, 'archive/on')).sort();
    expect(pages).toEqual([...calendarDays.keys()].sort().map((monthDay) => `${monthDay}/index.html`));
  });

  it('lists 13 March of every year, newest year first, each year linked to its day page', () => {
    const html = main(read('archive/on/03-13/index.html'));
    expect(html).toContain('<h1>13 March in every year</h1>');
    expect(html).toContain('2 stories in 2 years, newest first');
    const years = [...html.matchAll(/<h2 id="year-(\d{4})"><a href="\/archive\/(\d{4})\/03\/13\/"><time datetime="(\d{4}-03-13)">/g)];
    expect(years.map((match) => [match[1], match[2], match[3]])).toEqual([
      ['2023', '2023', '2023-03-13'],
      ['2020', '2020', '2020-03-13'],
    ]);
    const titles = [...html.matchAll(/<h3><a href="[^"]+">([^<]+)<\/a><\/h3>/g)].map((match) => match[1]);
    expect(titles).toEqual(['New premier promises jobs and steady growth', 'National Basketball Association suspends season due to COVID-19 concerns']);
    // Neighbouring calendar days that have stories.
    expect(html).toContain('href="/archive/on/02-23/" rel="prev"');
    expect(html).toContain('href="/archive/on/03-22/" rel="next"');
  });

  it('shows every story of every calendar day once (the fixture is below the per-year cap)', () => {
    for (const [monthDay, dates] of calendarDays) {
      const html = main(read(`archive/on/${monthDay}/index.html`));
      expect(html.match(/<li>\s*<p class="meta"><time/g) ?? [], monthDay).toHaveLength(dates.length);
      for (const { title } of articles.filter((article) => article.date.slice(5) === monthDay)) {
        expect(html).toContain(`>${escapeHtml(title)}</a>`);
      }
    }
  });

  it('is linked from every day page, with the other years that have stories that day', () => {
    for (const [monthDay, dates] of calendarDays) {
      for (const date of dates) {
        const html = main(read(`archive/${date.replaceAll('-', '/')}/index.html`));
        expect(html, date).toContain(`href="/archive/on/${monthDay}/"`);
        const others = dates.filter((other) => other !== date).map((other) => `href="/archive/${other.replaceAll('-', '/')}/"`);
        for (const other of others) expect(html, date).toContain(other);
        if (others.length === 0) expect(html).toContain('no other year of the archive has stories on this day');
      }
    }
  });

  it('links the home page to the calendar days of its stories that other years share, and only those', () => {
    const section = /<nav class="on-this-day"[\s\S]*?<\/nav>/.exec(read('index.html'))?.[0] ?? '';
    expect(section).toContain('On this day in other years');
    const linked = [...section.matchAll(/href="\/archive\/on\/(\d{2}-\d{2})\/"/g)].map((match) => match[1]);
    // The home page's 20 newest stories: 13 March 2023 and 15 January 2020 share their day with another year.
    expect(linked).toEqual(['03-13', '01-15']);
    expect(section).toContain('href="/archive/2020/03/13/"');
    expect(section).toContain('href="/archive/2019/01/15/"');
    expect(read('page/2/index.html')).not.toContain('class="on-this-day"');
  });
});
