import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseCaption, recogniseCredit } from '../../../src/import/structure/captions';
import { recogniseDateline } from '../../../src/import/structure/dateline';
import { recogniseStructure } from '../../../src/import/structure/recognise';
import { summaryFromLead, titleFromLead } from '../../../src/import/structure/title-summary';
import { parseRawText } from '../../../src/import/formats/raw-text';

const SEED = new URL('../../fixtures/import/good/000_a146d90ff7dfbf99.txt', import.meta.url);

function seedRecord() {
  const parsed = parseRawText(readFileSync(SEED, 'utf8'), 'seed.txt');
  const record = parsed.records[0];
  if (!record) throw new Error('seed did not parse');
  return record;
}

describe('dateline', () => {
  it('reads agency-first datelines and removes them from the paragraph', () => {
    const dateline = recogniseDateline('Xinhua News Agency, Changsha, March 22. From March 21 to 22, Li Qiang investigated.');
    expect(dateline).toEqual({ source: 'Xinhua News Agency', place: 'Changsha', rest: 'From March 21 to 22, Li Qiang investigated.' });
  });
  it('reads place-first wire datelines', () => {
    expect(recogniseDateline('NEW YORK, March 3 (Reuters) -- Stocks rose.')).toEqual({ source: 'Reuters', place: 'New York', rest: 'Stocks rose.' });
  });
  it('leaves ordinary paragraphs alone', () => {
    expect(recogniseDateline('In Changsha, Li Qiang inspected Changsha BYD Automobile.')).toBeUndefined();
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
    expect(titleFromLead(structure.paragraphs, 'Li Qiang', 'Hunan')).toBe('Li Qiang inspects advanced manufacturing in Hunan');
    expect(summaryFromLead(structure.paragraphs)).toBe(
      'From March 21 to 22, Li Qiang investigated and presided over a symposium on the development of advanced manufacturing in Hunan.',
    );
  });
  it('falls back to the first sentence without a main person', () => {
    expect(titleFromLead(['Heavy rain flooded the old town on Monday. Shops closed.'])).toBe('Heavy rain flooded the old town on Monday');
  });
});
