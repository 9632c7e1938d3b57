import { describe, expect, it } from 'vitest';
import {
  organizationCredit,
  personCredit,
  placeCredit,
  precision,
  recall,
  scoreKind,
  type ShownEntity,
} from '../../../../scripts/eval-site/score';

const shown = (name: string, id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')): ShownEntity => ({
  name,
  id,
});

describe('personCredit', () => {
  it('is a hit for the same name, with or without accents, and for a shorter form with the same last word', () => {
    expect(personCredit(shown('Juan Manuel Santos'), 'Juan Manuel Santos')).toBe(1);
    expect(personCredit(shown('Maria Fernanda Ospina Gomez'), 'María Fernanda Ospina Gómez')).toBe(
      1,
    );
    expect(personCredit(shown('Lula da Silva'), 'Luiz Inacio Lula da Silva')).toBe(1);
  });

  it('gives half for a surname or one word of the name shown alone', () => {
    expect(personCredit(shown('Pelosi'), 'Nancy Pelosi')).toBe(0.5);
    expect(personCredit(shown('Ma'), 'Ma Ying-jeou')).toBe(0.5);
  });

  it('is wrong for a title glued on, a name cut short before its last word, or someone else', () => {
    expect(personCredit(shown('Speaker Margaret Hollis'), 'Margaret Hollis')).toBe(0);
    expect(personCredit(shown('Abdul Rahman bin Saad'), 'Abdul Rahman bin Saad al-Otaibi')).toBe(0);
    expect(personCredit(shown('Margaret Hollis'), 'Paul Whitford')).toBe(0);
  });
});

describe('placeCredit', () => {
  it('needs the very place when the gold gives an id', () => {
    expect(placeCredit({ name: 'Hamilton', id: 'hamilton' }, 'Hamilton#hamilton-ca')).toBe(0);
    expect(placeCredit({ name: 'Hamilton', id: 'hamilton-ca' }, 'Hamilton#hamilton-ca')).toBe(1);
  });

  it('takes the name, or any of its alternatives, when the gold gives none', () => {
    expect(placeCredit({ name: 'Bogota', id: 'bogota' }, 'Bogotá')).toBe(1);
    expect(placeCredit({ name: 'Skye', id: 'skye' }, 'Isle of Skye|Skye')).toBe(1);
    expect(placeCredit({ name: 'Taupo', id: 'taupo' }, 'Lake Taupo')).toBe(0);
  });
});

describe('organizationCredit', () => {
  it('matches a name or an alternative, not a fragment', () => {
    expect(organizationCredit(shown('Cocobod'), 'Ghana Cocoa Board|Cocobod')).toBe(1);
    expect(organizationCredit(shown('Iraqi Ministry'), 'Iraqi Ministry of Health')).toBe(0);
  });
});

describe('scoreKind', () => {
  it('counts partials in precision and recall, and a second name for a found person as wrong', () => {
    const result = scoreKind(
      'people',
      [shown('Ma Ying-jeou'), shown('Hsieh'), shown('Ma'), shown('Presidential Election')],
      ['Ma Ying-jeou', 'Frank Hsieh', 'Vincent Shew'],
    );
    expect(result.credit).toBe(1.5);
    expect(result.predicted).toBe(4);
    expect(result.gold).toBe(3);
    expect(result.partial).toEqual(['Hsieh for Frank Hsieh']);
    expect(result.wrong).toEqual(['Ma (again, for Ma Ying-jeou)', 'Presidential Election']);
    expect(result.missed).toEqual(['Vincent Shew']);
  });

  it('leaves optional names out of both counts', () => {
    const result = scoreKind(
      'places',
      [shown('Berlin'), shown('Soviet Union')],
      ['Berlin'],
      ['Soviet Union'],
    );
    expect(result).toMatchObject({ credit: 1, predicted: 1, wrong: [] });
  });

  it('defines precision and recall on empty sets as 1', () => {
    expect(precision({ credit: 0, predicted: 0, gold: 2, articles: 1 })).toBe(1);
    expect(recall({ credit: 0, predicted: 3, gold: 0, articles: 1 })).toBe(1);
    expect(recall({ credit: 1.5, predicted: 2, gold: 3, articles: 1 })).toBe(0.5);
  });
});
