/**
 * People, places and organizations in the built fixture archive: every tag has
 * a page, counts agree, the registry's aliases tag articles, maps are inline.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articlePagesOf, distDir, filesUnder, FIXTURES } from '../helpers/builds';

const dist = distDir('fixture');
const read = (page: string) => readFileSync(path.join(dist, page), 'utf8');
const exists = (sitePath: string) => existsSync(path.join(dist, sitePath, 'index.html'));
const KINDS = ['people', 'places', 'organizations'] as const;
const SEED = '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html';
const KARAJ = '2019/01/15/iranian-cargo-plane-crashes-into-karaj-houses/index.html';
const articlePages = articlePagesOf(dist);

function entityBox(html: string): string {
  return html.match(/<aside class="entity-box"[\s\S]*?<\/aside>/)?.[0] ?? '';
}

function entityLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/(?:people|places|organizations)\/[^"/]+\/)"/g)].map((match) => match[1]!);
}

/** Article links of an entity's list, over all its pages. */
function listedArticles(entityPath: string): string[] {
  const listed: string[] = [];
  for (let page = 1, next: string | undefined = entityPath; next; page++) {
    const html = read(path.join(next, 'index.html'));
    const list = html.match(/<ol class="article-list">[\s\S]*?<\/ol>/)?.[0] ?? '';
    listed.push(...[...list.matchAll(/<h3><a href="([^"]+)"/g)].map((match) => match[1]!));
    next = html.includes('rel="next"') ? `${entityPath}page/${page + 1}/` : undefined;
  }
  return listed;
}

/**
 * Each fixture article's "In this story" links, judged by hand against the article and the
 * fixture registry: the entities its frontmatter names, and the registered names and aliases
 * its text mentions (for example "China, Iran, and Russia have pledged funds" in the Aleppo story).
 */
const BOXES: Record<string, { frontmatter: string[]; text: string[] }> = {
  '2019/01/04-magnitogorsk-apartment-building-collapses-after-explosion-dozens': { frontmatter: [], text: [] },
  '2019/01/15-iranian-cargo-plane-crashes-into-karaj-houses': { frontmatter: [], text: ['/places/karaj/', '/organizations/boeing/'] },
  '2019/02/05-block-of-flats-collapses-in-aleppo-killing': { frontmatter: [], text: ['/places/china/'] },
  '2019/02/23-zebra-stripes-may-dazzle-pathogen-packing-horse': { frontmatter: [], text: [] },
  '2019/04/16-notre-dame-in-paris-catches-fire': { frontmatter: [], text: [] },
  '2019/05/21-nickey-iyambo-former-vice-president-of-namibia': { frontmatter: [], text: [] },
  '2019/07/17-retired-us-supreme-court-justice-john-paul': { frontmatter: [], text: [] },
  '2019/08/16-hickenlooper-ends-us-presidential-bid-senate-run': { frontmatter: [], text: [] },
  '2019/09/06-hong-kong-leader-announces-withdrawal-of-extradition': { frontmatter: [], text: ['/people/carrie-lam/', '/places/hong-kong/', '/places/china/'] },
  '2019/09/17-us-president-trump-says-osama-bin-ladens': { frontmatter: [], text: ['/people/donald-trump/'] },
  '2019/09/29-fianc-e-of-murdered-saudi-journalist-demands': { frontmatter: [], text: [] },
  '2019/10/07-mockumentary-mister-america-has-world-premiere': { frontmatter: [], text: [] },
  '2019/10/16-hong-kongs-carrie-lam-delivers-speech-on': { frontmatter: [], text: ['/people/carrie-lam/', '/places/hong-kong/'] },
  '2019/11/07-hungarian-state-owned-enterprise-acquires-hirtenberger-defence': { frontmatter: [], text: ['/people/donald-trump/'] },
  '2019/12/21-us-house-of-representatives-impeaches-president-trump': { frontmatter: [], text: ['/people/donald-trump/'] },
  '2020/01/15-u-s-house-to-decide-on-submitting': { frontmatter: [], text: ['/people/donald-trump/'] },
  '2020/02/22-covid-19-may-spread-like-flu-say': { frontmatter: [], text: ['/places/china/'] },
  '2020/03/13-national-basketball-association-suspends-season-due-to': { frontmatter: [], text: [] },
  '2020/04/10-bernie-sanders-ends-2020-us-presidential-bid': { frontmatter: [], text: ['/people/donald-trump/'] },
  '2020/05/29-sars-cov-2-surpasses-100-000-confirmed': { frontmatter: [], text: [] },
  '2020/06/23-three-killed-three-others-injured-in-stabbing': { frontmatter: [], text: [] },
  // "take this fight to Trump": a surname alone, with no cue, tags nobody (design.md).
  '2020/08/12-biden-announces-kamala-harris-as-2020-running': { frontmatter: [], text: [] },
  '2020/09/30-south-london-police-officer-matt-ratana-shot': { frontmatter: [], text: [] },
  '2020/10/30-wikinews-interviews-brian-carroll-american-solidarity-party': { frontmatter: [], text: ['/people/donald-trump/'] },
  '2022/05/09-markup-in-the-copy': { frontmatter: ['/people/ada-reporter/', '/places/springfield/', '/organizations/fixture-wire/'], text: [] },
  '2022/05/10-changsha-metro': { frontmatter: ['/places/changsha/'], text: [] },
  '2023/03/13-new-premier-meets-the-press': { frontmatter: ['/people/li-qiang/', '/places/beijing/'], text: ['/places/china/'] },
  '2023/03/22-li-qiang-hunan-advanced-manufacturing': {
    frontmatter: [
      '/people/li-qiang/', '/people/xi-jinping/', '/people/wu-zhenglong/',
      '/places/hunan/', '/places/zhuzhou/', '/places/changsha/',
      '/organizations/crrc-zhuzhou-electric-locomotive/', '/organizations/zhuzhou-cemented-carbide-group/',
      '/organizations/hunan-shanhe-technology/', '/organizations/changsha-byd-automobile/',
      '/organizations/china-railway-construction-heavy-industry/', '/organizations/lens-technology/',
      '/organizations/state-council/', '/organizations/cpc-central-committee/',
    ],
    text: ['/places/china/'],
  },
};

describe('entity pages', () => {
  it('gives every tag of every article a page', () => {
    let links = 0;
    for (const page of articlePages) {
      for (const href of entityLinks(read(page))) {
        links++;
        expect(exists(href), `${page} links ${href}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(20);
  });

  it('shows every frontmatter tag in its article’s box, registered or not, and nothing unexplained', () => {
    const articles = filesUnder(path.join(FIXTURES, 'archive/articles')).filter((name) => name.endsWith('.md'));
    expect(Object.keys(BOXES).sort()).toEqual(articles.map((file) => file.replace(/\.md$/, '')).sort());
    for (const file of articles) {
      const source = readFileSync(path.join(FIXTURES, 'archive/articles', file), 'utf8');
      const frontmatter = parseYaml(source.split(/^---$/m)[1]!) as Record<string, unknown>;
      const expected = BOXES[file.replace(/\.md$/, '')]!;
      // The table's frontmatter part is the fixture's: one link per name, of the right kind.
      for (const kind of KINDS) {
        const names = (frontmatter[kind] as unknown[] | undefined) ?? [];
        expect(expected.frontmatter.filter((href) => href.startsWith(`/${kind}/`)), `${file} ${kind}`).toHaveLength(names.length);
      }
      const [year, month, name] = file.split('/') as [string, string, string];
      const links = entityLinks(entityBox(read(`${year}/${month}/${name.slice(0, 2)}/${name.slice(3).replace(/\.md$/, '')}/index.html`)));
      expect(links.length, `${file}: each entity once`).toBe(new Set(links).size);
      expect([...links].sort(), file).toEqual([...expected.frontmatter, ...expected.text].sort());
    }
    expect(exists('/people/wu-zhenglong/')).toBe(true); // named in frontmatter, unknown to the registry
  });

  it('counts on the index pages equal the articles listed on each entity page', () => {
    for (const kind of KINDS) {
      const index = read(`${kind}/index.html`);
      const counts = [...index.matchAll(/<a href="\/[a-z]+\/([^"/]+)\/">[^<]*<\/a> <span class="count" data-entity-count="[^"]+">(\d+)<\/span>/g)];
      expect(counts.length, kind).toBeGreaterThan(0);
      for (const [, id, count] of counts) {
        const listed = listedArticles(`/${kind}/${id}/`);
        expect(listed.length, `${kind}/${id}`).toBe(Number(count));
        expect(new Set(listed).size).toBe(listed.length);
        expect(read(`${kind}/${id}/index.html`)).toContain(`<dd data-entity-count>${count}</dd>`);
      }
    }
  });

  it('tags articles by registry aliases in their text, never inside another word', () => {
    // "Boeing" is an alias of The Boeing Company; no frontmatter names it.
    expect(listedArticles('/organizations/boeing/')).toContain('/2019/01/15/iranian-cargo-plane-crashes-into-karaj-houses/');
    expect(entityBox(read(KARAJ))).toContain('href="/organizations/boeing/"');
    // "Kyrgyz" is an alias of Kyrgyz Republic; the article only says "Kyrgyzstan".
    expect(read(KARAJ)).toContain('Kyrgyzstan');
    expect(read(KARAJ)).not.toContain('/places/kyrgyz-republic/');
    expect(exists('/places/kyrgyz-republic/')).toBe(false);
    // A Chinese alias needs no spaces around it.
    expect(entityBox(read('2022/05/10/changsha-metro/index.html'))).toContain('href="/places/changsha/"');
  });

  it('resolves frontmatter names and registry aliases to one entity', () => {
    const box = entityBox(read(SEED));
    expect(box.match(/href="\/places\/hunan\/"/g)).toHaveLength(1);
    expect(box).toContain('href="/places/china/"'); // from the text: "Communist Party of China"
    expect(listedArticles('/places/hunan/')).toEqual(['/2023/03/22/li-qiang-hunan-advanced-manufacturing/']);
  });

  it('links the first mention of each entity in the article text', () => {
    const body = read(SEED).match(/<div class="article-body">[\s\S]*?<\/div>/)?.[0] ?? '';
    const mentions = [...body.matchAll(/<a class="entity-mention" href="([^"]+)">([^<]+)<\/a>/g)].map((match) => `${match[2]} → ${match[1]}`);
    expect(mentions).toContain('Li Qiang → /people/li-qiang/');
    expect(mentions).toContain('Zhuzhou → /places/zhuzhou/');
    expect(mentions.filter((mention) => mention.endsWith('/people/li-qiang/'))).toHaveLength(1);
  });

  it('shows name, description, count, first and last mention, chart, feed and search links', () => {
    const html = read('people/li-qiang/index.html');
    expect(html).toContain('<h1 id="entity-title">Li Qiang</h1>');
    expect(html).toContain('Premier of the State Council of China since 2023.');
    expect(html).toMatch(/<dt>First mention<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(html).toMatch(/<dt>Latest mention<\/dt><dd><time datetime="2023-03-22">22 March 2023<\/time>/);
    expect(html).toMatch(/<svg viewBox="[^"]+" width="\d+" height="\d+" role="img" aria-labelledby="year-chart-caption">/);
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Li Qiang — stories" href="/people/li-qiang/rss.xml">');
    expect(html).toContain('href="/search/?person=li-qiang"');
    expect(html).toContain('<h2 id="mentioned-with">');
    expect(html).toContain('href="/places/changsha/"');
  });

  it('draws place maps inline from Natural Earth, with the places inside, small and without script', () => {
    const hunan = read('places/hunan/index.html');
    expect(hunan).toMatch(/<figure class="locator-map"><svg viewBox="0 0 640 400" role="img"/);
    expect(hunan).toContain('Places inside it: Changsha and Zhuzhou.');
    // Both named on the map too, before the country's name takes the room beside them.
    expect(hunan).toMatch(/class="map-label">Changsha<\/text>/);
    expect(hunan).toMatch(/class="map-label">Zhuzhou<\/text>/);
    expect(read('places/china/index.html')).toContain('class="map-land map-land--home"');
    // A city's map names its country, shows a neighbour of the archive and insets the wider area.
    const changsha = read('places/changsha/index.html');
    expect(changsha).toMatch(/<title id="locator-map-title">Map of Changsha, in Hunan, China<\/title>/);
    expect(changsha).toMatch(/class="map-label map-label--country map-label--home-country">China<\/text>/);
    expect(changsha).toMatch(/class="map-label map-label--nearby">Zhuzhou<\/text>/);
    expect(changsha).toMatch(/<svg class="map-inset"[^>]*>.*class="map-land map-land--home".*class="map-inset__mark"/s);
    // A country framed whole needs no inset.
    expect(read('places/china/index.html')).not.toContain('map-inset');
    const index = read('places/index.html');
    expect(index).toMatch(/<figure class="world-map"><svg/);
    expect(index.match(/class="map-dot"/g)?.length).toBeGreaterThanOrEqual(5);
    for (const page of ['places/index.html', 'people/index.html', 'places/hunan/index.html', 'places/china/index.html', 'people/li-qiang/index.html']) {
      const html = read(page);
      expect(html.length, page).toBeLessThan(80_000);
      expect(html, page).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      // Nothing loaded from another host (canonical and feed links may be absolute).
      expect(html, page).not.toMatch(/\ssrc="https?:|<link rel="(?:stylesheet|preload|icon)"[^>]*href="https?:/);
    }
  });

  it('has alphabetical index pages with letter jump links', () => {
    const html = read('people/index.html');
    expect(html).toContain('<nav class="letter-nav" aria-label="Jump to letter">');
    expect(html).toContain('<a href="#letter-l">L</a>');
    expect(html).toContain('<h2 id="letter-l">L</h2>');
    const names = [...html.matchAll(/<li><a href="\/people\/[^"]+\/">([^<]+)<\/a>/g)].map((match) => match[1]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('entity pages under /news/', () => {
  const news = distDir('fixtureUnderNews');
  it('link within the sub-path', () => {
    const html = readFileSync(path.join(news, 'places/changsha/index.html'), 'utf8');
    expect(html).toContain('href="/news/places/"');
    expect(html).toContain('href="/news/search/?place=changsha"');
    expect(html).toContain('href="/news/2023/03/22/li-qiang-hunan-advanced-manufacturing/"');
    expect(html).not.toMatch(/href="\/(?!news\/)/);
    const seed = readFileSync(path.join(news, SEED), 'utf8');
    expect(seed).toContain('<a class="entity-mention" href="/news/people/li-qiang/">Li Qiang</a>');
  });
});
