/**
 * The data model of the archive: every collection and its schema, in one place.
 *
 * A malformed article stops the build; Astro's error names the collection, the
 * entry's file and each field at fault (the messages below say what was expected).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { ARCHIVE_DIR, DEFAULT_LANG } from './config';
import { globWithLiteralDates } from './loaders/literal-dates';
import { optionalYamlFile } from './loaders/registry-file';
import { isSitePath, normaliseSitePath } from './lib/aliases';
import { isCalendarDate } from './lib/dates';
import { isSafeUrl } from './lib/safe-url';
import { SLUG_PATTERN } from './lib/slug';
import { TAGGINGS } from './lib/entities/tagging-rules';

const CALENDAR_DATE = 'must be a real calendar date written YYYY-MM-DD';

/**
 * A calendar day, stored as `YYYY-MM-DD` and checked against the calendar,
 * quoted or not (the loader hands dates over as written). A Date object is
 * refused: YAML may already have moved it (2023-02-30 → 2023-03-02).
 */
const calendarDate = z
  .string({ error: CALENDAR_DATE })
  .refine(isCalendarDate, { message: CALENDAR_DATE });

const SAFE_URL = 'must be an http:, https: or mailto: URL, a relative path or a fragment';

/** An absolute link out (the original article, a licence): http, https or mailto only. */
const safeAbsoluteUrl = z
  .url({ message: 'must be an absolute URL' })
  .refine(isSafeUrl, { message: SAFE_URL });

const nonEmptyText = z.string().trim().min(1, { message: 'must not be empty' });

/** An article's slug or a registry id: it names a folder of the site. */
const slugOrId = z
  .string()
  .regex(SLUG_PATTERN, { message: 'must be lower-case words joined by hyphens' });

/**
 * A person, place or organization named by an article: its name, or, where two
 * entities share a name, the name with the registry id that tells them apart.
 */
const entityReference = z.union([nonEmptyText, z.object({ name: nonEmptyText, id: nonEmptyText })]);

/** An old path of this site, e.g. `/2019/03/02/old-slug/`; src/lib/aliases.ts says what may be one. */
const sitePath = z
  .string()
  .trim()
  .refine(isSitePath, {
    message:
      'must be a path of this site such as "/2019/03/02/old-slug/": a leading "/", no scheme, host, query, "#", ".." or spaces',
  })
  .transform(normaliseSitePath);

const credit = z.object({
  name: nonEmptyText,
  role: nonEmptyText.default('photographer'),
});

/** A photo caption: the seed archive has captions and credits but no image files. */
const caption = z.object({
  text: nonEmptyText,
  /** Day the photo was taken, when the caption says so ("This is March 21."). */
  date: calendarDate.optional(),
  /** Name of the credited person, as listed in `credits`. */
  credit: nonEmptyText.optional(),
  /** Path or URL of the image, when the archive has one. */
  image: nonEmptyText.refine(isSafeUrl, { message: SAFE_URL }).optional(),
  alt: z.string().optional(),
});

const articles = defineCollection({
  loader: globWithLiteralDates({
    base: `${ARCHIVE_DIR}/articles`,
    pattern: '**/*.md',
    // Keep the file path as the id ("2023/03/22-li-qiang-…") so that messages name the file.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: z.object({
    title: nonEmptyText,
    date: calendarDate,
    /** Overrides the URL slug taken from the file name. */
    slug: slugOrId
      .refine((slug) => new TextEncoder().encode(slug).length <= 150, {
        // It names the page's folder: file systems allow 255 bytes a name.
        message: 'must be at most 150 bytes long',
      })
      .optional(),
    /**
     * Old paths of the story (before its date or slug changed): each gets a
     * page that redirects to the story. The build also refuses one that is a
     * live page's path (src/data/redirects.ts).
     */
    aliases: z.array(sitePath).default([]),
    /** Who published the story, e.g. "Xinhua News Agency" or "Wikinews". */
    source: nonEmptyText.optional(),
    /** Place the story was filed from, e.g. "Changsha". */
    dateline: nonEmptyText.optional(),
    /** The day the dateline names, when it is not the article's date ("Lisbon, April 2." in a story of April 3). */
    datelineDate: calendarDate.optional(),
    byline: z.array(nonEmptyText).default([]),
    credits: z.array(credit).default([]),
    captions: z.array(caption).default([]),
    summary: nonEmptyText.optional(),
    people: z.array(entityReference).default([]),
    places: z.array(entityReference).default([]),
    organizations: z.array(entityReference).default([]),
    topics: z.array(nonEmptyText).default([]),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        message: 'must be a language tag such as "en" or "zh-Hans"',
      })
      .default(DEFAULT_LANG),
    /** The original article. */
    url: safeAbsoluteUrl.optional(),
    /** Licence or attribution text shown on the page. */
    license: nonEmptyText.optional(),
    /** Link to the licence itself. */
    licenseUrl: safeAbsoluteUrl.optional(),
    /** Stable id of the record the importer made this article from (idempotent re-imports). */
    sourceId: nonEmptyText.optional(),
    /** Hash of the file as the importer wrote it; a mismatch means a person edited it (re-imports then leave it alone). */
    importHash: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .optional(),
  }),
});

/**
 * The registry: who and where, with the names and aliases that tag articles.
 * Each file is a YAML list sorted by id; an archive without them still builds.
 */
const registryEntry = z.object({
  /** slugify(name) unless two entries share a name: the URL of the entity's page. */
  id: slugOrId,
  name: nonEmptyText,
  aliases: z
    .array(nonEmptyText)
    .nullish()
    .transform((aliases) => aliases ?? []),
  description: nonEmptyText.optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/, { message: 'must be a Wikidata id such as "Q42"' })
    .optional(),
  /**
   * How the entity's names tag articles: `text` (any mention), `context` (a mention
   * with a cue: the dateline, "in Temple", "Douglas, Isle of Man") or `frontmatter`
   * (only articles that name it). Unset: `context` for a month, a common word or
   * part of a person's name, `text` otherwise.
   */
  tagging: z.enum(TAGGINGS).optional(),
  /**
   * Entries an editor merged into this one, renamed or moved here, as `<kind>/<id>`
   * ("people/ben-bernankeis"): a re-import files what it finds under them here.
   */
  replaces: z
    .array(
      z
        .string()
        .refine(
          (key) =>
            SLUG_PATTERN.test(/^(?:people|places|organizations)\/(.*)$/.exec(key)?.[1] ?? ''),
          { message: 'must be a kind and an id such as "people/ben-bernankeis"' },
        ),
    )
    .optional(),
});

export const PLACE_KINDS = [
  'country',
  'region',
  'city',
  'district',
  'island',
  'lake',
  'other',
] as const;

const placeEntry = registryEntry.extend({
  kind: z.enum(PLACE_KINDS).default('other'),
  /** Id of the place this one lies in. */
  parent: nonEmptyText.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  /** ISO 3166-1 alpha-2 code. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "CN"' })
    .optional(),
});

const people = defineCollection({
  loader: optionalYamlFile(`${ARCHIVE_DIR}/people.yaml`),
  schema: registryEntry,
});
const places = defineCollection({
  loader: optionalYamlFile(`${ARCHIVE_DIR}/places.yaml`),
  schema: placeEntry,
});
const organizations = defineCollection({
  loader: optionalYamlFile(`${ARCHIVE_DIR}/organizations.yaml`),
  schema: registryEntry,
});

export const collections = { articles, people, places, organizations };
