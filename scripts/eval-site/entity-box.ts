/**
 * What a reader sees an article tagged with: the links of its "In this story" box
 * (src/components/EntityBox.astro), grouped by the box's headings, each with its
 * shown name and the id its link points at (`/places/hamilton-ca/` → `hamilton-ca`).
 */
import { Parser } from 'htmlparser2';
import { ENTITY_KINDS, type EntityKind } from '../../src/lib/entities/entities';
import type { ShownEntity } from './score';

const KIND_OF_HEADING: Record<string, EntityKind> = {
  people: 'people',
  places: 'places',
  organizations: 'organizations',
};

export type ShownEntities = Record<EntityKind, ShownEntity[]>;

export const noEntities = (): ShownEntities => ({ people: [], places: [], organizations: [] });

/** The id of an entity page link, whatever the base path: the last path segment. */
function idOf(href: string): string {
  const segments = href.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
  return decodeURIComponent(segments.at(-1) ?? '');
}

/** The entities of a built article page's "In this story" box; none if it has no box. */
export function readEntityBox(html: string): ShownEntities {
  const shown = noEntities();
  let boxDepth = 0; // elements open inside the box; 0 = outside
  let kind: EntityKind | undefined;
  let heading: string | undefined; // text of the <dt> being read
  let link: { href: string; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (boxDepth === 0) {
          if (name === 'aside' && (attributes['class'] ?? '').split(/\s+/).includes('entity-box'))
            boxDepth = 1;
          return;
        }
        boxDepth += 1;
        if (name === 'dt') heading = '';
        else if (name === 'a' && kind) link = { href: attributes['href'] ?? '', text: '' };
      },
      ontext(text) {
        if (heading !== undefined) heading += text;
        if (link) link.text += text;
      },
      onclosetag(name) {
        if (boxDepth === 0) return;
        boxDepth -= 1;
        if (name === 'dt' && heading !== undefined) {
          kind = KIND_OF_HEADING[heading.trim().toLowerCase()];
          heading = undefined;
        } else if (name === 'a' && link && kind) {
          shown[kind].push({ name: link.text.replace(/\s+/g, ' ').trim(), id: idOf(link.href) });
          link = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return shown;
}

export function countShown(shown: ShownEntities): number {
  return ENTITY_KINDS.reduce((sum, kind) => sum + shown[kind].length, 0);
}
