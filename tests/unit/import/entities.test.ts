import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EntityFinder } from '../../../src/import/entities/find-entities';
import { loadKnowledge } from '../../../src/import/entities/knowledge';
import { findOrganizationCandidates } from '../../../src/import/entities/organizations';
import { findPersonCandidates } from '../../../src/import/entities/people';
import { evaluateEntities } from '../../../src/import/evaluate';
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
  it('comes out with exactly the people, places and organizations its editor lists', () => {
    const text = readFileSync(`${EVAL}000_a146d90ff7dfbf99.txt`, 'utf8');
    const record = parseRawText(text, 'seed.txt').records[0];
    if (!record) throw new Error('seed did not parse');
    const finder = new EntityFinder(knowledge);
    const story = prepareStory(finder, record);
    const found = finder.find(story.text, story.candidates, story.structure.dateline);
    expect(found.people.map((p) => p.name)).toEqual(['Li Qiang', 'Xi Jinping', 'Wu Zhenglong']);
    expect(found.places.map((p) => p.name)).toEqual(['Hunan', 'Zhuzhou', 'Changsha']);
    expect(found.organizations.map((o) => o.name).sort()).toEqual([
      'CPC Central Committee', 'CRRC Zhuzhou Electric Locomotive', 'Changsha BYD Automobile',
      'China Railway Construction Heavy Industry', 'Hunan Shanhe Technology', 'Lens Technology',
      'State Council', 'Zhuzhou Cemented Carbide Group',
    ]);
  });
});

describe('quality on the hand-annotated evaluation set', () => {
  it('meets the targets: precision ≥ 0.90 and recall ≥ 0.85 for people and places', async () => {
    const evaluation = await evaluateEntities(EVAL);
    expect(evaluation.articles).toBeGreaterThanOrEqual(40);
    expect(evaluation.people.precision).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.people.recall).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.places.precision).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.places.recall).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
