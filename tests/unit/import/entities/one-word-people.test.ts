/**
 * One-word people (issue 13): a single word is a person only with a person's cue, and never a
 * short reference to someone named in full, an organization's or a place's word, or a group.
 * Each rule has a real example from the Wikinews corpus and an invented one of the same shape.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EntityFinder } from '../../../../src/import/entities/find-entities';
import { loadKnowledge } from '../../../../src/import/entities/knowledge';
import {
  fullNameReferredTo,
  hasPersonEvidence,
  isGroupName,
  isShortFormOfName,
  isWordOfOtherName,
} from '../../../../src/import/entities/one-word-people';
import { prepareStory } from '../../../../src/import/run-import';

const EVAL = fileURLToPath(new URL('../../../fixtures/entity-eval/', import.meta.url));
const knowledge = loadKnowledge(`${EVAL}registry`);

function peopleOf(text: string): string[] {
  const finder = new EntityFinder(knowledge);
  const story = prepareStory(finder, {
    origin: { file: 't' },
    format: 'json-lines',
    sourceId: 't',
    date: '2020-01-01',
    body: text,
  });
  return finder.find(story.text, story.candidates).people.map((person) => person.name);
}

describe('one name, one kind per story', () => {
  it('is not a person where the story names it as an organization or a word of one', () => {
    expect(isWordOfOtherName('Woolworths', ['Woolworths', 'Coles'])).toBe(true);
    expect(isWordOfOtherName('Hamas', ['HAMAS', 'Fatah'])).toBe(true);
    expect(isWordOfOtherName('Salling', ['Tesco', 'Salling Group'])).toBe(true);
    expect(isWordOfOtherName('Brindlow', ['Brindlow Holdings'])).toBe(true);
    expect(isWordOfOtherName('Wiranto', ['Indonesian National Police'])).toBe(false);
  });

  it('is not a person where the registry or another story names it as an organization', () => {
    // Real: "Icelandair said …" in a story that tags no organization.
    const text =
      'Icelandair said flights to London would resume. Icelandair added three routes. ' +
      'Passengers praised Icelandair. "We are pleased," said Icelandair.';
    const withAirline = {
      ...knowledge,
      registry: {
        ...knowledge.registry,
        organizations: [
          ...knowledge.registry.organizations,
          { id: 'icelandair', name: 'Icelandair', aliases: [] },
        ],
      },
    };
    const finder = new EntityFinder(withAirline);
    const story = prepareStory(finder, {
      origin: { file: 't' },
      format: 'json-lines',
      sourceId: 't',
      date: '2020-01-01',
      body: text,
    });
    expect(finder.find(story.text, story.candidates).people).toEqual([]);
    expect(peopleOf(text.replaceAll('Icelandair', 'Vandrell'))).toContain('Vandrell');
  });

  it('is not a person where it is the short form in brackets of a longer name', () => {
    expect(
      isShortFormOfName(
        'Phivolcs',
        'The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the quake.',
      ),
    ).toBe(true);
    // Invented: an agency's short form.
    expect(isShortFormOfName('Marvex', 'the Maritime Vessel Exchange (Marvex) said')).toBe(true);
    expect(isShortFormOfName('Wiranto', 'minister Wiranto (pictured) said')).toBe(false);
  });

  it('is not a person where the story uses it as a body', () => {
    // Invented: a company of one word, spoken for and traded.
    const text =
      'A Brindlow spokesperson said stores would limit sales. Shares of Brindlow fell. ' +
      'Brindlow said supply was fine. Customers queued at Brindlow.';
    expect(hasPersonEvidence('Brindlow', text)).toBe(false);
  });
});

describe('groups are never people', () => {
  it('knows a nationality, a religion, a demonym, an adjective or a group plural', () => {
    for (const word of ['British', 'Turkish', 'Islamic', 'Timorese', 'Islamist', 'Muslims'])
      expect(isGroupName(word, ''), word).toBe(true);
    // "Naxals": the plural of a word the story also writes alone; invented "Vorlans" likewise.
    expect(isGroupName('Naxals', 'Naxal rebels attacked a police post.')).toBe(true);
    expect(isGroupName('Vorlans', 'Vorlan fighters held the pass.')).toBe(true);
    expect(isGroupName('Wiranto', 'Wiranto said so.')).toBe(false);
  });

  it('does not tag "British" as a person of a story', () => {
    const text =
      'British troops left Basra on Monday. Defence Secretary Des Browne said British forces ' +
      'had done their job. British officials said British bases would close.';
    expect(peopleOf(text)).not.toContain('British');
  });
});

describe('a short reference to a person named in full is that person', () => {
  it('finds the full name by its first word, any word without accents, or either surname', () => {
    expect(fullNameReferredTo('Thaksin', ['Thaksin Shinawatra'])).toBe('Thaksin Shinawatra');
    expect(fullNameReferredTo('Tuilaepa', ['Tuilaepa Sailele Malielegaoi'])).toBe(
      'Tuilaepa Sailele Malielegaoi',
    );
    expect(fullNameReferredTo('Erdogan', ['Recep Tayyip Erdoğan'])).toBe('Recep Tayyip Erdoğan');
    expect(fullNameReferredTo('Vázquez', ['Wanda Vázquez Garced'])).toBe('Wanda Vázquez Garced');
    // Invented: a first-name reference in the same shape.
    expect(fullNameReferredTo('Somchai', ['Somchai Rattanakorn'])).toBe('Somchai Rattanakorn');
    expect(fullNameReferredTo('Wiranto', ['Joko Widodo'])).toBeUndefined();
  });

  it('tags Thaksin Shinawatra once, not also "Thaksin"', () => {
    const text =
      'Prime Minister Thaksin Shinawatra denied the rumours on Tuesday. Thaksin said he would ' +
      'not resign. Protesters asked Thaksin to go, but Thaksin told reporters he would stay.';
    const people = peopleOf(text);
    expect(people).toContain('Thaksin Shinawatra');
    expect(people).not.toContain('Thaksin');
  });
});

describe('a one-word person needs a person cue', () => {
  it('keeps a name after a title or next to a verb of speech', () => {
    expect(
      hasPersonEvidence(
        'Wiranto',
        'Indonesian security minister Wiranto was stabbed. Wiranto was taken to hospital. ' +
          'Police said the attacker targeted Wiranto.',
      ),
    ).toBe(true);
    // Invented: a one-name leader who speaks.
    expect(
      hasPersonEvidence(
        'Taravo',
        'Taravo said the rebels would disarm. Fighters loyal to Taravo marched. Taravo met envoys.',
      ),
    ).toBe(true);
  });

  it('takes an apposition or "according to" as a person cue, and ignores a hyphenated ticket', () => {
    expect(
      hasPersonEvidence(
        'Kyanka',
        'According to Kyanka, the account was frozen. Kyanka reconsidered. Kyanka has asked ' +
          'readers to wait.',
      ),
    ).toBe(true);
    expect(
      hasPersonEvidence(
        'Hammons',
        'Hammons, a former Newsweek manager, leads the party. The Hammons-Bodenstab ticket ' +
          'qualified. Hammons embarked on a campaign.',
      ),
    ).toBe(true);
    // Invented: a candidate introduced by an apposition.
    expect(
      hasPersonEvidence('Orlev', 'Orlev, 54, runs a bakery. Orlev opened at dawn. Orlev smiled.'),
    ).toBe(true);
  });

  it('drops a name used only as a modifier or after an article', () => {
    expect(
      hasPersonEvidence(
        'Ebola',
        'Scientists report two treatments for Ebola. The Ebola outbreak has killed 1,800. ' +
          'Ebola patients recovered.',
      ),
    ).toBe(false);
    expect(
      hasPersonEvidence(
        'Novichok',
        'Germany says Navalny was poisoned with Novichok. Novichok poisoning is rare. ' +
          'The Novichok agent was identified.',
      ),
    ).toBe(false);
    // "Novichok, a range of neurotoxins": an apposition with an article alone says what, not who.
    expect(
      hasPersonEvidence(
        'Novichok',
        'Navalny was poisoned with Novichok, a range of neurotoxins. Tests found Novichok in ' +
          'his blood. Officials said Novichok was used.',
      ),
    ).toBe(false);
    // Invented: a storm system written like a name.
    expect(
      hasPersonEvidence(
        'Zephra',
        'The Zephra front moved east. Zephra rains flooded towns. Forecasters tracked the Zephra.',
      ),
    ).toBe(false);
  });

  it('finds the one-name minister through the finder', () => {
    const text =
      'Indonesian security minister Wiranto was stabbed on Thursday. Wiranto was taken to ' +
      'hospital in Jakarta. Officials said Wiranto was conscious.';
    expect(peopleOf(text)).toContain('Wiranto');
  });
});
