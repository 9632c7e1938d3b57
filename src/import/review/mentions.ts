/**
 * Which stories name each registry entry, the way the build tags them (its
 * frontmatter, plus the registered names and aliases its title and text
 * mention, with the build's tagging rules: "March" needs a place cue),
 * and the sentences that mention it: the contexts an editor judges an entry by.
 * One pass over the articles with the build's single matcher.
 */
import path from 'node:path';
import type { EntityKind } from '../../lib/entities/entities';
import type { EntityResolver } from '../../lib/entities/resolver';
import type { ReviewArchive } from './archive';
import { referencedId } from './archive';
import { ENTITY_KINDS } from '../../lib/entities/entities';
import { FRONTMATTER, type ArticleLists } from './frontmatter-lists';

export interface Context {
  /** The article, relative to the archive folder. */
  article: string;
  text: string;
}

const SNIPPET_LENGTH = 200;

export function titleAndBody(article: ArticleLists): { title: string; body: string } {
  const match = FRONTMATTER.exec(article.text);
  return {
    title: article.title ?? '',
    body: match ? article.text.slice(match[0].length) : article.text,
  };
}

const key = (kind: EntityKind, id: string) => `${kind}/${id}`;

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/gu;

export class MentionIndex {
  private readonly storiesByEntity = new Map<string, ArticleLists[]>();
  /** Every word the articles write in lower case: "march", "union", "reading". */
  readonly lowerCaseWords = new Set<string>();

  constructor(
    private readonly archive: ReviewArchive,
    resolver: EntityResolver,
  ) {
    for (const article of archive.articles) {
      const seen = new Set<string>();
      for (const kind of ENTITY_KINDS) {
        for (const item of article.lists[kind])
          seen.add(key(kind, referencedId(resolver, kind, item.reference)));
      }
      const { title, body } = titleAndBody(article);
      for (const [word] of body.matchAll(LOWER_CASE_WORD)) this.lowerCaseWords.add(word);
      for (const found of resolver.entitiesInText(`${title}\n\n${body}`, {
        dateline: article.dateline,
      }))
        seen.add(key(found.kind, found.id));
      for (const entity of seen) {
        const stories = this.storiesByEntity.get(entity) ?? [];
        stories.push(article);
        this.storiesByEntity.set(entity, stories);
      }
    }
  }

  stories(kind: EntityKind, id: string): number {
    return this.storiesByEntity.get(key(kind, id))?.length ?? 0;
  }

  /** The stories that name an entry. */
  articles(kind: EntityKind, id: string): readonly ArticleLists[] {
    return this.storiesByEntity.get(key(kind, id)) ?? [];
  }

  /** Up to `limit` sentences, one per story, that say one of the names. */
  contexts(kind: EntityKind, id: string, names: readonly string[], limit: number): Context[] {
    const contexts: Context[] = [];
    const patterns = names
      .filter(Boolean)
      .map(
        (name) =>
          new RegExp(
            `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
            'u',
          ),
      );
    for (const article of this.storiesByEntity.get(key(kind, id)) ?? []) {
      if (contexts.length >= limit) break;
      const relative = path.relative(this.archive.dir, article.file);
      const { title, body } = titleAndBody(article);
      const sentence = sentencesOf(`${title}.\n${body}`).find((candidate) =>
        patterns.some((pattern) => pattern.test(candidate)),
      );
      const at = sentence
        ? (patterns
            .map((pattern) => pattern.exec(sentence)?.index)
            .find((index) => index !== undefined) ?? 0)
        : 0;
      contexts.push({
        article: relative,
        text: sentence ? snippet(sentence, at) : '(named in the frontmatter only)',
      });
    }
    return contexts;
  }
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A sentence shortened around where the name is, with "…" where it was cut. */
export function snippet(sentence: string, at: number): string {
  if (sentence.length <= SNIPPET_LENGTH) return sentence;
  const start = Math.max(0, Math.min(at - SNIPPET_LENGTH / 3, sentence.length - SNIPPET_LENGTH));
  const end = start + SNIPPET_LENGTH;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}
