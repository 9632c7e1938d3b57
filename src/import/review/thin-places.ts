/**
 * Place names several real places share ("Hamilton", "Georgia"), for the editor: names
 * that stories decide on thin evidence (place-choice.ts run again over each article),
 * listed once with their candidates, points, what the stories show and the sentences that
 * say it; and registry places filed under such a bare name, which the build would tag
 * wherever the name appears.
 */
import path from 'node:path';
import { slugify } from '../../lib/slug';
import { ambiguityOf, personNameWords } from '../../lib/entities/tagging-rules';
import { wordKnowledge } from '../entities/word-knowledge';
import type { Knowledge } from '../entities/knowledge';
import { describeChoice } from '../entities/place-choice';
import {
  qualifierAfter,
  resolvePlaces,
  type ContestedPlace,
  type PlaceMention,
} from '../entities/places';
import type { ReviewArchive } from './archive';
import { sentencesOf, snippet, titleAndBody, type Context } from './mentions';
import type { ReviewItem } from './review';

/** "Lewis Hamilton", "Hamilton Academical": the place name is part of another name. */
function insideAnotherName(text: string, start: number, end: number): boolean {
  return (
    /\p{Lu}[\p{L}'’-]* $/u.test(text.slice(Math.max(0, start - 30), start)) ||
    /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))
  );
}

/**
 * The place names of a text, roughly as the importer finds them: not inside another
 * name, and a name that is also a word or a person's name ("Clinton", "Corona")
 * only with a qualifier beside it.
 */
function mentionsIn(
  text: string,
  knowledge: Knowledge,
  personWords: ReadonlySet<string>,
): PlaceMention[] {
  return knowledge.placeMatcher
    .findAll(text)
    .filter((match) => !insideAnotherName(text, match.start, match.end))
    .map((match) => ({
      name: match.id,
      start: match.start,
      end: match.end,
      sentenceStart: false,
      qualifier: qualifierAfter(text, match.end),
    }))
    .filter(
      (mention) =>
        mention.qualifier ||
        !ambiguityOf({ name: mention.name, isCountry: false }, wordKnowledge, personWords),
    );
}

function contextOf(text: string, name: string, article: string): Context {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'u',
  );
  const sentence =
    sentencesOf(text).find((candidate) => pattern.test(candidate)) ?? text.slice(0, 200);
  return { article, text: snippet(sentence, pattern.exec(sentence)?.index ?? 0) };
}

/** Registry places whose bare name the gazetteer gives another place too, with no tagging rule of their own. */
export function sharedNameItems(archive: ReviewArchive, knowledge: Knowledge): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const entry of archive.registries.places.entries()) {
    const place = knowledge.places.placeById(entry.id);
    if (!place?.label || entry.name !== place.name || (entry as { tagging?: string }).tagging)
      continue;
    const others = knowledge.places
      .candidates(place.name)
      .filter((id) => id !== place.id)
      .map((id) => `${knowledge.placeName(id)} (${id})`);
    items.push({
      kind: 'places',
      id: entry.id,
      name: entry.name,
      aliases: entry.aliases,
      stories: 0,
      duplicates: [],
      contexts: [],
      reasons: [
        {
          code: 'shared-name',
          text:
            `"${entry.name}" is also ${others.slice(0, 4).join(', ')}${others.length > 4 ? ` and ${others.length - 4} more` : ''}: the build tags every bare "${entry.name}" with it; ` +
            `rename it to "${place.label}" (npm run entities -- rename places ${entry.id} "${place.label}") or set \`tagging: frontmatter\``,
        },
      ],
    });
  }
  return items;
}

export function thinPlaceItems(
  archive: ReviewArchive,
  knowledge: Knowledge,
  contextsPerEntry: number,
): ReviewItem[] {
  const byName = new Map<string, { decisions: ContestedPlace[]; contexts: Context[] }>();
  const personWords = personNameWords(knowledge.registry.people);
  for (const article of archive.articles) {
    const { title, body } = titleAndBody(article);
    const text = `${title}.\n\n${body}`;
    const contested: ContestedPlace[] = [];
    resolvePlaces(
      mentionsIn(text, knowledge, personWords),
      knowledge.places,
      article.dateline ? { place: article.dateline } : undefined,
      contested,
    );
    for (const decision of contested.filter((entry) => entry.choice.thin)) {
      const entry = byName.get(decision.name) ?? { decisions: [], contexts: [] };
      entry.decisions.push(decision);
      if (entry.contexts.length < contextsPerEntry)
        entry.contexts.push(
          contextOf(text, decision.name, path.relative(archive.dir, article.file)),
        );
      byName.set(decision.name, entry);
    }
  }
  const labelOf = (place: { id: string }) => knowledge.placeName(place.id);
  return [...byName].map(([name, { decisions, contexts }]) => {
    const shown = [
      ...new Set(
        decisions.map((decision) =>
          decision.choice.chosen ? labelOf(decision.choice.chosen) : 'none',
        ),
      ),
    ];
    const first = decisions[0]!;
    return {
      kind: 'places' as const,
      id: first.choice.chosen?.id ?? slugify(name),
      name,
      aliases: [],
      stories: decisions.length,
      reasons: [
        {
          code: 'thin-evidence' as const,
          text: `place chosen on thin evidence in ${decisions.length} ${decisions.length === 1 ? 'story' : 'stories'} (shown: ${shown.join(', ')}); first: ${describeChoice(name, first.choice, labelOf)}`,
        },
      ],
      duplicates: [],
      contexts,
    };
  });
}
