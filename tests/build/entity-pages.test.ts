/**
 * People, places and organizations in the built fixture archive: every tag has
 * a page, counts agree, the registry's aliases tag articles, maps are inline.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articlePagesOf, distDir, filesUnder, FIXTURES } from '../helpers/builds';
import {
  all,
  attr,
  elementsFrom,
  isElement,
  one,
  only,
  readPage,
  text,
  type Document,
  type Element,
} from '../helpers/html';

const dist = distDir('fixture');
const read = (page: string) => readFileSync(path.join(dist, page), 'utf8');
const page = (file: string) => readPage(dist, file);
const exists = (sitePath: string) => existsSync(path.join(dist, sitePath, 'index.html'));
const KINDS = ['people', 'places', 'organizations'] as const;
const SEED = '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html';
const KARAJ = '2019/01/15/iranian-cargo-plane-crashes-into-karaj-houses/index.html';
const articlePages = articlePagesOf(dist);

/** The "In this story" box of an article page (an empty list when there is none). */
function entityBox(document: Document): Element[] {
  const box = one('aside.entity-box', document);
  return box ? [box] : [];
}

const hrefs = (root: Document | Element | Element[]) =>
  all('[href]', root).map((link) => attr(link, 'href') ?? '');

function entityLinks(root: Document | Element | Element[]): string[] {
  return hrefs(root).filter((href) => /^\/(?:people|places|organizations)\/[^"/]+\/$/.test(href));
}

/** Article links of an entity's list, over all its pages. */
function listedArticles(entityPath: string): string[] {
  const listed: string[] = [];
  for (let number = 1, next: string | undefined = entityPath; next; number++) {
    const html = page(path.join(next, 'index.html'));
    const list = one('ol.article-list', html);
    listed.push(
      ...(list ? all('h3 > a[href]:first-child', list) : []).map((link) => attr(link, 'href')!),
    );
    next = one('[rel="next"]', html) ? `${entityPath}page/${number + 1}/` : undefined;
  }
  return listed;
}

/** An element of exactly these classes (`class="map-label"`, not `class="map-label map-label--nearby"`). */
const ofClass = (className: string, root: Document | Element) =>
  all(`[class="${className}"]`, root);

/**
 * Each fixture article's "In this story" links, judged by hand against the article and the
 * fixture registry: the entities its frontmatter names, and the registered names and aliases
 * its text mentions (for example "China, Iran, and Russia have pledged funds" in the Aleppo story).
 */
const BOXES: Record<string, { frontmatter: string[]; text: string[] }> = {
  '2019/01/04-magnitogorsk-apartment-building-collapses-after-explosion-dozens': {
    frontmatter: [],
    text: [],
  },
  '2019/01/15-iranian-cargo-plane-crashes-into-karaj-houses': {
    frontmatter: [],
    text: ['/places/karaj/', '/organizations/boeing/'],
  },
  '2019/02/05-block-of-flats-collapses-in-aleppo-killing': {
    frontmatter: [],
    text: ['/places/china/'],
  },
  '2019/02/23-zebra-stripes-may-dazzle-pathogen-packing-horse': { frontmatter: [], text: [] },
  '2019/04/16-notre-dame-in-paris-catches-fire': { frontmatter: [], text: [] },
  '2019/05/21-nickey-iyambo-former-vice-president-of-namibia': { frontmatter: [], text: [] },
  '2019/07/17-retired-us-supreme-court-justice-john-paul': { frontmatter: [], text: [] },
  '2019/08/16-hickenlooper-ends-us-presidential-bid-senate-run': { frontmatter: [], text: [] },
  '2019/09/06-hong-kong-leader-announces-withdrawal-of-extradition': {
    frontmatter: [],
    text: ['/people/carrie-lam/', '/places/hong-kong/', '/places/china/'],
  },
  '2019/09/17-us-president-trump-says-osama-bin-ladens': {
    frontmatter: [],
    text: ['/people/donald-trump/'],
  },
  '2019/09/29-fianc-e-of-murdered-saudi-journalist-demands': { frontmatter: [], text: [] },
  '2019/10/07-mockumentary-mister-america-has-world-premiere': { frontmatter: [], text: [] },
  '2019/10/16-hong-kongs-carrie-lam-delivers-speech-on': {
    frontmatter: [],
    text: ['/people/carrie-lam/', '/places/hong-kong/'],
  },
  '2019/11/07-hungarian-state-owned-enterprise-acquires-hirtenberger-defence': {
    frontmatter: [],
    text: ['/people/donald-trump/'],
  },
  '2019/12/21-us-house-of-representatives-impeaches-president-trump': {
    frontmatter: [],
    text: ['/people/donald-trump/'],
  },
  '2020/01/15-u-s-house-to-decide-on-submitting': {
    frontmatter: [],
    text: ['/people/donald-trump/'],
  },
  '2020/02/22-covid-19-may-spread-like-flu-say': { frontmatter: [], text: ['/places/china/'] },
  '2020/03/13-national-basketball-association-suspends-season-due-to': {
    frontmatter: [],
    text: [],
  },
  '2020/04/10-bernie-sanders-ends-2020-us-presidential-bid': {
    frontmatter: [],
    text: ['/people/donald-trump/'],
  },
  '2020/05/29-sars-cov-2-surpasses-100-000-confirmed': { frontmatter: [], text: [] },
  '2020/06/23-three-killed-three-others-injured-in-stabbing': { frontmatter: [], text: [] },
  // "take this fight to Trump": a surname alone, with no cue, tags nobody (design.md).
  '2020/08/12-biden-announces-kamala-harris-as-2020-running': { frontmatter: [], text: [] },
  '2020/09/30-south-london-police-officer-matt-ratana-shot': { frontmatter: [], text: [] },
  '2020/10/30-wikinews-interviews-brian-carroll-american-solidarity-party': {
    frontmatter: [],
    text: ['/people/donald-trump/'],
  },
  '2022/05/09-markup-in-the-copy': {
    frontmatter: ['/people/ada-reporter/', '/places/springfield/', '/organizations/fixture-wire/'],
    text: [],
  },
  '2022/05/10-changsha-metro': { frontmatter: ['/places/changsha/'], text: [] },
  '2023/03/13-new-premier-meets-the-press': {
    frontmatter: ['/people/li-qiang/', '/places/beijing/'],
    text: ['/places/china/'],
  },
  '2023/03/22-li-qiang-hunan-advanced-manufacturing': {
    frontmatter: [
      '/people/li-qiang/',
      '/people/xi-jinping/',
      '/people/wu-zhenglong/',
      '/places/hunan/',
      '/places/zhuzhou/',
      '/places/changsha/',
      '/organizations/crrc-zhuzhou-electric-locomotive/',
      '/organizations/zhuzhou-cemented-carbide-group/',
      '/organizations/hunan-shanhe-technology/',
      '/organizations/changsha-byd-automobile/',
      '/organizations/china-railway-construction-heavy-industry/',
      '/organizations/lens-technology/',
      '/organizations/state-council/',
      '/organizations/cpc-central-committee/',
    ],
    text: ['/places/china/'],
  },
};

describe('entity pages', () => {
  it('gives every tag of every article a page', () => {
    let links = 0;
    for (const file of articlePages) {
      for (const href of entityLinks(page(file))) {
        links++;
        expect(exists(href), `${file} links ${href}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(20);
  });

  it('shows every frontmatter tag in its article’s box, registered or not, and nothing unexplained', () => {
    const articles = filesUnder(path.join(FIXTURES, 'archive/articles')).filter((name) =>
      name.endsWith('.md'),
    );
    expect(Object.keys(BOXES).sort()).toEqual(
      articles.map((file) => file.replace(/\.md$/, '')).sort(),
    );
    for (const file of articles) {
      const source = readFileSync(path.join(FIXTURES, 'archive/articles', file), 'utf8');
      const frontmatter = parseYaml(source.split(/^---$/m)[1]!) as Record<string, unknown>;
      const expected = BOXES[file.replace(/\.md$/, '')]!;
      // The table's frontmatter part is the fixture's: one link per name, of the right kind.
      for (const kind of KINDS) {
        const names = (frontmatter[kind] as unknown[] | undefined) ?? [];
        expect(
          expected.frontmatter.filter((href) => href.startsWith(`/${kind}/`)),
          `${file} ${kind}`,
        ).toHaveLength(names.length);
      }
      const [year, month, name] = file.split('/') as [string, string, string];
      const links = entityLinks(
        entityBox(
          page(
            `${year}/${month}/${name.slice(0, 2)}/${name.slice(3).replace(/\.md$/, '')}/index.html`,
          ),
        ),
      );
      expect(links.length, `${file}: each entity once`).toBe(new Set(links).size);
      expect([...links].sort(), file).toEqual([...expected.frontmatter, ...expected.text].sort());
    }
    expect(exists('/people/wu-zhenglong/')).toBe(true); // named in frontmatter, unknown to the registry
  });

  it('counts on the index pages equal the articles listed on each entity page', () => {
    for (const kind of KINDS) {
      // Each entry: a link to the entity's page, then its count.
      const counts = all(
        'a[href] + span.count[data-entity-count]',
        page(`${kind}/index.html`),
      ).flatMap((count) => {
        const id = /^\/[a-z]+\/([^"/]+)\/$/.exec(
          attr(count.prev?.prev as Element, 'href') ?? '',
        )?.[1];
        return id && /^\d+$/.test(text(count)) ? [[id, text(count)] as const] : [];
      });
      expect(counts.length, kind).toBeGreaterThan(0);
      for (const [id, count] of counts) {
        const listed = listedArticles(`/${kind}/${id}/`);
        expect(listed.length, `${kind}/${id}`).toBe(Number(count));
        expect(new Set(listed).size).toBe(listed.length);
        expect(all('dd[data-entity-count]', page(`${kind}/${id}/index.html`)).map(text)).toContain(
          count,
        );
      }
    }
  });

  it('tags articles by registry aliases in their text, never inside another word', () => {
    // "Boeing" is an alias of The Boeing Company; no frontmatter names it.
    expect(listedArticles('/organizations/boeing/')).toContain(
      '/2019/01/15/iranian-cargo-plane-crashes-into-karaj-houses/',
    );
    expect(hrefs(entityBox(page(KARAJ)))).toContain('/organizations/boeing/');
    // "Kyrgyz" is an alias of Kyrgyz Republic; the article only says "Kyrgyzstan".
    expect(text(page(KARAJ))).toContain('Kyrgyzstan');
    // Nowhere on the page: no link, no structured data.
    expect(read(KARAJ)).not.toContain('/places/kyrgyz-republic/');
    expect(exists('/places/kyrgyz-republic/')).toBe(false);
    // A Chinese alias needs no spaces around it.
    expect(hrefs(entityBox(page('2022/05/10/changsha-metro/index.html')))).toContain(
      '/places/changsha/',
    );
  });

  it('resolves frontmatter names and registry aliases to one entity', () => {
    const box = entityBox(page(SEED));
    expect(hrefs(box).filter((href) => href === '/places/hunan/')).toHaveLength(1);
    expect(hrefs(box)).toContain('/places/china/'); // from the text: "Communist Party of China"
    expect(listedArticles('/places/hunan/')).toEqual([
      '/2023/03/22/li-qiang-hunan-advanced-manufacturing/',
    ]);
  });

  it('links the first mention of each entity in the article text', () => {
    const body = only('div.article-body', page(SEED));
    const mentions = all('a[class="entity-mention"][href]', body).map(
      (link) => `${text(link)} → ${attr(link, 'href')}`,
    );
    expect(mentions).toContain('Li Qiang → /people/li-qiang/');
    expect(mentions).toContain('Zhuzhou → /places/zhuzhou/');
    expect(mentions.filter((mention) => mention.endsWith('/people/li-qiang/'))).toHaveLength(1);
  });

  it('shows name, description, count, first and last mention, chart, feed and search links', () => {
    const html = page('people/li-qiang/index.html');
    expect(text(one('h1#entity-title', html))).toBe('Li Qiang');
    expect(text(html)).toContain('Premier of the State Council of China since 2023.');
    /** The date a `<dt>` names: the `<time>` that opens the `<dd>` right after it. */
    const mention = (term: string) => {
      const dd = all('dt', html).find((element) => text(element) === term)?.next;
      const time =
        isElement(dd) && dd.name === 'dd' ? one(':scope > time:first-child', dd) : undefined;
      return time ? [attr(time, 'datetime'), text(time)] : undefined;
    };
    expect(mention('First mention')?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(mention('Latest mention')).toEqual(['2023-03-22', '22 March 2023']);
    const chart = only('svg[aria-labelledby="year-chart-caption"]', html);
    expect(attr(chart, 'role')).toBe('img');
    expect(attr(chart, 'viewbox')).toBeTruthy();
    expect(attr(chart, 'width')).toMatch(/^\d+$/);
    expect(attr(chart, 'height')).toMatch(/^\d+$/);
    const feeds = all('link[rel="alternate"][type="application/rss+xml"]', html).map((feed) => [
      attr(feed, 'title'),
      attr(feed, 'href'),
    ]);
    expect(feeds).toContainEqual(['Li Qiang — stories', '/people/li-qiang/rss.xml']);
    expect(hrefs(html)).toContain('/search/?person=li-qiang');
    expect(one('h2#mentioned-with', html)).toBeDefined();
    expect(hrefs(html)).toContain('/places/changsha/');
  });

  it('draws place maps inline from Natural Earth, with the places inside, small and without script', () => {
    const hunan = page('places/hunan/index.html');
    const locator = one('figure.locator-map > svg:first-child', hunan);
    expect([attr(locator, 'viewbox'), attr(locator, 'role')]).toEqual(['0 0 640 400', 'img']);
    expect(text(hunan)).toContain('Places inside it: Changsha and Zhuzhou.');
    // Both named on the map too, before the country's name takes the room beside them.
    const labels = (className: string, root: Document) =>
      ofClass(className, root)
        .filter((label) => label.name === 'text')
        .map(text);
    expect(labels('map-label', hunan)).toContain('Changsha');
    expect(labels('map-label', hunan)).toContain('Zhuzhou');
    expect(
      ofClass('map-land map-land--home', page('places/china/index.html')).length,
    ).toBeGreaterThan(0);
    // A city's map names its country, shows a neighbour of the archive and insets the wider area.
    const changsha = page('places/changsha/index.html');
    expect(text(one('title#locator-map-title', changsha))).toBe('Map of Changsha, in Hunan, China');
    expect(labels('map-label map-label--country map-label--home-country', changsha)).toContain(
      'China',
    );
    expect(labels('map-label map-label--nearby', changsha)).toContain('Zhuzhou');
    const inset = only('svg.map-inset', changsha);
    const home = ofClass('map-land map-land--home', inset)[0];
    expect(home).toBeDefined();
    expect(
      elementsFrom(home!, changsha).filter(
        (element) => attr(element, 'class') === 'map-inset__mark',
      ).length,
    ).toBeGreaterThan(0);
    // A country framed whole needs no inset.
    expect(all('[class*="map-inset"]', page('places/china/index.html'))).toEqual([]);
    const index = page('places/index.html');
    expect(one('figure.world-map > svg:first-child', index)).toBeDefined();
    expect(ofClass('map-dot', index).length).toBeGreaterThanOrEqual(5);
    for (const file of [
      'places/index.html',
      'people/index.html',
      'places/hunan/index.html',
      'places/china/index.html',
      'people/li-qiang/index.html',
    ]) {
      expect(read(file).length, file).toBeLessThan(80_000);
      const html = page(file);
      const isJsonLd = (script: Element) =>
        Object.values(script.attribs).some((value) => value.includes('application/ld+json'));
      expect(
        all('script', html).filter((script) => !isJsonLd(script)),
        file,
      ).toEqual([]);
      // Nothing loaded from another host (canonical and feed links may be absolute).
      const isRemote = (url: string | undefined) => /^https?:/.test(url ?? '');
      expect(
        all('[src]', html).filter((element) => isRemote(attr(element, 'src'))),
        file,
      ).toEqual([]);
      expect(
        all('link[rel="stylesheet"], link[rel="preload"], link[rel="icon"]', html).filter((link) =>
          isRemote(attr(link, 'href')),
        ),
        file,
      ).toEqual([]);
    }
  });

  it('has alphabetical index pages with letter jump links', () => {
    const html = page('people/index.html');
    const nav = only('nav.letter-nav', html);
    expect(attr(nav, 'aria-label')).toBe('Jump to letter');
    expect(all('a[href="#letter-l"]', html).map(text)).toContain('L');
    expect(text(one('h2#letter-l', html))).toBe('L');
    const names = all('li > a:first-child', html)
      .filter((link) => /^\/people\/[^"]+\/$/.test(attr(link, 'href') ?? ''))
      .map(text);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('entity pages under /news/', () => {
  const news = distDir('fixtureUnderNews');
  it('link within the sub-path', () => {
    const links = hrefs(readPage(news, 'places/changsha/index.html'));
    expect(links).toContain('/news/places/');
    expect(links).toContain('/news/search/?place=changsha');
    expect(links).toContain('/news/2023/03/22/li-qiang-hunan-advanced-manufacturing/');
    expect(links.filter((href) => href.startsWith('/') && !href.startsWith('/news/'))).toEqual([]);
    const mentions = all('a[class="entity-mention"]', readPage(news, SEED)).map((link) => [
      attr(link, 'href'),
      text(link),
    ]);
    expect(mentions).toContainEqual(['/news/people/li-qiang/', 'Li Qiang']);
  });
});
