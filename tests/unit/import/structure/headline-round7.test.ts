/**
 * Headline round 7 (issue 14): rules found on held-out-4 … held-out-6. Each rule has the real
 * lead it was found on and one invented lead of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { headlineFromSentence } from '../../../../src/import/structure/headline';
import { headlineFaults } from '../../../../src/import/structure/headline-check';
import { obituaryHeadline } from '../../../../src/import/structure/obituary';
import { shorterSentence } from '../../../../src/import/structure/shorter-sentence';
import { summaryFromLead } from '../../../../src/import/structure/title-summary';

describe('headline round 7', () => {
  it('makes a hazard that kills, with a closing toll, the subject of "kills"', () => {
    expect(
      headlineFromSentence(
        'A wildfire fanned by gale-force winds swept down the hills behind the Croatian coastal city of Split on Tuesday, killing two firefighters and forcing about 2,000 people to leave their homes and a campsite, officials said.',
      ),
    ).toBe('Wildfire kills two firefighters in Split');
    // The toll's own place ("in the state of Guerrero") before the last one the clause named.
    expect(
      headlineFromSentence(
        "A magnitude 6.9 earthquake struck off Mexico's Pacific coast on Saturday, killing at least six people in the state of Guerrero and sending residents of the capital running into the streets.",
      ),
    ).toBe('Magnitude 6.9 earthquake kills at least six in Guerrero');
    expect(
      headlineFromSentence(
        'A powerful storm tore through villages in northern Bangladesh on Friday night, killing at least 14 people and flattening hundreds of homes, officials said.',
      ),
    ).toBe('Powerful storm kills at least 14 in Bangladesh');
    // A bus is no hazard: its event stays.
    expect(
      headlineFromSentence(
        'A bus plunged into a ravine in the Andes on Monday, killing 23 passengers, police said.',
      ),
    ).toBe('Bus plunges into ravine in Andes, killing 23 passengers');
  });

  it('reads an obituary whose description has commas of its own, and the age in the lead', () => {
    expect(
      obituaryHeadline(
        "Adama Keïta, the Malian filmmaker whose slow, patient films about village life along the Niger River won the top prize at Africa's biggest film festival and made him one of the pioneers of West African cinema, has died in Bamako at the age of 81, his family said Tuesday.",
      ),
    ).toBe('Adama Keïta, Malian filmmaker, dies at 81');
    expect(
      obituaryHeadline(
        'Maria Lopes, the Portuguese singer who recorded fado, jazz and bossa nova for six decades, died on Sunday in Lisbon, aged 88.',
      ),
    ).toBe('Maria Lopes, Portuguese singer, dies at 88');
  });

  it.each([
    // held-out-6 p05, p07, p29, p17; then our own of the same shape
    [
      'When Northeast China Tiger and Leopard National Park was formally established',
      'a subordinate clause without a main one',
    ],
    ['As floodwaters rose across the delta', 'a subordinate clause without a main one'],
    ['First of them begins classes there', 'a pronoun for its subject'],
    ['Two of them resign from cabinet', 'a pronoun for its subject'],
    [
      'Rules, which take effect for spring season lose deposit of $4,000',
      'a relative clause without its verb',
    ],
    ['Ministers, who met in Oslo sign fishing pact', 'a relative clause without its verb'],
    [
      "Brazil's Supreme Federal Court rules that drivers and couriers who find work",
      'a relative clause without its verb',
    ],
    ['Tribunal rules that farmers who grow hemp', 'a relative clause without its verb'],
  ])('%s: %s', (headline, fault) => {
    expect(headlineFaults(headline)).toContain(fault);
  });

  it('passes a relative clause or a "that" clause that has its verb', () => {
    expect(headlineFaults('Court upholds law that bans smoking in bars')).toEqual([]);
    expect(headlineFaults('Police arrest man who stabbed three in Leeds')).toEqual([]);
    expect(headlineFaults('After floods, Malawi asks for aid')).toEqual([]);
  });

  it('drops a closing "under …" phrase from a long summary sentence', () => {
    expect(
      shorterSentence(
        'Climbers who want to attempt Mount Everest from Nepal will first have to prove that they have reached the summit of at least one other Nepali peak higher than 7,000 meters, under rules approved by the government on Wednesday that officials say will reduce the crowding and deaths that have marred recent climbing seasons.',
        220,
      ),
    ).toBe(
      'Climbers who want to attempt Mount Everest from Nepal will first have to prove that they have reached the summit of at least one other Nepali peak higher than 7,000 meters.',
    );
    expect(
      shorterSentence(
        'Restaurants in Lisbon with more than 50 seats will have to publish the origin of the fish and meat on every menu and display the allergens of each dish at the door, under a municipal regulation adopted on Thursday after two years of consultation with owners.',
        200,
      ),
    ).toBe(
      'Restaurants in Lisbon with more than 50 seats will have to publish the origin of the fish and meat on every menu and display the allergens of each dish at the door.',
    );
  });

  it('sums up a quote lead too long to keep by the news it came with, attributed', () => {
    expect(
      summaryFromLead([
        "“Kilimanjaro is not a theme park, and the men and women who carry loads up its slopes are not going to be replaced by a cable,” Tanzania's tourism minister, Joseph Mkumbo, said Tuesday as the government abandoned a plan to build a cable car on Africa's highest mountain.",
      ]),
    ).toBe(
      "The government abandoned a plan to build a cable car on Africa's highest mountain, Tanzania's tourism minister, Joseph Mkumbo, said Tuesday.",
    );
    // "the carrier" is the organisation in the speaker's title.
    expect(
      summaryFromLead([
        '"Our passengers have waited for this for twenty years, and from next week they will be able to fly from Accra to Nairobi without stopping in Addis Ababa or Johannesburg," Africa World Airlines chief executive Ama Boateng said on Monday, as the carrier opened its first direct route to East Africa.',
      ]),
    ).toBe(
      'Africa World Airlines opened its first direct route to East Africa, Africa World Airlines chief executive Ama Boateng said on Monday.',
    );
  });

  it("makes the speaker the subject of their own deed, never its source ('said … as he resigned')", () => {
    // Real (held-out-7's q13, judged blind: "He resigned …, the minister said" changed the story).
    expect(
      summaryFromLead([
        '"I cannot ask families to sit in the dark and keep my chair at the same time," Mauritius\'s Minister of Energy and Public Utilities, Dev Lallbeeharry, said on Monday as he resigned after a week of power cuts that left much of the island without electricity for up to eight hours a day.',
      ]),
    ).toBe(
      "Mauritius's Minister of Energy and Public Utilities, Dev Lallbeeharry, resigned after a week of power cuts that left much of the island without electricity for up to eight hours a day.",
    );
    expect(
      summaryFromLead([
        '"This club gave me everything I have, and it is time for somebody younger to give it everything they have in return," the Zorvath United coach, Ana Kestrel, said on Friday as she stepped down after eleven seasons in charge of the team.',
      ]),
    ).toBe(
      'The Zorvath United coach, Ana Kestrel, stepped down after eleven seasons in charge of the team.',
    );
  });

  it('names a people by their region, without its designation, before the verb', () => {
    expect(
      headlineFromSentence(
        "Helped by a long, warm autumn and a new generation of harvesting machines, farmers in northwest China's Xinjiang Uygur Autonomous Region are expected to bring in a record 5.9 million tonnes of cotton this year.",
      ),
    ).toBe('Xinjiang farmers expected to bring in record 5.9 million tonnes of cotton');
    expect(
      headlineFromSentence(
        "Rescuers in southwest China's Sichuan Province pulled 12 people from the rubble on Monday.",
      ),
    ).toBe('Sichuan rescuers pull 12 people from rubble');
    // A place of three words is a name, not a place and its designation.
    expect(
      headlineFromSentence('Farmers in New South Wales have planted a record wheat crop.'),
    ).toBe('New South Wales farmers plant record wheat crop');
  });

  it('keeps the place of a subject shortened to its head, a direction from a city as "near"', () => {
    expect(
      headlineFromSentence(
        "Fourteen miners who had been trapped underground for three days at a gold mine west of Johannesburg were brought to the surface alive on Wednesday, the mine's operator said.",
      ),
    ).toBe('Fourteen miners near Johannesburg brought to surface alive');
    expect(
      headlineFromSentence(
        'Nine climbers who had been stranded for two days on a glacier north of Innsbruck were flown to safety by helicopter on Sunday, police said.',
      ),
    ).toBe('Nine climbers near Innsbruck flown to safety by helicopter');
    // A head of one word keeps its place too.
    expect(
      headlineFromSentence(
        'A teenager who was swept out to sea while swimming off a beach in Durban on Sunday was found alive 14 hours later clinging to a buoy, the National Sea Rescue Institute said.',
      ),
    ).toBe('Teenager in Durban found alive 14 hours later clinging to buoy');
  });

  it('names "the two countries" and makes what they agreed the news', () => {
    expect(
      headlineFromSentence(
        "Tadesse Worku, Ethiopia's minister of transport and logistics, who has led talks with Djibouti on access to the sea for more than a year, said on Tuesday that the two countries had agreed to build a second railway line linking Addis Ababa with the Red Sea coast.",
      ),
    ).toBe('Ethiopia and Djibouti agree to build second railway line linking Addis Ababa');
    expect(
      headlineFromSentence(
        'Foreign Minister Ana Costa of Chile, after two days of talks with Peru, said on Friday that the two countries would reopen their border.',
      ),
    ).toBe('Foreign Minister Ana Costa of Chile says Chile and Peru will reopen border');
    expect(
      headlineFromSentence(
        'The chief executive of the Lagos port authority, Ade Balogun, said on Monday that Maersk and MSC had agreed to move their West African hub operations to the new deep-sea port at Lekki.',
      ),
    ).toBe('Maersk and MSC agree to move West African hub operations to new deep-sea port');
  });

  it('keeps the weekday a preposition needs, and the "New" of a name', () => {
    // a Wikinews lead of the corpus; then our own
    expect(
      headlineFromSentence(
        "The men have been held since Friday as part of the Howard Government's Pacific Solution to keep asylum seekers out of the country.",
      ),
    ).toBe("Men held since Friday as part of Howard Government's Pacific Solution");
    expect(
      headlineFromSentence(
        'Heavy rain that has fallen on western Japan since Thursday has triggered landslides that buried dozens of homes, officials said on Saturday.',
      ),
    ).toBe('Heavy rain that has fallen on western Japan since Thursday triggers landslides');
    // held-out-4 m40's second sentence; then our own
    expect(
      headlineFromSentence(
        'On Tuesday, the government said it would spend 420 million New Zealand dollars (about 240 million U.S. dollars) to build a new water supply for the city.',
      ),
    ).toBe('Government says it will spend 420 million New Zealand dollars');
    expect(
      headlineFromSentence(
        'Air New Zealand will spend 900 million New Zealand dollars on a new fleet of new long-range jets for new routes to South America and the new airport in Western Sydney, the airline said.',
      ),
    ).toBe('Air New Zealand to spend 900 million New Zealand dollars');
  });

  it('drops a closing relative clause whose verb is one of saying or an irregular past', () => {
    expect(
      shorterSentence(
        'More than 200 migrants, most of them from Sudan and Eritrea, were rescued from an overcrowded wooden boat off the Libyan coast on Sunday by a charity ship operated by Doctors Without Borders, which said the boat had been adrift for two days without water and that three children were treated for dehydration.',
        220,
      ),
    ).toBe(
      'More than 200 migrants, most of them from Sudan and Eritrea, were rescued from an overcrowded wooden boat off the Libyan coast on Sunday by a charity ship operated by Doctors Without Borders.',
    );
    expect(
      shorterSentence(
        'Engineers in Rotterdam finished raising the last section of the new Maeslant storm barrier on Tuesday after eleven years of construction and repeated delays caused by flooding, which brought the total cost of the project to more than 2 billion euros according to the water authority.',
        200,
      ),
    ).toBe(
      'Engineers in Rotterdam finished raising the last section of the new Maeslant storm barrier on Tuesday after eleven years of construction and repeated delays caused by flooding.',
    );
  });

  it('joins no parties with the "and" a "between" needs', () => {
    // a Wikinews lead of the corpus; then our own
    expect(
      headlineFromSentence(
        'Fighting between the government forces and the LTTE has escalated since a cease-fire ended in January.',
      ),
    ).toBe('Fighting between government forces and LTTE escalates');
    expect(
      headlineFromSentence(
        'Heavy fighting between the army and a paramilitary group broke out on Saturday in the Sudanese city of El Fasher.',
      ),
    ).toMatch(/^Heavy fighting between army and paramilitary group breaks out\b/u);
  });

  it('headlines a quote lead by the news it came with when that names who acted', () => {
    // practice round1 p04; then our own
    expect(
      headlineFromSentence(
        '"We are not going to sell our cocoa below cost," Ghana Cocoa Board chief executive Randy Abbey told farmers on Friday, as the regulator raised the farm-gate price by 45 percent for the coming season.',
      ),
    ).toBe('Ghana Cocoa Board raises farm-gate price by 45 percent for coming season');
    expect(
      headlineFromSentence(
        '"We are not going anywhere," said Maria Fernandes, a 62-year-old fish seller who has worked at the Bolhão market in Porto for 40 years, as the city council announced on Monday that the market would close for two years of renovation.',
      ),
    ).toBe('City council says market will close for two years of renovation');
    // A quote lead with no news clause keeps its quote.
    expect(
      headlineFromSentence(
        '"We will not accept this deal," union leader Ana Silva told reporters.',
      ),
    ).toBe('Union leader Ana Silva says "We will not accept this deal"');
  });

  it('sums up a long quote lead with the verb before its speaker by its news, which names its own speaker', () => {
    expect(
      summaryFromLead([
        '"We are not going anywhere," said Maria Fernandes, a 62-year-old fish seller who has worked at the Bolhão market in Porto for 40 years, as the city council announced on Monday that the market would close for two years of renovation.',
      ]),
    ).toBe(
      'The city council announced on Monday that the market would close for two years of renovation.',
    );
  });

  it('reads a past tense the tagger took for a noun: "burst", and "rose" after a name\'s noun', () => {
    // dev d08's second paragraph; then our own
    expect(
      headlineFromSentence(
        'The Nairobi River burst its banks after the heaviest rainfall in a single night since records began, the Kenya Meteorological Department said.',
      ),
    ).toMatch(/^Nairobi River bursts banks after heaviest rainfall/u);
    expect(
      headlineFromSentence(
        'After weeks of heavy rain, the Danube burst its banks near the Hungarian town of Mohács on Sunday, flooding hundreds of homes, local officials said.',
      ),
    ).toBe('Danube bursts banks near Hungarian town of Mohács, flooding hundreds of homes');
    expect(
      headlineFromSentence(
        'The price of a barrel of Brent crude rose above $90 on Monday for the first time in five months after attacks on tankers in the Red Sea disrupted shipping.',
      ),
    ).toBe('Price of barrel of Brent crude rises above $90 for first time in five months');
  });
});
