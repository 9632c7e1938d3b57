import { describe, expect, it } from 'vitest';
import { createEntityResolver, type RegistryByKind } from '../../../../src/lib/entities/resolver';

const registry: RegistryByKind = {
  people: [
    { id: 'li-qiang', name: 'Li Qiang', aliases: ['Premier Li Qiang'] },
    { id: 'john-smith', name: 'John Smith', aliases: [] },
    { id: 'john-smith-2', name: 'John Smith', aliases: [] },
  ],
  places: [
    { id: 'hunan', name: 'Hunan', aliases: ['Huxiang'] },
    { id: 'washington-d-c', name: 'Washington, D.C.', aliases: ['Washington'] },
  ],
  organizations: [{ id: 'hunan-university', name: 'Hunan University', aliases: [] }],
};

describe('entity resolver', () => {
  const resolver = createEntityResolver(registry);

  it('resolves frontmatter names, aliases and titled variants to one id', () => {
    expect(resolver.resolveReference('people', 'Li Qiang')).toEqual({
      kind: 'people',
      id: 'li-qiang',
      name: 'Li Qiang',
    });
    expect(resolver.resolveReference('people', 'Premier Li Qiang')?.id).toBe('li-qiang');
    expect(resolver.resolveReference('people', 'Vice Premier Li Qiang')?.id).toBe('li-qiang');
    expect(resolver.resolveReference('places', 'Huxiang')).toEqual({
      kind: 'places',
      id: 'hunan',
      name: 'Hunan',
    });
  });

  it('gives names the registry does not know their own slug', () => {
    expect(resolver.resolveReference('people', 'Wu Zhenglong')).toEqual({
      kind: 'people',
      id: 'wu-zhenglong',
      name: 'Wu Zhenglong',
    });
    // "Li Qiang" followed by more words is someone or something else.
    expect(resolver.resolveReference('people', 'Li Qiang Jr Foundation')?.id).toBe(
      'li-qiang-jr-foundation',
    );
    expect(resolver.resolveReference('people', '!!!')).toBeUndefined();
  });

  it('tells apart entities of the same name by the id the article gives', () => {
    expect(resolver.resolveReference('people', { name: 'John Smith', id: 'john-smith-2' })).toEqual(
      { kind: 'people', id: 'john-smith-2', name: 'John Smith' },
    );
    expect(resolver.resolveReference('people', { name: 'John Smith', id: 'john-smith' })?.id).toBe(
      'john-smith',
    );
  });

  it('resolves a name within its kind only', () => {
    expect(resolver.resolveReference('people', 'Washington')?.id).toBe('washington');
    expect(resolver.resolveReference('places', 'Washington')?.id).toBe('washington-d-c');
  });

  it('finds every registered entity in a text, longest name first across kinds, each once', () => {
    const found = resolver.entitiesInText(
      'Premier Li Qiang visited Hunan University in Huxiang. Li Qiang left. John Smith stayed.',
    );
    expect(found.map((entity) => `${entity.kind}/${entity.id}`)).toEqual([
      'people/li-qiang',
      'organizations/hunan-university',
      'places/hunan',
    ]);
  });
});
