import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseCaption, recogniseCredit } from '../../../src/import/structure/captions';
import { recogniseDateline } from '../../../src/import/structure/dateline';
import { recogniseStructure } from '../../../src/import/structure/recognise';
import { headlineFromSentence } from '../../../src/import/structure/headline';
import { isPrintableTitle, summaryFromLead, titleFromLead } from '../../../src/import/structure/title-summary';
import { parseRawText } from '../../../src/import/formats/raw-text';

const SEED = new URL('../../fixtures/import/good/000_a146d90ff7dfbf99.txt', import.meta.url);

function seedRecord() {
  const parsed = parseRawText(readFileSync(SEED, 'utf8'), 'seed.txt');
  const record = parsed.records[0];
  if (!record) throw new Error('seed did not parse');
  return record;
}

describe('dateline', () => {
  // The six forms, and the variants wire copy adds; the story is dated the day after.
  it.each([
    ['Lisbon, April 2. Dockworkers ended a strike.', { place: 'Lisbon', date: '2023-04-02' }],
    ['LISBON, Apr. 2 (Reuters) — Dockworkers ended a strike.', { place: 'Lisbon', source: 'Reuters', date: '2023-04-02' }],
    ['SANTIAGO, Sept. 3 (Xinhua) -- Chile signed a deal.', { place: 'Santiago', source: 'Xinhua News Agency', date: '2022-09-03' }],
    ['Xinhua News Agency, Changsha, March 22. From March 21 to 22, Li Qiang investigated.', { place: 'Changsha', source: 'Xinhua News Agency', date: '2023-03-22' }],
    ['LONDON — Britain\'s rail union called off a strike.', { place: 'London' }],
    ['Kunming, 2 April: Farmers started planting rice.', { place: 'Kunming', date: '2023-04-02' }],
    ['NAIROBI, Kenya, May 5 (AP) — Floods swept through the city.', { place: 'Nairobi', source: 'Associated Press', date: '2022-05-05' }],
    ['RIYADH, Saudi Arabia (AP) — Saudi Arabia said on Friday that it met its target.', { place: 'Riyadh', source: 'Associated Press' }],
    ['CAIRO, March 3, 2024 (AFP) - Revenue fell by half.', { place: 'Cairo', source: 'Agence France-Presse', date: '2024-03-03' }],
    ['SÃO PAULO, Nov. 4 (Reuters) — Petrobras found oil.', { place: 'São Paulo', source: 'Reuters', date: '2022-11-04' }],
    ['Lagos — Nigeria\'s largest refinery began shipping petrol.', { place: 'Lagos' }],
    ['Mexico City, 18 September: The Senate approved a reform.', { place: 'Mexico City', date: '2022-09-18' }],
    // the abbreviation's full stop ends the dateline
    ['Quito, 3 Nov. With three dams running dry, Ecuador ordered power cuts.', { place: 'Quito', date: '2022-11-03' }],
  ])('reads %j', (paragraph, expected) => {
    const dateline = recogniseDateline(paragraph, '2023-04-03');
    expect(dateline).toMatchObject(expected);
    expect(dateline?.source).toBe((expected as { source?: string }).source);
    expect(dateline?.date).toBe((expected as { date?: string }).date);
    // The running text starts after the dateline.
    expect(dateline?.rest).toBe(paragraph.replace(/^.*?(?:\.|:|—|--|-) (?=[A-Z])/u, ''));
  });
  it('reads the seed\'s agency-first dateline and removes it from the paragraph', () => {
    const dateline = recogniseDateline('Xinhua News Agency, Changsha, March 22. From March 21 to 22, Li Qiang investigated.', '2023-03-22');
    expect(dateline).toEqual({ source: 'Xinhua News Agency', place: 'Changsha', date: '2023-03-22', rest: 'From March 21 to 22, Li Qiang investigated.' });
  });
  it.each([
    'In Changsha, Li Qiang inspected Changsha BYD Automobile.',
    'Paris, the French capital, will ban rented scooters.',
    'China\'s central bank kept rates unchanged on Monday.',
    'Voters in Arizona approved a measure on Tuesday.',
    'Shares fell sharply in early trading.',
  ])('leaves %j alone', (paragraph) => {
    expect(recogniseDateline(paragraph, '2023-04-03')).toBeUndefined();
  });
});

