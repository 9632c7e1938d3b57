/**
 * The importer's pipeline: read every input, recognise structure, learn names,
 * find entities, validate, write. Pure of any command-line concern, so tests and
 * the benchmark call it directly.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ENTITY_KINDS } from '../lib/entities/entities';
import { buildArticle } from './article';
import { EntityFinder, type FoundEntities, type StoryCandidates } from './entities/find-entities';
import { loadKnowledge } from './entities/knowledge';
import { addToRegistry, readReviewMemory } from './entities/registry';
import { readRejected, withoutRejected } from './entities/rejected';
import { followReview } from './entities/review-memory';
import { DEFAULT_MAX_FILE_BYTES, isInputFile, readInput } from './formats/read-input';
import type { Progress } from './progress';
import { notNewsReason } from './structure/not-news';
import { recogniseStructure, type ArticleStructure } from './structure/recognise';
import { problemLine, type RecordProblem, type SourceRecord } from './types';
import { loadArticleSchema, schemaProblems } from './validate';
import { applyWrite, ArticleIndex, planWrite, type PlannedWrite } from './writer';

export interface ImportOptions {
  inputs: string[];
  archiveDir: string;
  force?: boolean;
  dryRun?: boolean;
  maxFileBytes?: number;
  /** Only records dated on or after this day (`YYYY-MM-DD`), e.g. the clean 2019–2021 Wikinews part. */
  since?: string | undefined;
  /** Updates the shared registry files with the entities found (off for evaluation runs). */
  updateRegistry?: boolean;
  progress?: (total: number) => Progress;
  /** Called for each planned write in a dry run, with the headline, dateline and summary to review. */
  onPlanned?: (write: PlannedWrite) => void;
}

export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  /** Articles left alone because a person edited them (use --force). */
  skipped: number;
  /** Records that are not news: test pages, redirects, stubs, empty bodies. */
  notNews: number;
  failed: number;
  problems: string[];
  peopleFound: number;
  placesFound: number;
  organizationsFound: number;
  registryAdded: number;
  writes: PlannedWrite[];
}

async function expandInputs(
  inputs: string[],
  problems: RecordProblem[],
): Promise<{ file: string; display: string }[]> {
  const files: { file: string; display: string }[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) {
      problems.push({ origin: { file: input }, reason: 'no such file or folder' });
      continue;
    }
    if (statSync(input).isDirectory()) {
      const entries = (await readdir(input, { recursive: true }))
        .map(String)
        .filter(isInputFile)
        .sort();
      for (const entry of entries)
        files.push({ file: path.join(input, entry), display: path.join(input, entry) });
    } else {
      files.push({ file: input, display: input });
    }
  }
  return files;
}

