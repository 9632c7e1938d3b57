import { describe, expect, it } from 'vitest';
import { fillCoordinates } from '../../../../src/lib/maps/place-coordinates';

describe('place coordinates', () => {
  const gazetteer = [
    {
      id: 'changsha',
      name: 'Changsha',
      country: 'CN',
      latitude: 28.2,
      longitude: 112.97,
      population: 100,
    },
    {
      id: 'shanghai',
      name: 'Shanghai',
      country: 'CN',
      latitude: 31.2,
      longitude: 121.5,
      population: 1000,
    },
    {
      id: 'springfield-us',
      name: 'Springfield',
      country: 'US',
      latitude: 39.8,
      longitude: -89.6,
      population: 10,
    },
  ];

  it('takes the gazetteer by id, then by name and country, then a country’s largest city, then the mean of places inside', () => {
    const filled = fillCoordinates(
      [
        { id: 'changsha', name: 'Changsha', kind: 'city', parent: 'hunan' },
        { id: 'springfield', name: 'Springfield', kind: 'city', country: 'US' },
        { id: 'china', name: 'China', kind: 'country', country: 'CN' },
        { id: 'hunan', name: 'Hunan', kind: 'region', parent: 'china' },
        {
          id: 'zhuzhou',
          name: 'Zhuzhou',
          kind: 'city',
          parent: 'hunan',
          latitude: 27.8,
          longitude: 113.0,
        },
        { id: 'atlantis', name: 'Atlantis', kind: 'other' },
      ],
      gazetteer,
    );
    const at = (id: string) => filled.find((place) => place.id === id);
    expect(at('changsha')).toMatchObject({ latitude: 28.2, longitude: 112.97 });
    expect(at('springfield')).toMatchObject({ latitude: 39.8, longitude: -89.6 });
    expect(at('china')).toMatchObject({ latitude: 31.2, longitude: 121.5 });
    expect(at('hunan')!.latitude).toBeCloseTo(28.0);
    expect(at('hunan')!.longitude).toBeCloseTo(112.985);
    expect(at('zhuzhou')).toMatchObject({ latitude: 27.8, longitude: 113.0 });
    expect(at('atlantis')!.latitude).toBeUndefined();
  });
});
