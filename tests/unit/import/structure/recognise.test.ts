import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseStructure } from '../../../../src/import/structure/recognise';
import { summaryFromLead, titleFromLead } from '../../../../src/import/structure/title-summary';
import { parseRawText } from '../../../../src/import/formats/raw-text';

const SEED = new URL('../../../fixtures/import/good/000_a146d90ff7dfbf99.txt', import.meta.url);

function seedRecord() {
  const parsed = parseRawText(readFileSync(SEED, 'utf8'), 'seed.txt');
  const record = parsed.records[0];
  if (!record) throw new Error('seed did not parse');
  return record;
}

describe('the seed article', () => {
  const structure = recogniseStructure(seedRecord());
  it('finds source, dateline, captions and credits', () => {
    expect(structure.source).toBe('Xinhua News Agency');
    expect(structure.dateline).toBe('Changsha');
    expect(structure.credits).toEqual([{ name: 'Rao Aimin', role: 'photographer' }]);
    expect(structure.captions).toEqual([
      {
        text: 'Li Qiang was investigating in Zhuzhou Cemented Carbide Group.',
        date: '2023-03-21',
        credit: 'Rao Aimin',
      },
      {
        text: 'Li Qiang was investigating in Changsha Lens Technology Co., Ltd.',
        date: '2023-03-22',
        credit: 'Rao Aimin',
      },
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
    expect(titleFromLead(structure.paragraphs, 'Li Qiang', 'Hunan')).toBe(
      'Li Qiang inspects advanced manufacturing in Hunan',
    );
    // …the lead alone gives this.
    expect(titleFromLead(structure.paragraphs)).toBe(
      'Li Qiang presides over symposium on development of advanced manufacturing',
    );
    expect(summaryFromLead(structure.paragraphs)).toBe(
      'From March 21 to 22, Li Qiang investigated and presided over a symposium on the development of advanced manufacturing in Hunan.',
    );
  });
  it('makes a headline of a short lead without a main person', () => {
    expect(titleFromLead(['Heavy rain flooded the old town on Monday. Shops closed.'])).toBe(
      'Heavy rain floods old town',
    );
  });
});

describe('a photo caption above the lead', () => {
  it('goes to the captions, and the dateline is read from the lead after it', () => {
    const parsed = parseRawText(
      'date 2025-02-05\n\nFishermen unload their catch at the harbour of Nouakchott, Mauritania, Feb. 3, 2025.\n\nPhoto by Ana Torres\n\nNOUAKCHOTT, Feb. 4 (AFP) — Mauritania banned octopus fishing for two months on Tuesday.\n\nThe ban starts in May.\n',
      'caption.txt',
    );
    const record = parsed.records[0];
    if (!record) throw new Error('did not parse');
    const structure = recogniseStructure(record);
    expect(structure.dateline).toBe('Nouakchott');
    expect(structure.captions[0]).toMatchObject({ date: '2025-02-03', credit: 'Ana Torres' });
    expect(structure.paragraphs[0]).toMatch(/^Mauritania banned octopus/);
    expect(titleFromLead(structure.paragraphs)).toMatch(/^Mauritania bans octopus fishing/);
  });
});
