import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/entities/bar-chart';
import { createEntityResolver, type RegistryByKind } from '../../src/lib/entities/resolver';
import { coMentioned, firstAndLast, initialOf, mentionsPerYear } from '../../src/lib/entities/stats';
import { entityFeedPath, entityPath, entitySearchPath } from '../../src/lib/entities/urls';
import { linkFirstMentions } from '../../src/lib/entities/link-first-mentions';
import { locatorMap, worldMap } from '../../src/lib/maps/maps';
import { createNameMatcher } from '../../src/lib/entities/name-matcher';
import { fillCoordinates } from '../../src/lib/maps/place-coordinates';

const registry: RegistryByKind = {
  people: [
    { id: 'li-qiang', name: 'Li Qiang', aliases: ['Premier Li Qiang'] },
    { id: 'john-smith', name: 'John Smith', aliases: [] },
    { id: 'john-smith-2', name: 'John Smith', aliases: [] },
  ],
  places: [
    { id: 'hunan', name: 'Hunan', aliases: ['Huxiang'] },
    { id: 'washington-d-c', name: 'Washington, D.C.', aliases: ['Washington'] },
  ],
  organizations: [{ id: 'hunan-university', name: 'Hunan University', aliases: [] }],
};

describe('entity resolver', () => {
  const resolver = createEntityResolver(registry);

  it('resolves frontmatter names, aliases and titled variants to one id', () => {
    expect(resolver.resolveReference('people', 'Li Qiang')).toEqual({ kind: 'people', id: 'li-qiang', name: 'Li Qiang' });
    expect(resolver.resolveReference('people', 'Premier Li Qiang')?.id).toBe('li-qiang');
    expect(resolver.resolveReference('people', 'Vice Premier Li Qiang')?.id).toBe('li-qiang');
    expect(resolver.resolveReference('places', 'Huxiang')).toEqual({ kind: 'places', id: 'hunan', name: 'Hunan' });
  });

  it('gives names the registry does not know their own slug', () => {
    expect(resolver.resolveReference('people', 'Wu Zhenglong')).toEqual({ kind: 'people', id: 'wu-zhenglong', name: 'Wu Zhenglong' });
    // "Li Qiang" followed by more words is someone or something else.
    expect(resolver.resolveReference('people', 'Li Qiang Jr Foundation')?.id).toBe('li-qiang-jr-foundation');
    expect(resolver.resolveReference('people', '!!!')).toBeUndefined();
  });

  it('tells apart entities of the same name by the id the article gives', () => {
    expect(resolver.resolveReference('people', { name: 'John Smith', id: 'john-smith-2' })).toEqual({ kind: 'people', id: 'john-smith-2', name: 'John Smith' });
    expect(resolver.resolveReference('people', { name: 'John Smith', id: 'john-smith' })?.id).toBe('john-smith');
  });

  it('resolves a name within its kind only', () => {
    expect(resolver.resolveReference('people', 'Washington')?.id).toBe('washington');
    expect(resolver.resolveReference('places', 'Washington')?.id).toBe('washington-d-c');
  });

  it('finds every registered entity in a text, longest name first across kinds, each once', () => {
    const found = resolver.entitiesInText('Premier Li Qiang visited Hunan University in Huxiang. Li Qiang left. John Smith stayed.');
    expect(found.map((entity) => `${entity.kind}/${entity.id}`)).toEqual(['people/li-qiang', 'organizations/hunan-university', 'places/hunan']);
  });
});

describe('entity statistics', () => {
  it('counts mentions per year, gaps included', () => {
    expect(mentionsPerYear(['2023-03-22', '2020-01-01', '2023-01-01'])).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 0 },
      { year: 2022, count: 0 },
      { year: 2023, count: 2 },
    ]);
    expect(mentionsPerYear([])).toEqual([]);
  });

  it('finds the first and last mention', () => {
    expect(firstAndLast(['2021-05-01', '2019-12-31', '2023-01-02'])).toEqual({ first: '2019-12-31', last: '2023-01-02' });
    expect(firstAndLast([])).toBeUndefined();
  });

  it('ranks co-mentioned entities per kind, without the subject', () => {
    const article = (people: string[], places: string[]) => ({
      people: people.map((id) => ({ id })),
      places: places.map((id) => ({ id })),
      organizations: [],
    });
    const result = coMentioned({ kind: 'people', id: 'a' }, [article(['a', 'b'], ['x']), article(['a', 'b', 'c'], ['y']), article(['a'], ['x'])], 1);
    expect(result).toEqual([
      { item: { kind: 'people', id: 'b' }, count: 2 },
      { item: { kind: 'places', id: 'x' }, count: 2 },
    ]);
  });

  it('files names under their initial letter', () => {
    expect(initialOf('Émile')).toBe('E');
    expect(initialOf('li')).toBe('L');
    expect(initialOf('9/11 Commission')).toBe('#');
    expect(initialOf('长沙')).toBe('长');
  });
});