describe('headline from the lead', () => {
  it.each([
    // past → present; "the port of Lisbon" moves before the noun; articles go; a clause's verb follows
    ['Dockworkers at the port of Lisbon ended a nine-day strike on Tuesday after their union accepted a pay deal that raises wages by 6 percent this year.', 'Lisbon dockworkers end nine-day strike after union accepts pay deal'],
    // future → "to"; closing attribution dropped; cut at a phrase boundary within 80 characters
    ['Yunnan province will build eight new rail lines by 2030 to link its border cities with Laos, Myanmar and Vietnam, the provincial government said on Friday.', 'Yunnan province to build eight new rail lines by 2030 to link border cities'],
    // apposition and weekday dropped
    ['Chile\'s president, Ana María Rojas, met visiting Japanese trade minister Kenji Arai in Santiago on Tuesday to discuss lithium supplies.', 'Chile\'s president meets visiting Japanese trade minister Kenji Arai in Santiago'],
    // opening adverbial dropped; a past tense the tagger reads as a noun ("cut")
    ['Citing weaker exports to Spain and Germany, Portugal\'s central bank cut its growth forecast for 2024 to 1.2 percent on Tuesday, from 1.8 percent in December.', 'Portugal\'s central bank cuts growth forecast for 2024 to 1.2 percent'],
    // "said it had found" → "says it has found"; a descriptor gives way to the name when room is short
    ['Brazilian state oil company Petrobras said on Monday it had found a large oil deposit off the coast of Espírito Santo state, its biggest discovery in the area.', 'Petrobras says it has found large oil deposit off coast of Espírito Santo state'],
    // perfect → present; plural subject
    ['Farmers in southern Yunnan have started planting drought-resistant rice on more than 30,000 hectares after a third dry winter in a row left reservoirs half empty.', 'Farmers in southern Yunnan start planting drought-resistant rice'],
    // a participle describing the subject is not its verb
    ['Twin giant panda cubs born at the Chengdu Research Base of Giant Panda Breeding made their first public appearance on Friday, drawing crowds of visitors despite the summer heat.', 'Twin giant panda cubs make first public appearance'],
    // an object complement ends the headline; "but signaled …" is a clause of its own
    ['The U.S. Federal Reserve held interest rates steady on Wednesday but signaled that it still expects to cut them twice next year as inflation cools.', 'U.S. Federal Reserve holds interest rates steady'],
    // the coordinated verb that has the object
    ['From March 21 to 22, Li Qiang, member of the Standing Committee of the Political Bureau of the CPC Central Committee and Premier of the State Council, investigated and presided over a symposium on the development of advanced manufacturing in Hunan.', 'Li Qiang presides over symposium on development of advanced manufacturing'],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
  });
  it('gives no headline where the lead has no verb to build one on', () => {
    expect(headlineFromSentence('Photos of the week.')).toBeUndefined();
  });
});

describe('titles', () => {
  it('are never a dateline, cut off or over 80 characters', () => {
    for (const title of ['Lisbon, April 2', 'Kunming, 2 April', 'LONDON —', 'The Minister of Commerce of Chile met with the visiting trade delegation from…', 'x'.repeat(81)]) {
      expect(isPrintableTitle(title)).toBe(false);
    }
    expect(isPrintableTitle('Lisbon dockworkers end strike after pay deal')).toBe(true);
  });
  it('fall back to a short, complete phrase when the lead gives no headline', () => {
    const title = titleFromLead(['Photos of the week from the flooded old town of Lisbon.'], undefined, 'Lisbon');
    expect(title).toBe('Photos of the week in Lisbon');
    expect(isPrintableTitle(title)).toBe(true);
  });
});

