import { describe, expect, it, vi } from 'vitest';

// content.config.ts imports Astro's virtual module; only its schema is under test here.
vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));

const { collections } = await import('../../src/content.config');
const schema = collections.articles.schema as unknown as import('astro/zod').ZodType;

const valid = { title: 'A headline', date: '2023-03-22' };

describe('article schema', () => {
  it('accepts the minimal article and fills the defaults', () => {
    const parsed = schema.parse(valid) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      title: 'A headline',
      date: '2023-03-22',
      lang: 'en',
      people: [],
      byline: [],
      credits: [],
      captions: [],
    });
  });

  it('refuses a Date object: YAML may already have moved it to another day', () => {
    const result = schema.safeParse({ ...valid, date: new Date(Date.UTC(2023, 2, 2)) });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path[0]).toBe('date');
    expect(result.error!.issues[0]!.message).toContain('real calendar date written YYYY-MM-DD');
  });

  it('accepts safe URLs in every URL field', () => {
    const parsed = schema.parse({
      ...valid,
      url: 'https://en.wikinews.org/wiki/A',
      licenseUrl: 'http://creativecommons.org/licenses/by/2.5/',
      captions: [
        { text: 'A photo.', image: 'images/a.jpg' },
        { text: 'Another.', image: 'https://example.org/b.jpg' },
      ],
    }) as { captions: { image: string }[] };
    expect(parsed.captions.map((caption) => caption.image)).toEqual([
      'images/a.jpg',
      'https://example.org/b.jpg',
    ]);
  });

  it.each([
    [{ date: '2023-02-30' }, ['date'], 'real calendar date'],
    [{ date: '22/03/2023' }, ['date'], 'real calendar date'],
    [{ title: '   ' }, ['title'], 'must not be empty'],
    [{ url: 'not a url' }, ['url'], 'absolute URL'],
    [{ url: 'javascript:alert(1)' }, ['url'], 'must be an http:, https: or mailto: URL'],
    [{ url: 'JAVASCRIPT:alert(1)' }, ['url'], 'must be an http:, https: or mailto: URL'],
    [
      { licenseUrl: 'data:text/html,<script>alert(1)</script>' },
      ['licenseUrl'],
      'must be an http:, https: or mailto: URL',
    ],
    [
      { licenseUrl: 'vbscript:msgbox(1)' },
      ['licenseUrl'],
      'must be an http:, https: or mailto: URL',
    ],
    [
      { captions: [{ text: 'A photo.', image: ' java\tscript:alert(1)' }] },
      ['captions', 0, 'image'],
      'must be an http:, https: or mailto: URL',
    ],
    [
      { captions: [{ text: 'A photo.', image: '&#106;avascript:alert(1)' }] },
      ['captions', 0, 'image'],
      'must be an http:, https: or mailto: URL',
    ],
    [{ lang: 'English' }, ['lang'], 'language tag'],
    [{ slug: 'Not A Slug' }, ['slug'], 'lower-case'],
    [
      { credits: [{ role: 'photographer' }] },
      ['credits', 0, 'name'],
      'expected string, received undefined',
    ],
  ])('rejects %o, naming the field', (override, field, message) => {
    const result = schema.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(field);
    expect(issue.message).toContain(message);
  });

  it('keeps old paths (aliases) as folders of this site, and refuses anything else naming field and entry', () => {
    expect(
      (
        schema.parse({ ...valid, aliases: ['/2019/03/02/old-slug/', ' /stories/42 '] }) as {
          aliases: string[];
        }
      ).aliases,
    ).toEqual(['/2019/03/02/old-slug/', '/stories/42/']);
    for (const bad of [
      'https://example.org/old/',
      '//example.org/old/',
      '/a/../b/',
      '/old?id=3',
      'old/',
    ]) {
      const issue = schema.safeParse({ ...valid, aliases: ['/fine/', bad] }).error!.issues[0]!;
      expect(issue.path, bad).toEqual(['aliases', 1]);
      expect(issue.message).toContain('must be a path of this site');
    }
  });

  it('requires a title and a date', () => {
    const result = schema.safeParse({});
    expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(['date', 'title']);
  });

  it('accepts entity references by name or by name and id', () => {
    const parsed = schema.parse({
      ...valid,
      people: ['Li Qiang', { name: 'John Smith', id: 'john-smith-footballer' }],
    }) as { people: unknown[] };
    expect(parsed.people).toEqual([
      'Li Qiang',
      { name: 'John Smith', id: 'john-smith-footballer' },
    ]);
  });
});
