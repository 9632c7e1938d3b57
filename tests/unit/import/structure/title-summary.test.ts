import { describe, expect, it } from 'vitest';
import {
  isPrintableTitle,
  summaryFromLead,
  titleFromLead,
} from '../../../../src/import/structure/title-summary';

describe('titles', () => {
  it('are never a dateline, cut off or over 80 characters', () => {
    for (const title of [
      'Lisbon, April 2',
      'Kunming, 2 April',
      'LONDON —',
      'The Minister of Commerce of Chile met with the visiting trade delegation from…',
      'x'.repeat(81),
    ]) {
      expect(isPrintableTitle(title)).toBe(false);
    }
    expect(isPrintableTitle('Lisbon dockworkers end strike after pay deal')).toBe(true);
  });
  it('fall back to a short, complete phrase when the lead gives no headline', () => {
    const title = titleFromLead(
      ['Photos of the week from the flooded old town of Lisbon.'],
      undefined,
      'Lisbon',
    );
    expect(title).toBe('Photos of the week in Lisbon');
    expect(isPrintableTitle(title)).toBe(true);
  });
});

describe('summaries', () => {
  it('take the lead sentence and the next one when both fit, cut only at a sentence end', () => {
    expect(summaryFromLead(['Prices rose. Shops closed early on Monday.'])).toBe(
      'Prices rose. Shops closed early on Monday.',
    );
    const long = 'A '.repeat(90).trim() + ' sentence.';
    expect(summaryFromLead([`Inflation slowed in April. ${long}`])).toBe(
      'Inflation slowed in April.',
    );
  });
  it('keep an attribution that looks like a title apposition', () => {
    const lead =
      'Revenue fell by half, the head of the Suez Canal Authority said on Sunday, as attacks forced ships around Africa.';
    expect(summaryFromLead([lead])).toBe(lead);
  });
});
