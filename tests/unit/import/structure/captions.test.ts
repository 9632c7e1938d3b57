import { describe, expect, it } from 'vitest';
import {
  recogniseCaption,
  recogniseCredit,
  recogniseLoneCaption,
} from '../../../../src/import/structure/captions';

describe('captions and credits', () => {
  it('splits a caption from the lead copy before it and dates it', () => {
    const caption = recogniseCaption(
      'Li Qiang presided over a symposium. This is March 21. Li Qiang was investigating in Zhuzhou.',
      '2023-03-22',
    );
    expect(caption).toEqual({
      text: 'Li Qiang was investigating in Zhuzhou.',
      date: '2023-03-21',
      before: 'Li Qiang presided over a symposium.',
    });
  });
  it('dates a December photo in a January story in the year before', () => {
    expect(recogniseCaption('This is December 30. Crowds.', '2024-01-02')?.date).toBe('2023-12-30');
  });
  it('reads photographer credits', () => {
    expect(recogniseCredit('Photo by Xinhua News Agency reporter Rao Aimin')).toEqual({
      names: ['Rao Aimin'],
      role: 'photographer',
      agency: 'Xinhua News Agency',
    });
    expect(recogniseCredit('Photo by Jane Doe and John Roe')?.names).toEqual([
      'Jane Doe',
      'John Roe',
    ]);
    expect(
      recogniseCredit('Photo by the way, this is not a credit line at all because it goes on'),
    ).toBeUndefined();
  });

  it('reads a credit line with the agency after the name: the photographer is no story person', () => {
    // Real (held-out-2 stories).
    expect(recogniseCredit('Photo: Christoph Soeder / dpa')).toEqual({
      names: ['Christoph Soeder'],
      role: 'photographer',
      agency: 'dpa',
    });
    expect(recogniseCredit('Photo by Juan Pablo Pino for Reuters')?.agency).toBe('Reuters');
    expect(recogniseCredit('Photo: Stephen Davison / Pacemaker Press')?.agency).toBe(
      'Pacemaker Press',
    );
    // Invented.
    expect(recogniseCredit('Photo: Maria Kestrel / Tolvan Press Agency')?.names).toEqual([
      'Maria Kestrel',
    ]);
    expect(recogniseCredit('Photo by Jane Doe forever and ever')).toBeUndefined();
    // Real (held-out-4 stories): a name with a particle, the agency after a bare slash.
    expect(recogniseCredit('Photo by Haitham al-Rawahi/AFP')).toEqual({
      names: ['Haitham al-Rawahi'],
      role: 'photographer',
      agency: 'AFP',
    });
    expect(recogniseCredit('Photo: Bandar al-Dossari/AFP')?.names).toEqual(['Bandar al-Dossari']);
    // Invented.
    expect(recogniseCredit('Photo: Saeed bin Rashid / Gulf Pictures')?.names).toEqual([
      'Saeed bin Rashid',
    ]);
  });

  describe('a caption standing alone above the lead', () => {
    it('is one sentence closing on the photo date (held-out-4 m01, and one of our own)', () => {
      expect(
        recogniseLoneCaption(
          "A researcher adjusts an optical bench at the quantum information laboratory in Hefei, east China's Anhui Province, June 8, 2026.",
          'Xinhua News Agency, Hefei, June 9. Chinese physicists have kept a quantum memory working.',
        )?.date,
      ).toBe('2026-06-08');
      expect(
        recogniseLoneCaption(
          'Fishermen unload their catch at the harbour of Nouakchott, Mauritania, Feb. 3, 2025.',
          'NOUAKCHOTT, Feb. 4 (AFP) — Mauritania banned octopus fishing for two months.',
        )?.text,
      ).toMatch(/^Fishermen unload/);
    });
    it('is one sentence followed by a credit line (held-out-4 m07, and one of our own)', () => {
      expect(
        recogniseLoneCaption(
          "Combine harvesters pick cotton in a field in Shawan City, northwest China's Xinjiang Uygur Autonomous Region.",
          'Photo by Xinhua News Agency reporter Ding Lei',
        ),
      ).toBeDefined();
      expect(
        recogniseLoneCaption(
          'Riot police stand guard outside parliament in Lima.',
          'Photo by Ana Torres',
        ),
      ).toBeDefined();
    });
    it('is never a lead that names its source, though a credit follows (held-out-5 n07, and one of our own)', () => {
      expect(
        recogniseLoneCaption(
          'A reusable rocket built by the Beijing-based start-up Xingtu Aerospace landed upright on a barge in the Yellow Sea on Tuesday after sending four remote-sensing satellites into orbit, the first time a Chinese rocket has been recovered at sea after an orbital launch, the company said.',
          'Photo: Xingtu Aerospace',
        ),
      ).toBeUndefined();
      expect(
        recogniseLoneCaption(
          'Lima lifted its curfew on Sunday after a week of calm, the interior ministry said on Monday.',
          'Photo by Ana Torres',
        ),
      ).toBeUndefined();
    });
    it('is never a lead that goes on, nor a sentence without a date or credit', () => {
      expect(
        recogniseLoneCaption(
          'Peru raised its minimum wage on Friday. The rise takes effect in January.',
          'Photo by Ana Torres',
        ),
      ).toBeUndefined();
      expect(
        recogniseLoneCaption('Peru raised its minimum wage on Friday.', 'The rise takes effect.'),
      ).toBeUndefined();
    });
  });
});
