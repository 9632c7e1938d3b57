import { describe, expect, it } from 'vitest';
import { isSafeUrl, unsafeUrlReason, urlScheme } from '../../../src/lib/safe-url';

describe('isSafeUrl', () => {
  it.each([
    'https://example.org/a?b=1&c=2#d',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:desk@example.org?subject=Hi',
    '/2023/03/22/story/',
    '../2020/',
    'images/photo.jpg',
    '#background',
    '?page=2',
    '//cdn.example.org/a.png',
    'a/b:c',
    '',
    'https://example.org/&amp;x',
  ])('allows %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u200bscript:alert(1)',
    'java\u202escript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58alert(1)',
    '&amp;#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'ftp://example.org/',
    ':no-scheme',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
    expect(unsafeUrlReason(url)).toMatch(/^unsafe URL scheme ".*:"/);
  });

  it('names the scheme it refused, read as a browser would', () => {
    expect(urlScheme(' Java\tScript:alert(1)')).toBe('javascript');
    expect(urlScheme('/path:with-colon')).toBeUndefined();
    expect(unsafeUrlReason('https://example.org')).toBeUndefined();
  });
});
