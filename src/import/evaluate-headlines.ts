/**
 * Scores the importer's datelines, headlines and summaries on a folder of raw
 * articles with an `annotations.json` (tests/fixtures/import/raw-headlines/):
 * dateline accuracy against the annotations, and the checks a machine can make
 * of a title and a summary. Whether a headline is acceptable is judged by hand
 * (judged.json next to the articles); `npm run eval:headlines` prints both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildArticle, type Frontmatter } from './article';
import { EntityFinder } from './entities/find-entities';
import { loadKnowledge } from './entities/knowledge';
import { readInput } from './formats/read-input';
import { prepareStory } from './run-import';
import { recogniseDateline } from './structure/dateline';
import { notNewsReason } from './structure/not-news';
import { recogniseStructure } from './structure/recognise';
import { isPrintableTitle, SUMMARY_MAX_CHARS } from './structure/title-summary';

export interface ExpectedDateline {
  place: string;
  agency: string | null;
  date: string | null;
}

export interface HeadlineRow {
  /** Path of the article inside the set, e.g. `dev/d01-lisbon-dockworkers.txt`. */
  file: string;
  title: string;
  summary: string;
  dateline: ExpectedDateline | null;
  expected: ExpectedDateline | null;
  datelineCorrect: boolean;
  /** What a machine finds wrong with the title or the summary; empty when nothing. */
  problems: string[];
}

/** The longest summary the "about 200 characters" allows (title-summary.ts). */
export const SUMMARY_LIMIT = SUMMARY_MAX_CHARS;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The dateline as the annotations write it: the day it names, whether or not it is the article's. */
function datelineOf(data: Record<string, unknown>): ExpectedDateline | null {
  const place = text(data['dateline']);
  if (!place) return null;
  return { place, agency: text(data['source']) ?? null, date: text(data['datelineDate']) ?? null };
}

function machineProblems(title: string, summary: string, place: string | undefined): string[] {
  const problems: string[] = [];
  if (!isPrintableTitle(title)) problems.push('title: too long, cut off or a dateline');
  if (/…|\.\.\./.test(title)) problems.push('title: ellipsis');
  if (
    place &&
    title
      .replace(/[^\p{L} ]/gu, '')
      .trim()
      .toLowerCase() === place.toLowerCase()
  )
    problems.push('title: the dateline place');
  if (!summary) problems.push('summary: missing');
  if (summary.length > SUMMARY_LIMIT) problems.push(`summary: ${summary.length} characters`);
  if (/…|\.\.\.$/.test(summary)) problems.push('summary: ellipsis');
  if (summary && !/[.!?]["”’)]?$/.test(summary)) problems.push('summary: does not end a sentence');
  if (recogniseDateline(summary)) problems.push('summary: starts with a dateline');
  return problems;
}

/**
 * The importer's own steps (structure, names, article), without writing: the
 * frontmatter each article of the set would get. An archive without a registry
 * is assumed, as for a first import.
 */
async function draftArticles(
  folder: string,
  subfolders: string[],
): Promise<{ file: string; data: Frontmatter }[]> {
  const records = [];
  for (const sub of subfolders) {
    for (const name of readdirSync(path.join(folder, sub)).sort()) {
      records.push(...(await readInput(path.join(folder, sub, name), `${sub}/${name}`)).records);
    }
  }
  const finder = new EntityFinder(loadKnowledge(path.join(folder, 'no-registry')));
  const stories = records
    .map((record) => ({ record, structure: recogniseStructure(record) }))
    .filter(({ record, structure }) => !notNewsReason(record, structure))
    .map(({ record, structure }) => prepareStory(finder, record, structure));
  return stories.map((story) => {
    const entities = finder.find(
      story.text,
      story.candidates,
      story.structure.dateline,
      story.titleLength,
    );
    return {
      file: story.record.origin.file,
      data: buildArticle(story.record, story.structure, entities).frontmatter,
    };
  });
}

export async function evaluateHeadlines(
  folder: string,
  subfolders: string[],
): Promise<HeadlineRow[]> {
  const annotations = JSON.parse(readFileSync(path.join(folder, 'annotations.json'), 'utf8')) as {
    articles: Record<string, ExpectedDateline | null>;
  };
  const drafts = await draftArticles(folder, subfolders);
  return drafts
    .map(({ file, data }) => {
      const dateline = datelineOf(data);
      const expected = annotations.articles[file] ?? null;
      // The annotations give the dateline's day; the article stores it only when it differs from its own date.
      const articleDate = text(data['date']);
      const expectedStored = expected
        ? { ...expected, date: expected.date === articleDate ? null : expected.date }
        : null;
      const title = text(data['title']) ?? '';
      const summary = text(data['summary']) ?? '';
      return {
        file,
        title,
        summary,
        dateline,
        expected,
        datelineCorrect: JSON.stringify(dateline) === JSON.stringify(expectedStored),
        problems: machineProblems(title, summary, dateline?.place),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
