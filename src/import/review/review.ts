/**
 * The editor's review: the registry entries most likely wrong, each with its
 * reasons and the sentences that mention it, ranked by how many reasons apply.
 */
import type { EntityKind } from '../../lib/entities/entities';
import { loadReviewArchive, resolverOf } from './archive';
import { ENTITY_KINDS } from '../../lib/entities/entities';
import { MentionIndex, type Context } from './mentions';
import { findNearDuplicates, type NearDuplicate } from './near-duplicates';
import { knownNamesOf, nameReasons, storyReason, type Reason } from './reasons';
import { mixedCountries, qualifiedBareNames } from './mixed-pages';
import { loadKnowledge } from '../entities/knowledge';
import { sharedNameItems, thinPlaceItems } from './thin-places';

export interface ReviewItem {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  stories: number;
  reasons: Reason[];
  duplicates: NearDuplicate[];
  contexts: Context[];
}

export interface ReviewOptions {
  kinds?: readonly EntityKind[];
  limit?: number;
  contextsPerEntry?: number;
  /**
   * Also list place names several places share that stories decide on thin
   * evidence ("Hamilton", "Salem"). It reads the gazetteer, which takes seconds.
   */
  thinPlaces?: boolean;
}

export function reviewArchive(
  archiveDir: string,
  options: ReviewOptions = {},
): { items: ReviewItem[]; total: number } {
  const archive = loadReviewArchive(archiveDir);
  const resolver = resolverOf(archive);
  const mentions = new MentionIndex(archive, resolver);
  const entries = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, archive.registries[kind].entries()]),
  ) as Record<EntityKind, ReturnType<typeof archive.registries.people.entries>>;
  const known = knownNamesOf(
    ENTITY_KINDS.flatMap((kind) =>
      entries[kind].flatMap((entry) => [entry.name, ...entry.aliases]),
    ),
    mentions.lowerCaseWords,
  );
  const countries = new Map(
    entries.places.flatMap((place) => (place.country ? [[place.id, place.country]] : [])),
  );
  const placeNames = new Set(entries.places.flatMap((place) => [place.name, ...place.aliases]));
  const mixedEvidence = {
    resolver,
    countryOf: (placeId: string) => countries.get(placeId),
    qualifiedBareNames: qualifiedBareNames(
      entries.organizations.flatMap((entry) => [entry.name, ...entry.aliases]),
      (name) => placeNames.has(name),
    ),
  };
  const items: ReviewItem[] = [];
  for (const kind of options.kinds ?? ENTITY_KINDS) {
    const duplicates = findNearDuplicates(entries[kind], { personNames: kind === 'people' });
    for (const entry of entries[kind]) {
      const stories = mentions.stories(kind, entry.id);
      const reasons = nameReasons(kind, entry.name, known);
      const fewStories = storyReason(stories);
      if (fewStories) reasons.push(fewStories);
      const similar = duplicates.get(entry.id) ?? [];
      if (similar.length > 0) {
        reasons.push({
          code: 'near-duplicate',
          text: `near-duplicate of ${similar.map((other) => `"${other.name}" (${other.id}: ${other.why})`).join(', ')}`,
        });
      }
      const mixed = mixedCountries(kind, entry, mentions.articles(kind, entry.id), mixedEvidence);
      if (mixed) {
        const shares = mixed.map((share) => `${share.country} ${share.stories}`).join(', ');
        reasons.push({
          code: 'mixed-page',
          text: `a generic name said bare in stories of ${mixed.length} countries (${shares}): split it, renaming it for the first country ("${entry.name} (${mixed[0]!.country})") and tagging the other stories with their own country's body`,
        });
      }
      if (reasons.length === 0) continue;
      items.push({
        kind,
        id: entry.id,
        name: entry.name,
        aliases: entry.aliases,
        stories,
        reasons,
        duplicates: similar,
        contexts: [],
      });
    }
  }
  // Most reasons first; among equals, reasons from the name outweigh a low story count, and an
  // entry in many stories (a wrong one spreads further) comes before one in few.
  const fromName = (item: ReviewItem) =>
    item.reasons.filter((reason) => reason.code !== 'one-story' && reason.code !== 'no-story')
      .length;
  items.sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      fromName(b) - fromName(a) ||
      b.stories - a.stories ||
      ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) ||
      a.name.localeCompare(b.name, 'en'),
  );
  for (const item of listed(items, options))
    item.contexts = mentions.contexts(
      item.kind,
      item.id,
      [item.name, ...item.aliases],
      options.contextsPerEntry ?? 3,
    );
  // Which Hamilton a story means is the question to settle first: a wrong one misleads every reader of it.
  if (options.thinPlaces && (options.kinds ?? ENTITY_KINDS).includes('places')) {
    const knowledge = loadKnowledge(archiveDir);
    const shared = sharedNameItems(archive, knowledge);
    for (const item of shared) {
      item.stories = mentions.stories('places', item.id);
      item.contexts = mentions.contexts(
        'places',
        item.id,
        [item.name],
        options.contextsPerEntry ?? 3,
      );
    }
    const thin = thinPlaceItems(archive, knowledge, options.contextsPerEntry ?? 3);
    items.unshift(
      ...[...thin, ...shared].sort(
        (a, b) => b.stories - a.stories || a.name.localeCompare(b.name, 'en'),
      ),
    );
  }
  return { items: listed(items, options), total: items.length };
}

function listed(items: ReviewItem[], options: ReviewOptions): ReviewItem[] {
  return items.slice(0, options.limit ?? items.length);
}

/** The review for a terminal: one block per entry, its reasons, then where it is mentioned. */
export function formatReview(items: readonly ReviewItem[], total?: number): string {
  const lines: string[] = [];
  for (const [position, item] of items.entries()) {
    const aliases = item.aliases.length > 0 ? ` (also ${item.aliases.join(', ')})` : '';
    lines.push(
      `${position + 1}. ${item.name}${aliases}  [${item.kind} ${item.id}, ${item.stories} ${item.stories === 1 ? 'story' : 'stories'}]`,
    );
    for (const reason of item.reasons) lines.push(`   - ${reason.code}: ${reason.text}`);
    for (const context of item.contexts) lines.push(`     > ${context.text}  (${context.article})`);
    lines.push('');
  }
  lines.push(
    items.length === 0
      ? 'Nothing to review.'
      : `${items.length}${total !== undefined && total > items.length ? ` of ${total}` : ''} entries to review. ` +
          'Fix one with: npm run entities -- merge|reject|rename|kind …',
  );
  return `${lines.join('\n')}\n`;
}
