import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EntityFinder } from '../../../src/import/entities/find-entities';
import { loadKnowledge } from '../../../src/import/entities/knowledge';
import { findOrganizationCandidates } from '../../../src/import/entities/organizations';
import { findPersonCandidates } from '../../../src/import/entities/people';
import { evaluateEntities, matchPerson, sameOrganization } from '../../../src/import/evaluate';
import { parseRawText } from '../../../src/import/formats/raw-text';
import { prepareStory } from '../../../src/import/run-import';

const EVAL = fileURLToPath(new URL('../../fixtures/entity-eval/', import.meta.url));
const knowledge = loadKnowledge(`${EVAL}registry`);

describe('people rules', () => {
  const noPlaces = () => false;
  it.each([
    ['Premier Li Qiang arrived.', 'Li Qiang'],
    ['Wu Zhenglong accompanied the investigation.', 'Wu Zhenglong'],
    ['"We will win," said Jane Doe.', 'Jane Doe'],
    ['Li Qiang, member of the Standing Committee, spoke.', 'Li Qiang'],
    ['Emergencies Minister Yevgeny Zinichev said so.', 'Yevgeny Zinichev'],
    ['Judge Durham Hall QC said they were wrong.', 'Durham Hall'],
  ])('%s → %s', (text, name) => {
    expect([...findPersonCandidates(text, noPlaces).fullNames]).toContain(name);
  });
  it('does not take ordinary capitalised words or organizations for people', () => {
    const names = findPersonCandidates('The Standing Committee said. Emergency Situations said. Hunan Shanhe Technology said.', noPlaces).fullNames;
    expect([...names]).toEqual([]);
  });
  it('keeps a surname after a title apart', () => {
    expect([...findPersonCandidates('President Putin said nothing.', noPlaces).surnames]).toEqual(['Putin']);
  });
});

describe('organization rules', () => {
  it('finds names ending like organizations and skips generic ones', () => {
    const found = findOrganizationCandidates('He visited Zhuzhou Cemented Carbide Group and the Standing Committee of the Ministry of Health.');
    expect(found).toContain('Zhuzhou Cemented Carbide Group');
    expect(found).not.toContain('Standing Committee');
  });
});

describe('places', () => {
  function placesOf(text: string, title?: string) {
    const finder = new EntityFinder(knowledge);
    const story = prepareStory(finder, { origin: { file: 't' }, format: 'json-lines', sourceId: 't', date: '2020-01-01', title, body: text });
    return finder.find(story.text, story.candidates, undefined, story.titleLength).places.map((place) => place.id);
  }
  it('files registry aliases under their place ("Huxiang" is Hunan)', () => {
    expect(placesOf('The land of Huxiang is full of vitality. Zhuzhou and Changsha grow.')).toEqual(['hunan', 'zhuzhou', 'changsha']);
  });
  it('tells the US state of Georgia from the country by context', () => {
    expect(placesOf('A Georgia resident won the lottery in the United States, as did one in Idaho.')).toContain('georgia-us');
    expect(placesOf('Russia attacked Georgia; Tbilisi was calm.')).toContain('georgia');
  });
  it('does not tag place words inside other names or currencies', () => {
    expect(placesOf('Wells Fargo lent US$5 billion to Air Canada.')).toEqual([]);
  });
});

