/**
 * Headline round 9 (issue 14): a headline that names no one and nowhere takes the story's place.
 * Each rule has the real lead it was found on and one invented lead of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { withStoryPlace } from '../../../../src/import/structure/headline-place';
import { titleFromLead } from '../../../../src/import/structure/title-summary';

describe('headline round 9: the where', () => {
  it('puts a town before a plain plural subject ("Jinan buses …")', () => {
    const lead =
      'For the first time in China, buses with no safety driver on board began carrying fare-paying passengers on a regular city route on Sunday, as ten electric minibuses entered service on a 17-kilometer line in Jinan, the capital of Shandong Province.';
    expect(titleFromLead([lead], undefined, 'Shandong Province', ['Jinan', 'China'], 'Jinan')).toBe(
      'Jinan buses with no safety driver on board begin carrying fare-paying passengers',
    );
    expect(
      withStoryPlace(
        'Trams with no conductor begin carrying passengers',
        'Trams with no conductor began carrying passengers on Monday on a new line in Porto.',
        'Trams with no conductor began carrying passengers on Monday on a new line in Porto.',
        ['Porto'],
      ),
    ).toBe('Porto trams with no conductor begin carrying passengers');
  });

  it('adds "in <place>" after a subject no place can stand before, the town before the country', () => {
    const lead =
      "Construction of the first of two new reactors at Hungary's Paks nuclear power plant has passed its halfway mark, and the operator expects it to start supplying electricity to the grid in 2031.";
    expect(
      withStoryPlace('Construction of first of two new reactors passes halfway mark', lead, lead, [
        'Hungary',
        'Paks',
      ]),
    ).toBe('Construction of first of two new reactors passes halfway mark in Paks');
    const invented =
      'Construction of the second runway at the airport near Gdansk in Poland has been completed, the operator said.';
    expect(
      withStoryPlace('Construction of second runway completed', invented, invented, [
        'Poland',
        'Gdansk',
      ]),
    ).toBe('Construction of second runway completed near Gdansk');
  });

  it('replaces a closing phrase that names no place when the place will not fit after it', () => {
    const lead =
      'Construction of a 3.5-billion-dollar rail causeway linking Bahrain to Saudi Arabia was launched on Monday at a ceremony on the Bahraini coast.';
    expect(
      withStoryPlace(
        'Construction of 3.5-billion-dollar rail causeway launched at ceremony',
        lead,
        lead,
        ['Bahrain', 'Saudi Arabia'],
      ),
    ).toBe('Construction of 3.5-billion-dollar rail causeway launched at ceremony in Bahrain');
    expect(
      withStoryPlace(
        'Construction of 12-kilometre motorway bridge over strait launched at ceremony',
        'Construction of a 12-kilometre motorway bridge over the strait was formally launched at a ceremony in Messina on Friday.',
        '',
        ['Messina'],
      ),
    ).toBe('Construction of 12-kilometre motorway bridge over strait launched in Messina');
  });

  it('leaves a headline that names someone, and never uses either place of "between X and Y"', () => {
    const story =
      'Hidroituango, the hydroelectric dam on the Cauca River, reached its full capacity.\n\n"For many years Hidroituango was a word that frightened people."';
    expect(
      withStoryPlace(
        'Hidroituango reaches full capacity of 2,400 megawatts',
        story.split('\n')[0] ?? '',
        story,
        ['Cauca River'],
      ),
    ).toBe('Hidroituango reaches full capacity of 2,400 megawatts');
    const tunnel =
      'Tunnel-boring machines drilling under the Alps between France and Italy on Monday broke through the last section of rock.';
    expect(
      withStoryPlace('Tunnel-boring machines break through last section of rock', tunnel, tunnel, [
        'France',
        'Italy',
      ]),
    ).toBe('Tunnel-boring machines break through last section of rock');
  });
});
