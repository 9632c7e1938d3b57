import { describe, expect, it, vi } from 'vitest';

// content.config.ts imports Astro's virtual module; only its schema is under test here.
vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));

const { collections } = await import('../../src/content.config');
const schema = collections.articles.schema as unknown as import('astro/zod').ZodType;

const valid = { title: 'A headline', date: '2023-03-22' };

describe('article schema', () => {
  it('accepts the minimal article and fills the defaults', () => {
    const parsed = schema.parse(valid) as Record<string, unknown>;
    expect(parsed).toMatchObject({ title: 'A headline', date: '2023-03-22', lang: 'en', people: [], byline: [], credits: [], captions: [] });
  });

  it('reads bare YAML dates as the calendar day', () => {
    expect((schema.parse({ ...valid, date: new Date(Date.UTC(2023, 2, 22)) }) as { date: string }).date).toBe('2023-03-22');
  });

  it.each([
    [{ date: '2023-02-30' }, ['date'], 'real calendar date'],
    [{ date: '22/03/2023' }, ['date'], 'real calendar date'],
    [{ title: '   ' }, ['title'], 'must not be empty'],
    [{ url: 'not a url' }, ['url'], 'absolute URL'],
    [{ lang: 'English' }, ['lang'], 'language tag'],
    [{ slug: 'Not A Slug' }, ['slug'], 'lower-case'],
    [{ credits: [{ role: 'photographer' }] }, ['credits', 0, 'name'], 'expected string, received undefined'],
  ])('rejects %o, naming the field', (override, field, message) => {
    const result = schema.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(field);
    expect(issue.message).toContain(message);
  });

  it('requires a title and a date', () => {
    const result = schema.safeParse({});
    expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(['date', 'title']);
  });

  it('accepts entity references by name or by name and id', () => {
    const parsed = schema.parse({ ...valid, people: ['Li Qiang', { name: 'John Smith', id: 'john-smith-footballer' }] }) as { people: unknown[] };
    expect(parsed.people).toEqual(['Li Qiang', { name: 'John Smith', id: 'john-smith-footballer' }]);
  });
});
