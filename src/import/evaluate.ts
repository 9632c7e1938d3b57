/**
 * Precision and recall of people and places against a hand-annotated set
 * (tests/fixtures/entity-eval/: the articles, gold.json, and the hand-made
 * registry they are read with). Used by `npm run eval:entities` and a unit test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../lib/slug';
import { EntityFinder, type EntityName } from './entities/find-entities';
import { loadKnowledge } from './entities/knowledge';
import { readInput } from './formats/read-input';
import { prepareStory } from './run-import';
import type { SourceRecord } from './types';

interface GoldArticle {
  sourceId: string;
  people: string[];
  places: string[];
}

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
}

export interface ArticleErrors {
  sourceId: string;
  missedPeople: string[];
  wrongPeople: string[];
  missedPlaces: string[];
  wrongPlaces: string[];
}

export interface Evaluation {
  articles: number;
  people: Score;
  places: Score;
  errors: ArticleErrors[];
}

/** "Bush" names George W. Bush; "Lula da Silva" names Luiz Inacio Lula da Silva. */
function samePerson(predicted: string, gold: string): boolean {
  if (slugify(predicted) === slugify(gold)) return true;
  const a = slugify(predicted).split('-');
  const b = slugify(gold).split('-');
  if (a.at(-1) !== b.at(-1)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word) => longer.includes(word));
}

/** Gold places are names, or `Name#id` where the name alone is ambiguous (Georgia). */
function samePlace(predicted: EntityName, gold: string): boolean {
  const [name = '', id] = gold.split('#');
  return id ? predicted.id === id : slugify(predicted.name) === slugify(name);
}

function score<T>(predicted: T[], gold: string[], same: (p: T, g: string) => boolean, show: (p: T) => string) {
  const matchedGold = new Set<string>();
  const wrong: string[] = [];
  let truePositives = 0;
  for (const item of predicted) {
    const hit = gold.find((g) => !matchedGold.has(g) && same(item, g));
    if (hit) {
      matchedGold.add(hit);
      truePositives += 1;
    } else wrong.push(show(item));
  }
  return { truePositives, wrong, missed: gold.filter((g) => !matchedGold.has(g)) };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

export async function evaluateEntities(folder: string): Promise<Evaluation> {
  const gold = JSON.parse(readFileSync(path.join(folder, 'gold.json'), 'utf8')) as GoldArticle[];
  const records: SourceRecord[] = [];
  for (const file of ['000_a146d90ff7dfbf99.txt', 'articles.jsonl']) {
    records.push(...(await readInput(path.join(folder, file), file)).records);
  }
  const finder = new EntityFinder(loadKnowledge(path.join(folder, 'registry')));
  const stories = records.map((record) => prepareStory(finder, record));
  const totals = { people: { tp: 0, predicted: 0, gold: 0 }, places: { tp: 0, predicted: 0, gold: 0 } };
  const errors: ArticleErrors[] = [];
  for (const expected of gold) {
    const story = stories.find((candidate) => candidate.record.sourceId === expected.sourceId);
    if (!story) throw new Error(`gold article ${expected.sourceId} is not in the evaluation inputs`);
    const found = finder.find(story.text, story.candidates, story.structure.dateline, story.titleLength);
    const people = score(found.people.map((p) => p.name), expected.people, samePerson, (p) => p);
    const places = score(found.places, expected.places, samePlace, (p) => `${p.name} (${p.id})`);
    totals.people.tp += people.truePositives;
    totals.people.predicted += found.people.length;
    totals.people.gold += expected.people.length;
    totals.places.tp += places.truePositives;
    totals.places.predicted += found.places.length;
    totals.places.gold += expected.places.length;
    if (people.wrong.length + people.missed.length + places.wrong.length + places.missed.length > 0) {
      errors.push({ sourceId: expected.sourceId, missedPeople: people.missed, wrongPeople: people.wrong, missedPlaces: places.missed, wrongPlaces: places.wrong });
    }
  }
  const toScore = (t: { tp: number; predicted: number; gold: number }): Score => ({
    truePositives: t.tp, predicted: t.predicted, gold: t.gold,
    precision: ratio(t.tp, t.predicted), recall: ratio(t.tp, t.gold),
  });
  return { articles: gold.length, people: toScore(totals.people), places: toScore(totals.places), errors };
}
