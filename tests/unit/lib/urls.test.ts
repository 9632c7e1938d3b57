import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../../src/lib/urls';

describe('urls', () => {
  it('prefixes the base path', () => {
    expect(withBase('/people/li-qiang/', '/news/')).toBe('/news/people/li-qiang/');
    expect(withBase('/', '/')).toBe('/');
    expect(absoluteUrl('/a/', '/news/', 'https://example.org')).toBe('https://example.org/news/a/');
  });
});