describe('bar chart', () => {
  it('scales bars to the largest value and keeps small ones visible', () => {
    const chart = barChart([{ label: '2020', value: 100 }, { label: '2021', value: 0 }, { label: '2022', value: 1 }], { height: 50, barWidth: 10, gap: 2 });
    expect(chart.bars.map((bar) => bar.height)).toEqual([50, 0, 1]);
    expect(chart.bars.map((bar) => bar.x)).toEqual([0, 12, 24]);
    expect(chart.bars[2]!.y).toBe(49);
    expect(chart.width).toBe(34);
    expect(chart.max).toBe(100);
  });
});

describe('entity URLs', () => {
  it('places pages, feeds and searches', () => {
    expect(entityPath('people', 'li-qiang')).toBe('/people/li-qiang/');
    expect(entityPath('places', 'hunan', 3)).toBe('/places/hunan/page/3/');
    expect(entityFeedPath('organizations', 'state-council')).toBe('/organizations/state-council/rss.xml');
    expect(entitySearchPath('people', 'li-qiang')).toBe('/search/?person=li-qiang');
    expect(entitySearchPath('places', 'hunan')).toBe('/search/?place=hunan');
    expect(entitySearchPath('organizations', 'state-council')).toBe('/search/?organization=state-council');
  });
});

describe('linking first mentions in rendered HTML', () => {
  const matcher = createNameMatcher([
    { id: 'people/li-qiang', names: ['Li Qiang'] },
    { id: 'places/hunan', names: ['Hunan'] },
  ]);
  const link = (id: string) => ({ href: `/${id}/` });

  it('links the first mention of each entity only', () => {
    const html = '<p>Li Qiang went to Hunan. Li Qiang left Hunan’s capital.</p>';
    expect(linkFirstMentions(html, matcher, link)).toBe(
      '<p><a class="entity-mention" href="/people/li-qiang/">Li Qiang</a> went to <a class="entity-mention" href="/places/hunan/">Hunan</a>. Li Qiang left Hunan’s capital.</p>',
    );
  });

  it('leaves links, headings, code and attributes alone', () => {
    const html = '<h2 id="hunan">Hunan</h2><p><a href="/x/">Li Qiang</a> <code>Hunan</code> <img alt="Hunan"> <span title="Li Qiang">then Hunan</span></p><pre>Li Qiang</pre><p>Li Qiang</p>';
    expect(linkFirstMentions(html, matcher, link)).toBe(
      '<h2 id="hunan">Hunan</h2><p><a href="/x/">Li Qiang</a> <code>Hunan</code> <img alt="Hunan"> <span title="Li Qiang">then <a class="entity-mention" href="/places/hunan/">Hunan</a></span></p><pre>Li Qiang</pre><p><a class="entity-mention" href="/people/li-qiang/">Li Qiang</a></p>',
    );
  });

  it('skips entities without a page and escapes link attributes', () => {
    expect(linkFirstMentions('<p>Hunan and Li Qiang</p>', matcher, (id) => (id === 'places/hunan' ? { href: '/a"b/', title: 'x<y' } : undefined))).toBe(
      '<p><a class="entity-mention" href="/a&quot;b/" title="x&lt;y">Hunan</a> and Li Qiang</p>',
    );
  });
});

