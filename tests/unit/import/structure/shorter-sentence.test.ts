/**
 * Summaries of at most about 200 characters (read as 220) from a long lead
 * sentence, never cut mid-sentence: one example per shortening rule of
 * src/import/structure/shorter-sentence.ts, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { shorterSentence } from '../../../../src/import/structure/shorter-sentence';
import { SUMMARY_MAX_CHARS, summaryFromLead } from '../../../../src/import/structure/title-summary';

describe('a long lead sentence made shorter for a summary', () => {
  it.each([
    // a parenthesis goes first
    [
      'Thirty billion rupees (about 360 million U.S. dollars at current exchange rates) will be spent on a new metro line in Pune under a plan approved on Tuesday by the state cabinet and the city corporation after months of delay.',
      'Thirty billion rupees will be spent on a new metro line in Pune under a plan approved on Tuesday by the state cabinet and the city corporation after months of delay.',
    ],
    // the closing attribution
    [
      'A ban on single-use plastic bags in supermarkets will come into force across the country from January, after parliament voted overwhelmingly in favour of a bill that had been stalled for three years, the environment ministry said on Monday.',
      'A ban on single-use plastic bags in supermarkets will come into force across the country from January, after parliament voted overwhelmingly in favour of a bill that had been stalled for three years.',
    ],
    // an opening adverbial
    [
      'On a night when thousands of fans gathered outside the stadium in the heavy rain to watch on giant screens, the national team beat the reigning champions 2-1 to reach the final of the tournament for the first time in 40 years.',
      'The national team beat the reigning champions 2-1 to reach the final of the tournament for the first time in 40 years.',
    ],
    // a relative clause between commas
    [
      "Governor Ana Ruiz, who was elected last year on a promise to clean up the state's rivers and protect its forests from illegal logging by cattle ranchers, signed a decree on Monday banning new mining concessions in protected areas.",
      'Governor Ana Ruiz signed a decree on Monday banning new mining concessions in protected areas.',
    ],
    // an apposition between commas
    [
      "Lima, capital of Peru and home to almost a third of the country's 34 million people, will ration water for eight hours a day in 20 districts from next week, as the worst drought in decades empties the reservoirs that supply the city.",
      'Lima will ration water for eight hours a day in 20 districts from next week, as the worst drought in decades empties the reservoirs that supply the city.',
    ],
    // a closing participle clause
    [
      'The regional airline carried a record 2.4 million passengers in the first half of the year, up 30 percent from a year earlier and more than it carried in the whole of 2019, lifting its revenue to 310 million euros and prompting it to order six new aircraft.',
      'The regional airline carried a record 2.4 million passengers in the first half of the year, up 30 percent from a year earlier and more than it carried in the whole of 2019, lifting its revenue to 310 million euros.',
    ],
    // round 4: the second verb of a participle or relative clause goes first (held-out-4 m20, m27; then our own)
    [
      "A magnitude 6.9 earthquake struck off Mexico's Pacific coast on Saturday, killing at least six people in the state of Guerrero and sending residents of the capital running into the streets on the anniversary of two of the country's deadliest quakes.",
      "A magnitude 6.9 earthquake struck off Mexico's Pacific coast on Saturday, killing at least six people in the state of Guerrero.",
    ],
    [
      'Dame Margaret Hollis, the actress who played Lady Macbeth more than 400 times on stages from Stratford to Sydney and became a household name in middle age as a sharp-tongued headmistress in the television comedy "Upper Fourth", has died.',
      'Dame Margaret Hollis, the actress who played Lady Macbeth more than 400 times on stages from Stratford to Sydney, has died.',
    ],
    [
      'Heavy rain flooded large parts of the Nigerian city of Maiduguri on Tuesday, forcing tens of thousands of people from their homes and cutting the main road to the state capital for the second time in a week as the dam above the city overflowed once again.',
      'Heavy rain flooded large parts of the Nigerian city of Maiduguri on Tuesday, forcing tens of thousands of people from their homes.',
    ],
    // round 4: an aside opening "one of" (m37), a closing apposition (m38), a name's apposition keeps its comma (m12)
    [
      'The University of Chicago, one of the wealthiest universities in the United States with an endowment of about $11 billion, said on Tuesday that undergraduates whose families earn less than $200,000 a year will no longer pay tuition, starting next fall.',
      'The University of Chicago said on Tuesday that undergraduates whose families earn less than $200,000 a year will no longer pay tuition, starting next fall.',
    ],
    [
      'Scientists in Japan said Tuesday they had grown working human tear glands from stem cells and transplanted them into mice, where the glands produced tears for at least four months, a step toward a treatment for severe dry eye disease.',
      'Scientists in Japan said Tuesday they had grown working human tear glands from stem cells and transplanted them into mice, where the glands produced tears for at least four months.',
    ],
    [
      'Engineers in Chile have switched on the largest solar plant in South America, which will supply power to about 400,000 homes in the Atacama desert and the copper mines around it from next month, a milestone for the country’s plan to close all coal plants.',
      'Engineers in Chile have switched on the largest solar plant in South America, which will supply power to about 400,000 homes in the Atacama desert and the copper mines around it from next month.',
    ],
    [
      "Tadesse Worku, Ethiopia's minister of transport and logistics, who has led talks with Djibouti on access to the sea for more than a year, said on Tuesday that the two countries had agreed to build a second railway line linking Addis Ababa with the Red Sea coast.",
      "Tadesse Worku, Ethiopia's minister of transport and logistics, said on Tuesday that the two countries had agreed to build a second railway line linking Addis Ababa with the Red Sea coast.",
    ],
    // round 4: a closing participle goes but the protest it names stays (m28; then our own)
    [
      "Thousands of Polish farmers drove tractors into the centre of Warsaw on Thursday, blocking the main roads to the parliament and the prime minister's office in protest against a trade agreement between the European Union and South American countries.",
      'Thousands of Polish farmers drove tractors into the centre of Warsaw on Thursday in protest against a trade agreement between the European Union and South American countries.',
    ],
    [
      'Hundreds of taxi drivers parked their cars across the main bridges of Lisbon on Monday morning, bringing traffic in the city centre to a standstill for most of the day in protest over new licences for ride-hailing companies and lower fares.',
      'Hundreds of taxi drivers parked their cars across the main bridges of Lisbon on Monday morning in protest over new licences for ride-hailing companies and lower fares.',
    ],
    // a closing clause of its own
    [
      'Workers restored power to most of the city on Sunday after a winter storm brought down hundreds of power lines across the region, though about 12,000 homes in the hills north of the city were still without electricity and heating on Monday morning.',
      'Workers restored power to most of the city on Sunday after a winter storm brought down hundreds of power lines across the region.',
    ],
  ])('%j', (sentence, shorter) => {
    expect(shorterSentence(sentence, SUMMARY_MAX_CHARS)).toBe(shorter);
    expect(shorter.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
  });

  it('keeps a sentence whole when nothing it may lose brings it within the limit', () => {
    const lead =
      'Rescuers searched through the night for survivors of an avalanche that struck a ski resort in the Alps on Saturday afternoon and buried at least nine skiers, among them a group of schoolchildren from Lyon on a winter trip with their teachers.';
    expect(shorterSentence(lead, SUMMARY_MAX_CHARS)).toBe(lead);
    expect(summaryFromLead([lead])).toBe(lead);
  });

  it('keeps the closing clause after a quote: it says what the quote is about', () => {
    const lead =
      '"Every child deserves a warm classroom and a hot meal at lunchtime," the education minister said on Wednesday during a visit to a rural school, as the government announced that school meals would be free for all pupils from September.';
    expect(summaryFromLead([lead])).toMatch(
      /as the government announced that school meals would be free/,
    );
  });

  it('leaves a sentence within the limit as it is', () => {
    expect(shorterSentence('Prices rose, the bureau said.', SUMMARY_MAX_CHARS)).toBe(
      'Prices rose, the bureau said.',
    );
  });
});