export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const problems: RecordProblem[] = [];
  const records: SourceRecord[] = [];
  for (const { file, display } of await expandInputs(options.inputs, problems)) {
    const parsed = await readInput(file, display, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    records.push(
      ...parsed.records.filter((record) => !options.since || record.date >= options.since),
    );
    problems.push(...parsed.problems);
  }
  const schema = await loadArticleSchema();
  const knowledge = loadKnowledge(options.archiveDir);
  const finder = new EntityFinder(knowledge);
  // Names an editor rejected (npm run entities -- reject) never come back through an import.
  const rejected = readRejected(options.archiveDir);
  // Nor do the entries an editor merged, renamed or moved: their names go to what replaced them.
  const reviewed = readReviewMemory(options.archiveDir);
  const index = await ArticleIndex.load(options.archiveDir);

  // Pass 1: structure and each story's own evidence for names.
  const seen = new Set<string>();
  const stories: PreparedStory[] = [];
  for (const record of records) {
    if (seen.has(record.sourceId)) {
      problems.push({
        origin: record.origin,
        reason: `duplicate record ${record.sourceId} (first one kept)`,
      });
      continue;
    }
    seen.add(record.sourceId);
    // Decided before the story's names are learnt: a test page teaches nothing.
    const structure = recogniseStructure(record);
    const notNews = notNewsReason(record, structure);
    if (notNews) {
      const earlier = index.existingFile(record.sourceId);
      problems.push({
        origin: record.origin,
        reason: earlier
          ? `${notNews}; ${earlier} from an earlier import is left in place`
          : notNews,
        skipped: 'not news',
      });
      continue;
    }
    stories.push(prepareStory(finder, record, structure));
  }

  // Pass 2: entities with everything learnt, then validate and write.
  const summary: ImportSummary = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    notNews: 0,
    failed: 0,
    problems: [],
    peopleFound: 0,
    placesFound: 0,
    organizationsFound: 0,
    registryAdded: 0,
    writes: [],
  };
  const people = new Set<string>();
  const places = new Set<string>();
  const organizations = new Set<string>();
  const progress = options.progress?.(stories.length);
  for (const [position, story] of stories.entries()) {
    progress?.tick(position + 1);
    const entities = withoutRejected(rejected, followReview(reviewed, findInStory(finder, story)));
    const draft = buildArticle(story.record, story.structure, entities);
    const invalid = schemaProblems(schema, draft.frontmatter);
    if (invalid.length > 0) {
      problems.push({
        origin: story.record.origin,
        reason: `invalid article (${invalid.join('; ')})`,
      });
      continue;
    }
    entities.people.forEach((entity) => people.add(entity.id));
    entities.places.forEach((entity) => places.add(entity.id));
    entities.organizations.forEach((entity) => organizations.add(entity.id));
    const write = {
      ...(await planWrite(
        index,
        story.record.sourceId,
        story.record.date,
        draft,
        options.force ?? false,
      )),
      origin: story.record.origin,
    };
    summary.writes.push(write);
    if (options.dryRun) options.onPlanned?.(write);
    else await applyWrite(write);
    if (write.outcome === 'imported') summary.imported += 1;
    else if (write.outcome === 'updated') summary.updated += 1;
    else if (write.outcome === 'unchanged') summary.unchanged += 1;
    else {
      summary.skipped += 1;
      problems.push({
        origin: story.record.origin,
        reason: `skipped: ${write.file} was edited by hand (use --force to replace it)`,
        skipped: 'edited by hand',
      });
    }
  }
  progress?.finish();
  if (!options.dryRun && (options.updateRegistry ?? true)) {
    const additions = finder.registryAdditions();
    for (const kind of ENTITY_KINDS) {
      summary.registryAdded += await addToRegistry(
        options.archiveDir,
        kind,
        additions[kind],
        reviewed,
      );
    }
  }
  summary.failed = problems.filter((problem) => !problem.skipped).length;
  summary.notNews = problems.filter((problem) => problem.skipped === 'not news').length;
  summary.problems = problems.map(problemLine);
  summary.peopleFound = people.size;
  summary.placesFound = places.size;
  summary.organizationsFound = organizations.size;
  return summary;
}

export interface PreparedStory {
  record: SourceRecord;
  structure: ArticleStructure;
  text: string;
  /** Characters of `text` that are the title (headline case makes every word look like a name). */
  titleLength: number;
  candidates: StoryCandidates;
}

/** Pass 2 for one story: the entities it names, with its dateline's place and region as evidence. */
export function findInStory(finder: EntityFinder, story: PreparedStory): FoundEntities {
  const { dateline, datelineRegion, source } = story.structure;
  return finder.find(
    story.text,
    story.candidates,
    dateline && { place: dateline, region: datelineRegion },
    story.titleLength,
    source,
  );
}

/** Pass 1 for one record: its structure, and the names its running text introduces. */
export function prepareStory(
  finder: EntityFinder,
  record: SourceRecord,
  structure = recogniseStructure(record),
): PreparedStory {
  const text = entityText(record, structure);
  const titleLength = record.title ? record.title.length : 0;
  return {
    record,
    structure,
    text,
    titleLength,
    candidates: finder.learn(text.slice(titleLength), record.title),
  };
}

/** The text entities are looked for in: title, running text and captions (never credits). */
export function entityText(record: SourceRecord, structure: ArticleStructure): string {
  return [
    record.title ?? '',
    ...structure.paragraphs,
    ...structure.captions.map((caption) => caption.text),
  ]
    .filter(Boolean)
    .join('\n\n');
}
