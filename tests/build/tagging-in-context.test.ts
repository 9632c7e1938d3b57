/**
 * What a reader sees of who and where: the "In this story" box of each article
 * of the tagging fixture, whose registry holds a town called March, one called
 * Union and one called Clinton, and the entity indexes built from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/builds';

let dist: string;
beforeAll(() => {
  dist = ensureBuilt('tagging');
});

/** The entity paths an article page links from its "In this story" box. */
function taggedOn(articlePath: string): string[] {
  const document = parseDocument(readFileSync(path.join(dist, articlePath, 'index.html'), 'utf8'));
  const box = DomUtils.findOne(
    (element) => element.attribs['class'] === 'entity-box',
    document.children,
  );
  if (!box) return [];
  return DomUtils.findAll((element) => element.name === 'a', box.children)
    .map((link) => link.attribs['href'] ?? '')
    .sort();
}

function indexed(kind: string): string[] {
  const document = parseDocument(readFileSync(path.join(dist, kind, 'index.html'), 'utf8'));
  return DomUtils.findAll(
    (element) =>
      element.name === 'a' &&
      /^\/(?:people|places|organizations)\/[^/]+\/$/.test(element.attribs['href'] ?? ''),
    document.children,
  )
    .map((link) => link.attribs['href'] ?? '')
    .sort();
}

describe('tagging in context, as the built site shows it', () => {
  it('"From March 21 to 22" and "the European Union" tag neither March nor Union; "Clinton said" is Hillary Clinton', () => {
    expect(taggedOn('2023/03/22/trade-ministers-meet-in-brussels')).toEqual([
      '/organizations/european-union/',
      '/people/hillary-clinton/',
      '/places/brussels/',
    ]);
  });

  it('the same names tag a story that gives them a place cue', () => {
    expect(taggedOn('2024/02/05/floods-reach-march-and-temple')).toEqual([
      '/places/cambridgeshire/',
      '/places/clinton/',
      '/places/march/',
      '/places/temple/',
    ]);
  });

  it('no month or common word is listed among the places without a story that means it', () => {
    expect(indexed('places')).toEqual([
      '/places/brussels/',
      '/places/cambridgeshire/',
      '/places/clinton/',
      '/places/march/',
      '/places/temple/',
    ]);
  });
});
