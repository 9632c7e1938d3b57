/**
 * Assembles an article's frontmatter from what the recognisers found. Fields a
 * person wrote (Markdown inputs) always win over the importer's guesses.
 */
import { slugify } from '../lib/slug';
import { isWikinews, wikinewsAttribution } from './attribution';
import type { EntityName, FoundEntities } from './entities/find-entities';
import type { ArticleStructure } from './structure/recognise';
import { summaryFromLead, titleFromLead } from './structure/title-summary';
import type { SourceRecord } from './types';

export type Frontmatter = Record<string, unknown>;

export interface ArticleDraft {
  frontmatter: Frontmatter;
  body: string;
  /** File name without date and extension: `li-qiang-hunan-advanced-manufacturing`. */
  slug: string;
}

const SLUG_STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'from',
  'as',
  'is',
  'are',
  'was',
  'after',
  'over',
]);
const MAX_SLUG_WORDS = 7;
/**
 * A file name holds at most 255 bytes; `DD-<slug>-N.md` and the writer's
 * temporary `.<name>.<hex>.tmp` must fit even for a title of one 2,000-letter word.
 */
export const MAX_SLUG_BYTES = 150;

/** `Li Qiang inspects advanced manufacturing in Hunan` → `li-qiang-inspects-advanced-manufacturing-hunan`. */
export function slugFromTitle(title: string): string {
  const words = slugify(title)
    .split('-')
    .filter((word) => word && !SLUG_STOP_WORDS.has(word));
  let slug = '';
  // Whole characters (never half of one), no trailing hyphen.
  for (const character of words.slice(0, MAX_SLUG_WORDS).join('-')) {
    if (Buffer.byteLength(slug + character) > MAX_SLUG_BYTES) break;
    slug += character;
  }
  return slug.replace(/-+$/, '') || 'article';
}

/** An entity as the schema stores it: its name, or `{name, id}` when the id is not the name's slug. */
function reference(entity: EntityName): string | { name: string; id: string } {
  return slugify(entity.name) === entity.id ? entity.name : { name: entity.name, id: entity.id };
}

export function buildArticle(
  record: SourceRecord,
  structure: ArticleStructure,
  entities: FoundEntities,
): ArticleDraft {
  const given = record.frontmatter ?? {};
  const mainPerson = entities.people[0]?.name;
  const mainPlace =
    entities.places.find((place) => place.name !== structure.dateline)?.name ??
    entities.places[0]?.name;
  const titleGiven = typeof given['title'] === 'string' ? given['title'] : record.title;
  const title =
    titleGiven ??
    titleFromLead(
      structure.paragraphs,
      mainPerson,
      mainPlace,
      entities.places.map((place) => place.name),
      structure.dateline,
    );
  const slug = typeof given['slug'] === 'string' ? given['slug'] : slugFromTitle(title);
  const wikinews = isWikinews(record.source, record.url)
    ? wikinewsAttribution(record.date)
    : undefined;
  const computed: Frontmatter = {
    title,
    date: record.date,
    source: wikinews?.source ?? structure.source ?? record.source,
    dateline: structure.dateline,
    // Only a dateline that names another day than the article's needs its own date.
    datelineDate: structure.datelineDate !== record.date ? structure.datelineDate : undefined,
    byline: [],
    credits: structure.credits,
    captions: structure.captions,
    summary: summaryFromLead(structure.paragraphs),
    people: entities.people.map(reference),
    places: entities.places.map(reference),
    organizations: entities.organizations.map(reference),
    topics: record.topics ?? [],
    lang: 'en',
    url: record.url,
    license: wikinews?.license ?? record.license,
    licenseUrl: wikinews?.licenseUrl,
    sourceId: record.sourceId,
  };
  const frontmatter: Frontmatter = { ...computed };
  for (const [key, value] of Object.entries(given)) {
    if (value !== undefined && value !== null && key !== 'importHash') frontmatter[key] = value;
  }
  frontmatter['date'] = record.date;
  return { frontmatter, body: structure.paragraphs.join('\n\n'), slug };
}
