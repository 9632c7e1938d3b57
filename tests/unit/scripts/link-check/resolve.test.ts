import { describe, expect, it } from 'vitest';
import { fileForPath, pageUrl, resolveReference } from '../../../../scripts/link-check/resolve';

const NEWS = { origin: 'https://example.github.io', basePath: '/news/' };

describe('resolving references under a base path', () => {
  it('serves pages at their folder URL', () => {
    expect(pageUrl('people/index.html', NEWS).href).toBe('https://example.github.io/news/people/');
    expect(pageUrl('404.html', NEWS).href).toBe('https://example.github.io/news/404.html');
  });

  it('maps root-relative, relative and absolute same-origin URLs into dist/', () => {
    expect(resolveReference('/news/people/li-qiang/', 'index.html', NEWS)).toEqual({
      kind: 'internal',
      path: 'people/li-qiang/',
      fragment: '',
    });
    expect(resolveReference('../places/#map', 'people/index.html', NEWS)).toEqual({
      kind: 'internal',
      path: 'places/',
      fragment: 'map',
    });
    expect(resolveReference('https://example.github.io/news/', 'a/index.html', NEWS)).toEqual({
      kind: 'internal',
      path: '',
      fragment: '',
    });
  });

  it('flags a link that forgot the base path, javascript: URLs, and tells other hosts apart', () => {
    expect(resolveReference('/people/', 'index.html', NEWS).kind).toBe('outside-base');
    expect(resolveReference('javascript:alert(1)', 'index.html', NEWS).kind).toBe('script');
    expect(resolveReference('https://other.example/x.png', 'index.html', NEWS).kind).toBe(
      'external',
    );
    expect(resolveReference('mailto:desk@example.org', 'index.html', NEWS).kind).toBe('external');
  });

  it('finds the file a static host would serve', () => {
    const files = new Set(['index.html', 'people/index.html', 'favicon.svg']);
    const exists = (file: string) => files.has(file);
    expect(fileForPath('', exists)).toBe('index.html');
    expect(fileForPath('people/', exists)).toBe('people/index.html');
    expect(fileForPath('people', exists)).toBe('people/index.html');
    expect(fileForPath('favicon.svg', exists)).toBe('favicon.svg');
    expect(fileForPath('places/', exists)).toBeUndefined();
  });
});
