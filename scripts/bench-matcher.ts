/**
 * Times the build's retroactive tagging step on its own: the registry matcher
 * built once with the tagging rules' word knowledge, then every article's title
 * and text matched and each mention checked for its cue, as src/data/entities.ts
 * does it.
 *
 *   npx tsx scripts/bench-matcher.ts [--articles 10000] [--registry content] [--corpus FILE]
 *
 * Articles are the Wikinews corpus (tests/fixtures/corpus/wikinews-en.jsonl.gz,
 * or --corpus FILE) repeated up to the count. The registry is the archive's own
 * registry files plus every place of the importer's gazetteer, so the matcher
 * holds tens of thousands of names, as a grown archive's registry would.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { buildGazetteer } from '../src/lib/entities/gazetteer';
import { wordKnowledge } from '../src/import/entities/word-knowledge';
import type { EntityKind } from '../src/lib/entities/entities';
import {
  createEntityResolver,
  type RegisteredEntity,
  type RegistryByKind,
  type ResolvedEntity,
} from '../src/lib/entities/resolver';
import { linkFirstMentions } from '../src/lib/entities/link-first-mentions';
import { createNameMatcher } from '../src/lib/entities/name-matcher';
import { CORPUS, readCorpusArticles } from './bench/corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    registry: { type: 'string', default: 'content' },
    corpus: { type: 'string', default: CORPUS },
  },
});
const articleCount = Number(values.articles);

function readRegistryFile(kind: EntityKind): RegisteredEntity[] {
  const file = path.join(values.registry, `${kind}.yaml`);
  if (!existsSync(file)) return [];
  const entries = (parseYaml(readFileSync(file, 'utf8')) ?? []) as (RegisteredEntity & {
    aliases?: string[] | null;
  })[];
  return entries.map((entry) => ({ ...entry, aliases: entry.aliases ?? [] }));
}

const corpus = await readCorpusArticles(values.corpus);
const texts = Array.from({ length: articleCount }, (_, index) => {
  const article = corpus[index % corpus.length]!;
  return `${article.title}\n\n${article.body}`;
});
const characters = texts.reduce((sum, text) => sum + text.length, 0);

const gazetteer = buildGazetteer();
const places = new Map(readRegistryFile('places').map((place) => [place.id, place]));
for (const place of gazetteer) {
  if (!places.has(place.id))
    places.set(place.id, {
      id: place.id,
      name: place.name,
      aliases: place.aliases,
      kind: place.kind,
      parent: place.parent,
      country: place.country,
    });
}
const registry: RegistryByKind = {
  people: readRegistryFile('people'),
  places: [...places.values()],
  organizations: readRegistryFile('organizations'),
};
const names = Object.values(registry).reduce(
  (sum, entries) => sum + entries.reduce((count, entry) => count + 1 + entry.aliases.length, 0),
  0,
);

let started = performance.now();
const resolver = createEntityResolver(registry, wordKnowledge);
const buildMs = performance.now() - started;

started = performance.now();
let tags = 0;
const tagged: ResolvedEntity[][] = [];
for (const text of texts) {
  const found = resolver.entitiesInText(text);
  tags += found.length;
  tagged.push(found);
}
const matchMs = performance.now() - started;

// What each article page does at render time: a matcher of its own entities' names,
// run over its HTML to link first mentions (paragraphs stand in for the rendered HTML).
const html = texts.map((text) =>
  text
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n'),
);
started = performance.now();
let linked = 0;
for (let index = 0; index < texts.length; index++) {
  const entities = tagged[index]!;
  const matcher = createNameMatcher(
    entities.map((entity) => ({
      id: `${entity.kind}/${entity.id}`,
      names: [entity.name, ...(resolver.registered(entity.kind, entity.id)?.aliases ?? [])],
    })),
  );
  linked += linkFirstMentions(html[index]!, matcher, (id) => ({ href: `/${id}/` })).length;
}
const linkMs = performance.now() - started;

console.log(
  `registry: ${names.toLocaleString('en')} names and aliases (${registry.places.length.toLocaleString('en')} places)`,
);
console.log(`matcher built in ${buildMs.toFixed(0)} ms`);
console.log(
  `matched ${articleCount.toLocaleString('en')} articles (${(characters / 1e6).toFixed(1)} M characters) in ${matchMs.toFixed(0)} ms: ` +
    `${((matchMs * 1000) / articleCount).toFixed(0)} µs per article, ${(characters / 1e6 / (matchMs / 1000)).toFixed(1)} M characters/s, ` +
    `${(tags / articleCount).toFixed(1)} entities per article`,
);
console.log(
  `linked first mentions on ${articleCount.toLocaleString('en')} article pages in ${linkMs.toFixed(0)} ms: ${((linkMs * 1000) / articleCount).toFixed(0)} µs per page (${(linked / 1e6).toFixed(0)} MB of HTML)`,
);

// A matcher of 100,000 people over a 15,000-character text: time should follow the text, not
// the names held (tests/unit/lib/entities/name-matcher.test.ts checks what this finds; here, how fast).
const manyNames = Array.from({ length: 100_000 }, (_, i) => ({
  id: `person-${i}`,
  names: [`Person${i} Surname${i % 997}`],
}));
const bigMatcher = createNameMatcher([...manyNames, { id: 'hunan', names: ['Hunan'] }]);
const longText = 'In Hunan, Person42 Surname42 met Person99999 Surname299 and nobody else. '.repeat(
  200,
);
started = performance.now();
const bigMatches = bigMatcher.findAll(longText).length;
console.log(
  `100,000-name matcher: ${bigMatches} matches in a ${longText.length.toLocaleString('en')}-character text in ${(performance.now() - started).toFixed(1)} ms`,
);
