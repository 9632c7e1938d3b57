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
    // issue 14: a long description of the subject goes before anything else, and the subject meets its main verb (held-out-5 n22, n04; then our own)
    [
      'Ingrid Haller, a 46-year-old Austrian conductor who started her career as a viola player in the orchestra of the Vienna State Opera, spent a decade leading opera houses in Scandinavia and now runs the Gothenburg Opera, will become the first woman to direct the Vienna house in its 157-year history, the culture ministry said on Monday.',
      'Ingrid Haller will become the first woman to direct the Vienna house in its 157-year history, the culture ministry said on Monday.',
    ],
    [
      'Shen Guoliang, an academician of the Chinese Academy of Engineering and a hydraulic engineer who spent six decades building the seawalls that protect the cities of the Qiantang River estuary from its famous tidal bore, died of illness in Hangzhou on Oct. 9 at the age of 93, Zhejiang University announced on Saturday.',
      'Shen Guoliang died of illness in Hangzhou on Oct. 9 at the age of 93, Zhejiang University announced on Saturday.',
    ],
    [
      "Marta Quispe, a 38-year-old agronomist who grew up on a potato farm near Puno, studied in Lima and Wageningen and has spent ten years breeding frost-resistant varieties, was named Peru's agriculture minister on Thursday, the president's office said.",
      "Marta Quispe was named Peru's agriculture minister on Thursday, the president's office said.",
    ],
    // issue 14: an attribution goes whole, a speaker with commas in its name and a bare weekday too (n27, n30; then our own)
    [
      'As temperatures passed 52 degrees Celsius for a third day in a row, Kuwait began rolling power cuts in 20 residential areas on Wednesday to keep the national grid from collapsing, the Ministry of Electricity, Water and Renewable Energy said.',
      'As temperatures passed 52 degrees Celsius for a third day in a row, Kuwait began rolling power cuts in 20 residential areas on Wednesday to keep the national grid from collapsing.',
    ],
    [
      'Schools across the north of the country will stay closed until the end of the week because of heavy snow that has cut off hundreds of villages and left thousands of homes without power, the Department of Education, Culture and Sport said.',
      'Schools across the north of the country will stay closed until the end of the week because of heavy snow that has cut off hundreds of villages and left thousands of homes without power.',
    ],
    [
      "The Broadway subway extension in Vancouver will open in late 2027, a year later than planned, and will cost $3.6 billion, about $700 million more than the last estimate, British Columbia's transportation minister said Wednesday.",
      'The Broadway subway extension in Vancouver will open in late 2027, a year later than planned, and will cost $3.6 billion, about $700 million more than the last estimate.',
    ],
    [
      "The new bridge over the Danube at Braila will open to traffic in June, three months later than planned, and will charge a toll of 15 lei for cars, about half the ferry fare it replaces, Romania's transport minister said Thursday.",
      'The new bridge over the Danube at Braila will open to traffic in June, three months later than planned, and will charge a toll of 15 lei for cars, about half the ferry fare it replaces.',
    ],
    // issue 14: an aside that another apposition follows is not an aside; the closing apposition goes instead (n15; then our own)
    [
      'Brazilian planemaker Embraer SA won the largest order in its history on Wednesday, a deal for 60 E195-E2 jets worth $5.3 billion at list prices from AeroAndes, a low-cost airline being set up by investors in Peru and Colombia.',
      'Brazilian planemaker Embraer SA won the largest order in its history on Wednesday, a deal for 60 E195-E2 jets worth $5.3 billion at list prices from AeroAndes.',
    ],
    [
      'The Danish shipping group Maersk signed the biggest charter in its history on Monday, a ten-year contract for 12 methanol-powered container ships worth $2.1 billion from Seaspan, a Canadian ship owner being listed in Hong Kong next year.',
      'The Danish shipping group Maersk signed the biggest charter in its history on Monday, a ten-year contract for 12 methanol-powered container ships worth $2.1 billion from Seaspan.',
    ],
    // issue 14: the second verb of an "after" clause goes (n18; then our own)
    [
      'Costa Rican authorities evacuated about 3,200 people from villages around the Poás volcano on Wednesday after a series of explosions sent ash and rock more than 4 kilometres into the sky and coated coffee farms and dairy pastures in grey dust.',
      'Costa Rican authorities evacuated about 3,200 people from villages around the Poás volcano on Wednesday after a series of explosions sent ash and rock more than 4 kilometres into the sky.',
    ],
    [
      'Rescue teams in northern Pakistan searched for 40 missing people on Sunday after a glacial lake burst its banks above the Hunza valley and swept away two bridges and dozens of houses along the Karakoram Highway on its way down to the river.',
      'Rescue teams in northern Pakistan searched for 40 missing people on Sunday after a glacial lake burst its banks above the Hunza valley.',
    ],
    // issue 14: ", the first time …" says what the news means and goes after the attribution (n07; then our own)
    [
      'A reusable rocket built by the Beijing-based start-up Xingtu Aerospace landed upright on a barge in the Yellow Sea on Tuesday after sending four remote-sensing satellites into orbit, the first time a Chinese rocket has been recovered at sea after an orbital launch, the company said.',
      'A reusable rocket built by the Beijing-based start-up Xingtu Aerospace landed upright on a barge in the Yellow Sea on Tuesday after sending four remote-sensing satellites into orbit.',
    ],
    [
      'A team of surgeons at a hospital in Lyon transplanted a lab-grown windpipe into a 61-year-old patient with throat cancer on Friday after months of tests on the tissue, the first time such an operation has been carried out in Europe, the hospital said.',
      'A team of surgeons at a hospital in Lyon transplanted a lab-grown windpipe into a 61-year-old patient with throat cancer on Friday after months of tests on the tissue.',
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
