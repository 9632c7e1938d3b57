import { describe, expect, it } from 'vitest';
import { entityFeedPath, entityPath } from '../../../../src/lib/entities/urls';
import { entitySearchPath } from '../../../../src/lib/search/links';

describe('entity URLs', () => {
  it('places pages, feeds and searches', () => {
    expect(entityPath('people', 'li-qiang')).toBe('/people/li-qiang/');
    expect(entityPath('places', 'hunan', 3)).toBe('/places/hunan/page/3/');
    expect(entityFeedPath('organizations', 'state-council')).toBe(
      '/organizations/state-council/rss.xml',
    );
    expect(entitySearchPath('people', 'li-qiang')).toBe('/search/?person=li-qiang');
    expect(entitySearchPath('places', 'hunan')).toBe('/search/?place=hunan');
    expect(entitySearchPath('organizations', 'state-council')).toBe(
      '/search/?organization=state-council',
    );
  });
});