describe('place coordinates', () => {
  const gazetteer = [
    { id: 'changsha', name: 'Changsha', country: 'CN', latitude: 28.2, longitude: 112.97, population: 100 },
    { id: 'shanghai', name: 'Shanghai', country: 'CN', latitude: 31.2, longitude: 121.5, population: 1000 },
    { id: 'springfield-us', name: 'Springfield', country: 'US', latitude: 39.8, longitude: -89.6, population: 10 },
  ];

  it('takes the gazetteer by id, then by name and country, then a country’s largest city, then the mean of places inside', () => {
    const filled = fillCoordinates(
      [
        { id: 'changsha', name: 'Changsha', kind: 'city', parent: 'hunan' },
        { id: 'springfield', name: 'Springfield', kind: 'city', country: 'US' },
        { id: 'china', name: 'China', kind: 'country', country: 'CN' },
        { id: 'hunan', name: 'Hunan', kind: 'region', parent: 'china' },
        { id: 'zhuzhou', name: 'Zhuzhou', kind: 'city', parent: 'hunan', latitude: 27.8, longitude: 113.0 },
        { id: 'atlantis', name: 'Atlantis', kind: 'other' },
      ],
      gazetteer,
    );
    const at = (id: string) => filled.find((place) => place.id === id);
    expect(at('changsha')).toMatchObject({ latitude: 28.2, longitude: 112.97 });
    expect(at('springfield')).toMatchObject({ latitude: 39.8, longitude: -89.6 });
    expect(at('china')).toMatchObject({ latitude: 31.2, longitude: 121.5 });
    expect(at('hunan')!.latitude).toBeCloseTo(28.0);
    expect(at('hunan')!.longitude).toBeCloseTo(112.985);
    expect(at('zhuzhou')).toMatchObject({ latitude: 27.8, longitude: 113.0 });
    expect(at('atlantis')!.latitude).toBeUndefined();
  });
});

describe('maps', () => {
  const changsha = { id: 'changsha', name: 'Changsha', latitude: 28.2, longitude: 112.97 };

  it('draws the world with a dot per place, the biggest count the biggest dot', () => {
    const points = [
      { ...changsha, count: 1 },
      { id: 'paris', name: 'Paris', latitude: 48.86, longitude: 2.35, count: 9 },
    ];
    const map = worldMap(points, (point) => point.count);
    expect(map.land.length).toBeGreaterThan(1000);
    expect(map.land.length).toBeLessThan(60_000);
    expect(map.dots.map((dot) => dot.point.id)).toEqual(['paris', 'changsha']);
    expect(map.dots[0]!.r).toBeGreaterThan(map.dots[1]!.r);
    // Paris is west of and north of Changsha.
    expect(map.dots[0]!.x).toBeLessThan(map.dots[1]!.x);
    expect(map.dots[0]!.y).toBeLessThan(map.dots[1]!.y);
  });

  it('centres a locator map on the place, marks its country and keeps only places in the frame', () => {
    const inside = [
      { id: 'zhuzhou', name: 'Zhuzhou', latitude: 27.83, longitude: 113.15, count: 1 },
      { id: 'paris', name: 'Paris', latitude: 48.86, longitude: 2.35, count: 1 },
    ];
    const map = locatorMap(changsha, 'city', inside);
    expect(map.place).toMatchObject({ x: map.width / 2, y: map.height / 2 });
    expect(map.countries.find((country) => country.home)?.name).toBe('China');
    expect(map.inside.map((dot) => dot.point.id)).toEqual(['zhuzhou']);
    // Zhuzhou is south-east of Changsha.
    expect(map.inside[0]!.x).toBeGreaterThan(map.place!.x);
    expect(map.inside[0]!.y).toBeGreaterThan(map.place!.y);
  });

  it('frames a whole country and draws its neighbours and borders, small', () => {
    const map = locatorMap({ id: 'germany', name: 'Germany', latitude: 52.52, longitude: 13.4 }, 'country', []);
    const names = map.countries.map((country) => country.name);
    expect(names).toContain('Germany');
    expect(names).toContain('Poland');
    expect(names).not.toContain('China');
    expect(map.borders.length).toBeGreaterThan(100);
    expect(map.place).toBeUndefined(); // the shaded country is the marker
    const bytes = map.countries.reduce((sum, country) => sum + country.d.length, map.borders.length);
    expect(bytes).toBeLessThan(60_000);
  });

  it('gives a country spread over the globe a fixed frame around its point', () => {
    // France's Natural Earth shape includes French Guiana and Réunion.
    const map = locatorMap({ id: 'france', name: 'France', latitude: 48.86, longitude: 2.35 }, 'country', []);
    expect(map.place).toMatchObject({ x: map.width / 2, y: map.height / 2 });
    expect(map.countries.find((country) => country.home)?.name).toBe('France');
  });
});
