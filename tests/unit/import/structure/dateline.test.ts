import { describe, expect, it } from 'vitest';
import { recogniseDateline } from '../../../../src/import/structure/dateline';

describe('dateline', () => {
  // The six forms, and the variants wire copy adds; the story is dated the day after.
  it.each([
    ['Lisbon, April 2. Dockworkers ended a strike.', { place: 'Lisbon', date: '2023-04-02' }],
    [
      'LISBON, Apr. 2 (Reuters) — Dockworkers ended a strike.',
      { place: 'Lisbon', source: 'Reuters', date: '2023-04-02' },
    ],
    [
      'SANTIAGO, Sept. 3 (Xinhua) -- Chile signed a deal.',
      { place: 'Santiago', source: 'Xinhua News Agency', date: '2022-09-03' },
    ],
    [
      'Xinhua News Agency, Changsha, March 22. From March 21 to 22, Li Qiang investigated.',
      { place: 'Changsha', source: 'Xinhua News Agency', date: '2023-03-22' },
    ],
    ["LONDON — Britain's rail union called off a strike.", { place: 'London' }],
    ['Kunming, 2 April: Farmers started planting rice.', { place: 'Kunming', date: '2023-04-02' }],
    [
      'NAIROBI, Kenya, May 5 (AP) — Floods swept through the city.',
      { place: 'Nairobi', source: 'Associated Press', date: '2022-05-05' },
    ],
    [
      'VANCOUVER, April 1 (CP) — The subway extension will open late.',
      { place: 'Vancouver', source: 'The Canadian Press', date: '2023-04-01' },
    ],
    [
      'SYDNEY, Feb. 2 (AAP) — Bushfires closed roads.',
      { place: 'Sydney', source: 'Australian Associated Press', date: '2023-02-02' },
    ],
    [
      'RIYADH, Saudi Arabia (AP) — Saudi Arabia said on Friday that it met its target.',
      { place: 'Riyadh', source: 'Associated Press' },
    ],
    [
      'CAIRO, March 3, 2024 (AFP) - Revenue fell by half.',
      { place: 'Cairo', source: 'Agence France-Presse', date: '2024-03-03' },
    ],
    [
      'SÃO PAULO, Nov. 4 (Reuters) — Petrobras found oil.',
      { place: 'São Paulo', source: 'Reuters', date: '2022-11-04' },
    ],
    // A joining word stays in lower case (held-out-7's first run printed "Rio De Janeiro").
    ['DAR ES SALAAM — The port reopened.', { place: 'Dar es Salaam' }],
    ["Lagos — Nigeria's largest refinery began shipping petrol.", { place: 'Lagos' }],
    [
      'Mexico City, 18 September: The Senate approved a reform.',
      { place: 'Mexico City', date: '2022-09-18' },
    ],
    // a place name joined by a small lower-case word (held-out-4's m16, then two of our own)
    [
      "Dar es Salaam, December 31. Tanzania's ports handled a record 31.2 million tonnes.",
      { place: 'Dar es Salaam', date: '2022-12-31' },
    ],
    [
      'RIO DE JANEIRO, May 3 (Reuters) — Brazil cut rates.',
      { place: 'Rio de Janeiro', source: 'Reuters', date: '2022-05-03' },
    ],
    [
      'Frankfurt am Main, 4 March: The ECB held rates.',
      { place: 'Frankfurt am Main', date: '2023-03-04' },
    ],
    // the abbreviation's full stop ends the dateline
    [
      'Quito, 3 Nov. With three dams running dry, Ecuador ordered power cuts.',
      { place: 'Quito', date: '2022-11-03' },
    ],
  ])('reads %j', (paragraph, expected) => {
    const dateline = recogniseDateline(paragraph, '2023-04-03');
    expect(dateline).toMatchObject(expected);
    expect(dateline?.source).toBe((expected as { source?: string }).source);
    expect(dateline?.date).toBe((expected as { date?: string }).date);
    // The running text starts after the dateline.
    expect(dateline?.rest).toBe(paragraph.replace(/^.*?(?:\.|:|—|--|-) (?=[A-Z])/u, ''));
  });
  it("reads the seed's agency-first dateline and removes it from the paragraph", () => {
    const dateline = recogniseDateline(
      'Xinhua News Agency, Changsha, March 22. From March 21 to 22, Li Qiang investigated.',
      '2023-03-22',
    );
    expect(dateline).toEqual({
      source: 'Xinhua News Agency',
      place: 'Changsha',
      date: '2023-03-22',
      rest: 'From March 21 to 22, Li Qiang investigated.',
    });
  });
  it.each([
    'In Changsha, Li Qiang inspected Changsha BYD Automobile.',
    'Paris, the French capital, will ban rented scooters.',
    "China's central bank kept rates unchanged on Monday.",
    'Voters in Arizona approved a measure on Tuesday.',
    'Shares fell sharply in early trading.',
  ])('leaves %j alone', (paragraph) => {
    expect(recogniseDateline(paragraph, '2023-04-03')).toBeUndefined();
  });
});