describe('the seed article', () => {
  const seedStory = (finderKnowledge: typeof knowledge) => {
    const text = readFileSync(`${EVAL}000_a146d90ff7dfbf99.txt`, 'utf8');
    const record = parseRawText(text, 'seed.txt').records[0];
    if (!record) throw new Error('seed did not parse');
    const finder = new EntityFinder(finderKnowledge);
    const story = prepareStory(finder, record);
    return finder.find(story.text, story.candidates, story.structure.dateline);
  };
  const EDITOR_ORGANIZATIONS = [
    'CPC Central Committee', 'CRRC Zhuzhou Electric Locomotive', 'Changsha BYD Automobile',
    'China Railway Construction Heavy Industry', 'Hunan Shanhe Technology', 'Lens Technology | Changsha Lens Technology',
    'State Council', 'Zhuzhou Cemented Carbide Group | Zhuzhou Cemented Carbide',
  ];

  it('comes out with exactly the people, places and organizations its editor lists, its organizations registered', () => {
    const found = seedStory(knowledge);
    expect(found.people.map((p) => p.name)).toEqual(['Li Qiang', 'Xi Jinping', 'Wu Zhenglong']);
    expect(found.places.map((p) => p.name)).toEqual(['Hunan', 'Zhuzhou', 'Changsha']);
    expect(found.organizations.map((o) => o.name).sort()).toEqual([
      'CPC Central Committee', 'CRRC Zhuzhou Electric Locomotive', 'Changsha BYD Automobile',
      'China Railway Construction Heavy Industry', 'Hunan Shanhe Technology', 'Lens Technology',
      'State Council', 'Zhuzhou Cemented Carbide Group',
    ]);
  });

  it('recognises its organizations from the text when none is registered', () => {
    // The registry above names all eight: that proves a lookup. Without it, recognition alone
    // finds six today and misses "China Railway Construction Heavy Industry" and "State Council";
    // raise the floor as recognition improves.
    const found = seedStory({ ...knowledge, registry: { ...knowledge.registry, organizations: [] } }).organizations.map((o) => o.name);
    const wrong = found.filter((name) => !EDITOR_ORGANIZATIONS.some((gold) => sameOrganization(name, gold)));
    expect(wrong).toEqual([]);
    const recognised = EDITOR_ORGANIZATIONS.filter((gold) => found.some((name) => sameOrganization(name, gold)));
    expect(recognised.length).toBeGreaterThanOrEqual(6);
  });
});

describe('how the evaluation scores', () => {
  it('takes a full or fuller name for a hit, and a surname alone only for a partial match', () => {
    expect(matchPerson('George W. Bush', 'George W. Bush')).toBe('hit');
    expect(matchPerson('Lula da Silva', 'Luiz Inacio Lula da Silva')).toBe('hit');
    expect(matchPerson('George Bush', 'George W. Bush')).toBe('hit');
    expect(matchPerson('Bush', 'George W. Bush')).toBe('partial');
    expect(matchPerson('Laura Bush', 'George W. Bush')).toBe('miss');
  });
  it('takes any name the annotator gave an organization, ignoring "The" and a legal form', () => {
    expect(sameOrganization('PwC', 'PricewaterhouseCoopers | PwC')).toBe(true);
    expect(sameOrganization('Sunday Times', 'The Sunday Times')).toBe(true);
    expect(sameOrganization('Changsha Lens Technology Co., Ltd.', 'Lens Technology | Changsha Lens Technology')).toBe(true);
    expect(sameOrganization('Tata Motors', 'Tata Steel | Tata')).toBe(false);
  });
});

describe('quality on the hand-annotated evaluation set', () => {
  // Floors about two points under the figures measured on 2026-12-02 (docs in README, Importing):
  // people P 1.000 (58/58) R 0.921 (58/63); places P 0.984 (123/125) R 0.925 (123/133);
  // organizations P 0.977 (84/86) R 0.757 (84/111). Raise them as recognition improves.
  it('stays at or above the measured precision and recall for people, places and organizations', async () => {
    const evaluation = await evaluateEntities(EVAL);
    expect(evaluation.articles).toBeGreaterThanOrEqual(43);
    expect(evaluation.people.precision).toBeGreaterThanOrEqual(0.97);
    expect(evaluation.people.recall).toBeGreaterThanOrEqual(0.89);
    expect(evaluation.places.precision).toBeGreaterThanOrEqual(0.96);
    expect(evaluation.places.recall).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.organizations.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.organizations.recall).toBeGreaterThanOrEqual(0.73);
    expect(evaluation.organizations.gold).toBeGreaterThanOrEqual(100);
  }, 60_000);
});
