/**
 * Precision and recall of people, places and organizations against a
 * hand-annotated set (tests/fixtures/entity-eval/: the articles, gold.json, the
 * hand-made registry they are read with, and README.md with the annotation
 * criteria). Used by `npm run eval:entities` and a unit test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../lib/slug';
import { EntityFinder, type EntityName } from './entities/find-entities';
import { loadKnowledge } from './entities/knowledge';
import { readInput } from './formats/read-input';
import { findInStory, prepareStory } from './run-import';
import type { SourceRecord } from './types';

interface GoldArticle {
  sourceId: string;
  people: string[];
  places: string[];
  /** Each entry one organization: its name, or the names the text gives it, separated by " | ". */
  organizations: string[];
}

export interface Score {
  truePositives: number;
  /** Predictions that name a gold entity only in part (a surname alone): neither hits nor wrong. */
  partial: number;
  predicted: number;
  gold: number;
  /** truePositives / predicted: a partial match counts against it. */
  precision: number;
  /** truePositives / gold: a gold entity matched only in part counts as missed. */
  recall: number;
}

export interface ArticleErrors {
  sourceId: string;
  missedPeople: string[];
  wrongPeople: string[];
  /** "Bush → George W. Bush": predicted only by surname. */
  partialPeople: string[];
  missedPlaces: string[];
  wrongPlaces: string[];
  missedOrganizations: string[];
  wrongOrganizations: string[];
}

export interface Evaluation {
  articles: number;
  people: Score;
  places: Score;
  organizations: Score;
  errors: ArticleErrors[];
}

type Match = 'hit' | 'partial' | 'miss';

/**
 * "Lula da Silva" is Luiz Inacio Lula da Silva and "George Bush" George W. Bush: a hit.
 * "Bush" alone is only partial: a surname cannot tell George W. Bush from his father.
 */
export function matchPerson(predicted: string, gold: string): Match {
  if (slugify(predicted) === slugify(gold)) return 'hit';
  const a = slugify(predicted).split('-');
  const b = slugify(gold).split('-');
  if (a.at(-1) !== b.at(-1)) return 'miss';
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!shorter.every((word) => longer.includes(word))) return 'miss';
  return shorter.length === 1 ? 'partial' : 'hit';
}

/** Gold places are names, or `Name#id` where the name alone is ambiguous (Georgia). */
function samePlace(predicted: EntityName, gold: string): boolean {
  const [name = '', id] = gold.split('#');
  return id ? predicted.id === id : slugify(predicted.name) === slugify(name);
}

/** A company's legal form and a leading "The" do not make another organization. */
function organizationKey(name: string): string {
  return slugify(name)
    .replace(/^the-/, '')
    .replace(/(-(co|ltd|inc|plc|llc|corp))+$/, '');
}

/** A gold organization lists the names the text gives it: "PricewaterhouseCoopers | PwC". */
export function sameOrganization(predicted: string, gold: string): boolean {
  return gold.split('|').some((name) => organizationKey(name) === organizationKey(predicted));
}

/** Hits first, then partial matches among the gold entities no prediction hit. */
function score<T>(
  predicted: T[],
  gold: string[],
  match: (p: T, g: string) => Match,
  show: (p: T) => string,
) {
  const matchedGold = new Set<string>();
  const unmatched: T[] = [];
  let truePositives = 0;
  for (const item of predicted) {
    const hit = gold.find((g) => !matchedGold.has(g) && match(item, g) === 'hit');
    if (hit) {
      matchedGold.add(hit);
      truePositives += 1;
    } else unmatched.push(item);
  }
  const wrong: string[] = [];
  const partial: string[] = [];
  for (const item of unmatched) {
    const part = gold.find((g) => !matchedGold.has(g) && match(item, g) === 'partial');
    if (part) {
      matchedGold.add(part);
      partial.push(`${show(item)} → ${part}`);
    } else wrong.push(show(item));
  }
  const missed = gold.filter((g) => !matchedGold.has(g));
  return { truePositives, wrong, partial, missed };
}

const asMatch =
  <T>(same: (p: T, g: string) => boolean) =>
  (p: T, g: string): Match =>
    same(p, g) ? 'hit' : 'miss';

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
  const blank = () => ({ tp: 0, partial: 0, predicted: 0, gold: 0 });
  const totals = { people: blank(), places: blank(), organizations: blank() };
  const add = (
    total: ReturnType<typeof blank>,
    result: ReturnType<typeof score>,
    predicted: number,
    goldCount: number,
  ) => {
    total.tp += result.truePositives;
    total.partial += result.partial.length;
    total.predicted += predicted;
    total.gold += goldCount;
  };
  const errors: ArticleErrors[] = [];
  for (const expected of gold) {
    const story = stories.find((candidate) => candidate.record.sourceId === expected.sourceId);
    if (!story)
      throw new Error(`gold article ${expected.sourceId} is not in the evaluation inputs`);
    if (!Array.isArray(expected.organizations))
      throw new Error(`gold article ${expected.sourceId} has no "organizations" list`);
    const found = findInStory(finder, story);
    const people = score(
      found.people.map((p) => p.name),
      expected.people,
      matchPerson,
      (p) => p,
    );
    const places = score(
      found.places,
      expected.places,
      asMatch(samePlace),
      (p) => `${p.name} (${p.id})`,
    );
    const organizations = score(
      found.organizations.map((o) => o.name),
      expected.organizations,
      asMatch(sameOrganization),
      (o) => o,
    );
    add(totals.people, people, found.people.length, expected.people.length);
    add(totals.places, places, found.places.length, expected.places.length);
    add(
      totals.organizations,
      organizations,
      found.organizations.length,
      expected.organizations.length,
    );
    const article: ArticleErrors = {
      sourceId: expected.sourceId,
      missedPeople: people.missed,
      wrongPeople: people.wrong,
      partialPeople: people.partial,
      missedPlaces: places.missed,
      wrongPlaces: places.wrong,
      missedOrganizations: organizations.missed,
      wrongOrganizations: organizations.wrong,
    };
    if (Object.values(article).some((list) => Array.isArray(list) && list.length > 0))
      errors.push(article);
  }
  const toScore = (t: ReturnType<typeof blank>): Score => ({
    truePositives: t.tp,
    partial: t.partial,
    predicted: t.predicted,
    gold: t.gold,
    precision: ratio(t.tp, t.predicted),
    recall: ratio(t.tp, t.gold),
  });
  return {
    articles: gold.length,
    people: toScore(totals.people),
    places: toScore(totals.places),
    organizations: toScore(totals.organizations),
    errors,
  };
}
