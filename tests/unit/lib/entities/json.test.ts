import { describe, expect, it } from 'vitest';
import { entityJson } from '../../../../src/lib/entities/json';
import { absoluteUrl } from '../../../../src/lib/urls';

const underNews = (path: string) => absoluteUrl(path, '/news/', 'https://example.github.io');

describe('an entity as JSON', () => {
  it('has id, kind, name, other names, its page, and every story as URL, title and date', () => {
    const stories = [
      { id: '2023/03/22-li-qiang', data: { date: '2023-03-22', title: 'Li Qiang in Hunan' } },
    ];
    expect(
      entityJson(
        'people',
        { id: 'li-qiang', name: 'Li Qiang' },
        ['Li Qiang', 'Premier Li Qiang'],
        stories,
        underNews,
      ),
    ).toEqual({
      id: 'li-qiang',
      kind: 'person',
      name: 'Li Qiang',
      aliases: ['Premier Li Qiang'],
      url: 'https://example.github.io/news/people/li-qiang/',
      stories: [
        {
          url: 'https://example.github.io/news/2023/03/22/li-qiang/',
          title: 'Li Qiang in Hunan',
          date: '2023-03-22',
        },
      ],
    });
  });
});
