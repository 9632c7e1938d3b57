import { describe, expect, it } from 'vitest';
import { readEntityBox } from '../../../../scripts/eval-site/entity-box';

describe('readEntityBox', () => {
  it('reads the links of "In this story" by heading, with the id each link points at, and nothing else', () => {
    const html = `<main><p><a class="entity-mention" href="/news/places/march/">March</a></p>
      <aside class="entity-box" aria-labelledby="in-this-story"><h2 id="in-this-story">In this story</h2><dl>
      <dt>People</dt><dd><ul><li><a href="/news/people/chan-tai-man/">Chan Tai-man</a></li></ul></dd>
      <dt>Places</dt><dd><ul><li><a href="/news/places/hamilton-ca/">Hamilton</a></li><li><a href="/news/places/sao-paulo/">S&atilde;o Paulo</a></li></ul></dd>
      <dt>Organizations</dt><dd><ul><li><a href="/news/organizations/african-union/">African Union</a></li></ul></dd>
      </dl></aside><footer><a href="/news/places/union/">Union</a></footer></main>`;
    expect(readEntityBox(html)).toEqual({
      people: [{ name: 'Chan Tai-man', id: 'chan-tai-man' }],
      places: [
        { name: 'Hamilton', id: 'hamilton-ca' },
        { name: 'São Paulo', id: 'sao-paulo' },
      ],
      organizations: [{ name: 'African Union', id: 'african-union' }],
    });
  });

  it('finds nothing on a page without the box', () => {
    expect(readEntityBox('<main><h1>A story</h1></main>')).toEqual({
      people: [],
      places: [],
      organizations: [],
    });
  });
});