describe('summaries', () => {
  it('take the lead sentence and the next one when both fit, cut only at a sentence end', () => {
    expect(summaryFromLead(['Prices rose. Shops closed early on Monday.'])).toBe('Prices rose. Shops closed early on Monday.');
    const long = 'A '.repeat(90).trim() + ' sentence.';
    expect(summaryFromLead([`Inflation slowed in April. ${long}`])).toBe('Inflation slowed in April.');
  });
  it('keep an attribution that looks like a title apposition', () => {
    const lead = 'Revenue fell by half, the head of the Suez Canal Authority said on Sunday, as attacks forced ships around Africa.';
    expect(summaryFromLead([lead])).toBe(lead);
  });
});

describe('captions and credits', () => {
  it('splits a caption from the lead copy before it and dates it', () => {
    const caption = recogniseCaption('Li Qiang presided over a symposium. This is March 21. Li Qiang was investigating in Zhuzhou.', '2023-03-22');
    expect(caption).toEqual({ text: 'Li Qiang was investigating in Zhuzhou.', date: '2023-03-21', before: 'Li Qiang presided over a symposium.' });
  });
  it('dates a December photo in a January story in the year before', () => {
    expect(recogniseCaption('This is December 30. Crowds.', '2024-01-02')?.date).toBe('2023-12-30');
  });
  it('reads photographer credits', () => {
    expect(recogniseCredit('Photo by Xinhua News Agency reporter Rao Aimin')).toEqual({ names: ['Rao Aimin'], role: 'photographer', agency: 'Xinhua News Agency' });
    expect(recogniseCredit('Photo by Jane Doe and John Roe')?.names).toEqual(['Jane Doe', 'John Roe']);
    expect(recogniseCredit('Photo by the way, this is not a credit line at all because it goes on')).toBeUndefined();
  });
});

describe('the seed article', () => {
  const structure = recogniseStructure(seedRecord());
  it('finds source, dateline, captions and credits', () => {
    expect(structure.source).toBe('Xinhua News Agency');
    expect(structure.dateline).toBe('Changsha');
    expect(structure.credits).toEqual([{ name: 'Rao Aimin', role: 'photographer' }]);
    expect(structure.captions).toEqual([
      { text: 'Li Qiang was investigating in Zhuzhou Cemented Carbide Group.', date: '2023-03-21', credit: 'Rao Aimin' },
      { text: 'Li Qiang was investigating in Changsha Lens Technology Co., Ltd.', date: '2023-03-22', credit: 'Rao Aimin' },
    ]);
  });
  it('keeps captions, credits, the dateline and repeated leads out of the running text', () => {
    const body = structure.paragraphs.join('\n\n');
    expect(structure.paragraphs).toHaveLength(6);
    expect(structure.paragraphs[0]).toMatch(/^From March 21 to 22, Li Qiang, member of/);
    expect(body).not.toMatch(/This is March|Photo by|Xinhua News Agency, Changsha|21st to 22nd/);
    expect(structure.paragraphs.at(-1)).toBe('Wu Zhenglong accompanied the investigation.');
  });
  it('makes a title and a summary from the lead', () => {
    // The person formula wins for a story that keeps naming one person doing one thing…
    expect(titleFromLead(structure.paragraphs, 'Li Qiang', 'Hunan')).toBe('Li Qiang inspects advanced manufacturing in Hunan');
    // …the lead alone gives this.
    expect(titleFromLead(structure.paragraphs)).toBe('Li Qiang presides over symposium on development of advanced manufacturing');
    expect(summaryFromLead(structure.paragraphs)).toBe(
      'From March 21 to 22, Li Qiang investigated and presided over a symposium on the development of advanced manufacturing in Hunan.',
    );
  });
  it('makes a headline of a short lead without a main person', () => {
    expect(titleFromLead(['Heavy rain flooded the old town on Monday. Shops closed.'])).toBe('Heavy rain floods old town');
  });
});
