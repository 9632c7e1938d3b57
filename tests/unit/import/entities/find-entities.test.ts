import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dropLaterParts, EntityFinder } from '../../../../src/import/entities/find-entities';
import { loadKnowledge } from '../../../../src/import/entities/knowledge';
import { sameOrganization } from '../../../../src/import/evaluate';
import { parseRawText } from '../../../../src/import/formats/raw-text';
import { prepareStory } from '../../../../src/import/run-import';
import { importStories } from '../../../helpers/import-stories';

const EVAL = fileURLToPath(new URL('../../../fixtures/entity-eval/', import.meta.url));

const knowledge = loadKnowledge(`${EVAL}registry`);

describe('places', () => {
  function placesOf(text: string, title?: string) {
    const finder = new EntityFinder(knowledge);
    const story = prepareStory(finder, {
      origin: { file: 't' },
      format: 'json-lines',
      sourceId: 't',
      date: '2020-01-01',
      title,
      body: text,
    });
    return finder
      .find(story.text, story.candidates, undefined, story.titleLength)
      .places.map((place) => place.id);
  }
  it('files registry aliases under their place ("Huxiang" is Hunan)', () => {
    expect(placesOf('The land of Huxiang is full of vitality. Zhuzhou and Changsha grow.')).toEqual(
      ['hunan', 'zhuzhou', 'changsha'],
    );
  });
  it('tells the US state of Georgia from the country by context', () => {
    expect(
      placesOf('A Georgia resident won the lottery in the United States, as did one in Idaho.'),
    ).toContain('georgia-us');
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
    'CPC Central Committee',
    'CRRC Zhuzhou Electric Locomotive',
    'Changsha BYD Automobile',
    'China Railway Construction Heavy Industry',
    'Hunan Shanhe Technology',
    'Lens Technology | Changsha Lens Technology',
    'State Council',
    'Zhuzhou Cemented Carbide Group | Zhuzhou Cemented Carbide',
  ];

  it('comes out with exactly the people, places and organizations its editor lists, its organizations registered', () => {
    const found = seedStory(knowledge);
    expect(found.people.map((p) => p.name)).toEqual(['Li Qiang', 'Xi Jinping', 'Wu Zhenglong']);
    expect(found.places.map((p) => p.name)).toEqual(['Hunan', 'Zhuzhou', 'Changsha']);
    expect(found.organizations.map((o) => o.name).sort()).toEqual([
      'CPC Central Committee',
      'CRRC Zhuzhou Electric Locomotive',
      'Changsha BYD Automobile',
      'China Railway Construction Heavy Industry',
      'Hunan Shanhe Technology',
      'Lens Technology',
      'State Council',
      'Zhuzhou Cemented Carbide Group',
    ]);
  });

  it('recognises its organizations from the text when none is registered', () => {
    // The registry above names all eight: that proves a lookup. Without it, recognition alone
    // finds six today and misses "China Railway Construction Heavy Industry" and "State Council";
    // raise the floor as recognition improves.
    const found = seedStory({
      ...knowledge,
      registry: { ...knowledge.registry, organizations: [] },
    }).organizations.map((o) => o.name);
    const wrong = found.filter(
      (name) => !EDITOR_ORGANIZATIONS.some((gold) => sameOrganization(name, gold)),
    );
    expect(wrong).toEqual([]);
    const recognised = EDITOR_ORGANIZATIONS.filter((gold) =>
      found.some((name) => sameOrganization(name, gold)),
    );
    expect(recognised.length).toBeGreaterThanOrEqual(6);
  });
});

describe('one person, one tag', () => {
  it("tags an editor's alias as its entry, though the story teaches the same name", () => {
    const peopleWith = (aliases: string[], text: string) => {
      const finder = new EntityFinder({
        ...knowledge,
        registry: {
          ...knowledge.registry,
          people: [
            ...knowledge.registry.people,
            { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', aliases },
            { id: 'amina-kahindi', name: 'Amina Kahindi', aliases: ['Amina Kahindi-Odhiambo'] },
          ],
        },
      });
      const story = prepareStory(finder, {
        origin: { file: 't' },
        format: 'json-lines',
        sourceId: 't',
        date: '2020-01-13',
        body: text,
      });
      return finder.find(story.text, story.candidates).people.map((person) => person.id);
    };
    // Real: the bundled archive's registry files "Volodymyr Zelenskyy" under Volodymyr Zelensky.
    expect(
      peopleWith(
        ['Volodymyr Zelenskyy'],
        'President of Ukraine Volodymyr Zelenskyy said, "We expect assurances."',
      ),
    ).toEqual(['volodymyr-zelensky']);
    expect(
      peopleWith([], 'Governor Amina Kahindi-Odhiambo said the road would open in May.'),
    ).toEqual(['amina-kahindi']);
  });

  it('drops the last words of a full name the story gives ("der Merwe", "Fernández Ruiz")', () => {
    const ids = [
      'pieter-van-der-merwe',
      'der-merwe',
      'luis-alberto-fernandez-ruiz',
      'fernandez-ruiz',
      'raed-abu-al-saud',
      'abu-al-saud',
      'ruiz-zafon',
    ];
    const names: Record<string, string> = {
      'pieter-van-der-merwe': 'Pieter van der Merwe',
      'der-merwe': 'der Merwe',
      'luis-alberto-fernandez-ruiz': 'Luis Alberto Fernández Ruiz',
      'fernandez-ruiz': 'Fernández Ruiz',
      'raed-abu-al-saud': 'Raed Abu al-Saud',
      'abu-al-saud': 'Abu al-Saud',
      'ruiz-zafon': 'Ruiz Zafón',
    };
    dropLaterParts(ids, (id) => names[id]!);
    expect(ids).toEqual([
      'pieter-van-der-merwe',
      'luis-alberto-fernandez-ruiz',
      'raed-abu-al-saud',
      'ruiz-zafon',
    ]);
  });

  it("takes a Chinese name's first word, its surname, for the same person (held-out story)", () => {
    const peopleOf = (text: string) => {
      const finder = new EntityFinder(knowledge);
      const candidates = finder.learn(text);
      return finder.find(text, candidates).people.map((p) => p.name);
    };
    expect(
      peopleOf(
        'Hua Yuan, Shen Jiahui, general manager of the port group, answered questions. Shen said exports doubled, and Shen said more ships would come.',
      ),
    ).toEqual(['Shen Jiahui']);
    // Invented.
    expect(
      peopleOf(
        'The prize went to Zhou Lanfang. Zhou said she was proud. Zhou said it twice, and Zhou said so again.',
      ),
    ).toEqual(['Zhou Lanfang']);
  });

  it('takes a surname that is any later word of a name the story gives for that person, not for another the archive knows (held-out-4)', () => {
    const stories = [
      'The coach, Marcela Rojas, praised her players.',
      'Ana Lucía Rojas Vaca, head of the water board, opened the plant. Rojas said it would serve 40,000 homes.',
      // Invented.
      'The striker Pedro Ibarra scored twice.',
      'Lucía Ibarra Montes, the mayor, won the vote. Ibarra said she was grateful.',
    ];
    const found = importStories(stories, knowledge);
    const peopleOf = (i: number) => found[i]!.people.map((p) => p.name);
    expect(peopleOf(0)).toEqual(['Marcela Rojas']);
    expect(peopleOf(1)).toEqual(['Ana Lucía Rojas Vaca']);
    expect(peopleOf(3)).toEqual(['Lucía Ibarra Montes']);
  });
});
