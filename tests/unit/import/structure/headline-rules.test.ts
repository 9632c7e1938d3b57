/**
 * The headline rules for the shapes of news leads beyond the tuning set: attribution,
 * passive voice, quotes, reported speech, openings with a verb, long subjects, and
 * cuts that keep the point. One example per rule (the README's "Headlines" list);
 * the leads were written for these tests, not taken from the judged raw set.
 */
import { describe, expect, it } from 'vitest';
import {
  headlineFromSentence,
  MAX_HEADLINE_CHARS,
} from '../../../../src/import/structure/headline';

describe('headline rules for news leads in general', () => {
  it.each([
    // an opening prepositional phrase goes even with a verb in it
    [
      "In a ruling published on Monday, Spain's Supreme Court ordered the government to return 1.2 billion euros in taxes collected from electricity companies.",
      "Spain's Supreme Court orders government to return 1.2 billion euros in taxes",
    ],
    // an attribution that says where it was said goes
    [
      'Egyptian authorities have arrested 14 people suspected of smuggling antiquities out of the country, the interior ministry said in a statement on Saturday.',
      'Egyptian authorities arrest 14 people suspected of smuggling antiquities',
    ],
    // a relative clause after the subject goes
    [
      'Colombian President Gustavo Petro, who took office in 2022 promising an end to oil exploration, on Friday defended his energy policy before Congress.',
      'Colombian President Gustavo Petro defends energy policy before Congress',
    ],
    // the agent of a passive verb becomes its subject
    [
      'The Greek government has been accused by opposition parties of hiding the true cost of a new submarine contract, in a row that threatens to split the ruling coalition.',
      'Opposition parties accuse Greek government of hiding cost of submarine contract',
    ],
    // a passive with a number after "by" keeps its form
    [
      'Bus fares in Lagos were raised by 50 percent on Monday.',
      'Lagos bus fares raised by 50 percent',
    ],
    // a lead that opens with a quote
    [
      '"We will not accept this deal," Italian farm union leader Ettore Prandini told reporters on Tuesday, as tractors blocked roads into the capital for a third day.',
      'Italian farm union leader Ettore Prandini says "We will not accept this deal"',
    ],
    // reported speech in the present: would → will
    [
      'German Chancellor Olaf Scholz said on Friday he would call a confidence vote in parliament in January, paving the way for early elections.',
      'German Chancellor Olaf Scholz says he will call confidence vote in parliament',
    ],
    // "reported" a thing stays a verb, not "says"
    [
      "Brazil's largest meatpacker JBS reported a 40 percent drop in second-quarter profit on Wednesday, blaming higher cattle prices in the United States.",
      "Brazil's largest meatpacker JBS reports 40 percent drop in second-quarter profit",
    ],
    // a second verb after "and" takes the present too
    [
      'A chemical plant explosion killed three workers and injured 17 others early Sunday, local authorities said.',
      'Chemical plant explosion kills three workers and injures 17 others',
    ],
    // a noun the tagger read as a verb before a past tense it read as a noun
    [
      'According to the Ghana Statistical Service, consumer prices rose 23.1 percent in April from a year earlier, the slowest pace in 18 months.',
      'Consumer prices rise 23.1 percent in April from a year earlier',
    ],
    // a crowd is plural
    [
      'Thousands of miners walked off the job at platinum mines near Rustenburg on Wednesday.',
      'Thousands of miners walk off job at platinum mines near Rustenburg',
    ],
    // a subject with a participle agrees with its head
    [
      "A bus carrying 40 passengers plunged into a ravine in Peru's southern Andes on Sunday, killing at least 24 people, police said.",
      "Bus carrying 40 passengers plunges into ravine in Peru's southern Andes",
    ],
    // a name is singular
    [
      'Delta Air Lines canceled more than 1,000 flights on Monday as it struggled to restore systems knocked out by a global technology outage.',
      'Delta Air Lines cancels over 1,000 flights',
    ],
    // "more than N" becomes "over N"; leave … keeps its complement
    [
      'A winter storm left more than 400,000 homes and businesses in Texas without power on Tuesday as temperatures fell below freezing across the state.',
      'Winter storm leaves over 400,000 homes and businesses in Texas without power',
    ],
    // leave … loses the phrase between object and complement when room is short
    [
      'A powerful earthquake left more than 12,000 people in the mountain villages of western Nepal without shelter on Sunday, officials said.',
      'Powerful earthquake leaves over 12,000 people without shelter',
    ],
    // an owner stands for its institution when room is short
    [
      "Uganda's energy ministry said on Monday it had awarded a contract to build a 60,000 barrels-a-day oil refinery to a consortium led by a UAE-based company.",
      'Uganda says it has awarded contract to build 60,000 barrels-a-day oil refinery',
    ],
    // an owner and its name move before a head noun
    [
      "Copper output at Chile's state-owned Codelco fell 9 percent in the first half of the year to its lowest level in a quarter of a century, the company said in a statement.",
      'Codelco copper output falls 9 percent in first half of year to lowest level',
    ],
    // a closing time phrase may go to keep the whole subject
    [
      'More than 2,000 hectares of desert in Gansu province have been turned into solar farms over the past three years, the provincial energy bureau said on Wednesday.',
      'Over 2,000 hectares of desert in Gansu province turned into solar farms',
    ],
    // never ends on a preposition
    [
      "Mexico's lower house approved a sweeping overhaul of the judiciary early on Wednesday under which all judges, including Supreme Court justices, would be elected by popular vote.",
      "Mexico's lower house approves sweeping overhaul of judiciary",
    ],
    // a cut after a participle's noun: "suspected of"
    [
      'Egyptian police have detained 14 people suspected of smuggling antiquities out of the country and across the border into Libya.',
      'Egyptian police detain 14 people suspected of smuggling antiquities',
    ],
    // no cut inside "bronze and jade objects"; a shorter subject keeps the place (round 7: before the head)
    [
      'Archaeologists in Shaanxi province have discovered a 2,000-year-old tomb containing more than 400 bronze and jade objects, the provincial cultural heritage bureau said on Saturday.',
      'Shaanxi archaeologists discover 2,000-year-old tomb',
    ],
    // a crowd keeps what it is made of when its place goes
    [
      'Thousands of miners at the Sibanye-Stillwater platinum operations near Rustenburg walked off the job on Wednesday, demanding a 15 percent wage increase.',
      'Thousands of miners walk off job, demanding 15 percent wage increase',
    ],
    // a shorter subject for a crowd described by an adjective
    [
      'Protesters angry over the rising cost of living clashed with police in several Nigerian cities on Thursday, the first day of planned ten days of demonstrations.',
      'Protesters clash with police in several Nigerian cities',
    ],
    // "will" with an adverb is still the future
    [
      'Qatar will more than double its liquefied natural gas production capacity by the end of the decade, energy minister Saad al-Kaabi said on Sunday.',
      'Qatar to more than double liquefied natural gas production capacity',
    ],
    // "will not" keeps its negation
    [
      'Kenya will not renew the contract of the Chinese company that runs the port of Mombasa, the transport ministry said.',
      'Kenya will not renew contract of Chinese company that runs port of Mombasa',
    ],
    // "a second" loses its article, "for a second day" keeps it
    [
      'Saudi Arabia plans to raise 12 billion dollars from a second share sale in oil giant Aramco, according to three people familiar with the matter.',
      'Saudi Arabia plans to raise 12 billion dollars from second share sale',
    ],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  });
  it('never ends a headline on a preposition, article or conjunction', () => {
    const leads = [
      "Mexico's lower house approved a sweeping overhaul of the judiciary early on Wednesday under which all judges would be elected by popular vote.",
      'The Greek government has been accused by opposition parties of hiding the true cost of a new submarine contract.',
      'Archaeologists in Shaanxi province have discovered a 2,000-year-old tomb containing more than 400 bronze and jade objects.',
    ];
    for (const lead of leads)
      expect(headlineFromSentence(lead)).not.toMatch(
        /\b(?:of|in|on|at|to|for|by|under|with|and|or|but|a|an|the)$/,
      );
  });
});

describe('headline rules added in round 2 (informed by held-out-3; examples written for these tests)', () => {
  it.each([
    // a number before a plural noun makes the subject plural, whatever quantifier comes first
    [
      'Nearly 2,000 Ukrainian children have returned home from Russia since the exchange began in March, the government in Kyiv said on Tuesday.',
      'Nearly 2,000 Ukrainian children return home from Russia',
    ],
    // a participle after a noun is not the main verb when the clause's own verb follows (even one the tagger reads as a noun)
    [
      'The volume of grain shipped through Odesa last month rose by 15% to 4.1 million tonnes, the port authority said.',
      'Volume of grain shipped through Odesa rises by 15% to 4.1 million tonnes',
    ],
    // the owner before a name goes before the point does ("northwest China's Qinghai Province" → "Qinghai Province")
    [
      "Rescue workers in northwest China's Qinghai Province have freed 23 miners trapped in a flooded coal mine for three days, state media said on Friday.",
      'Rescue workers in Qinghai Province free 23 miners trapped in flooded coal mine',
    ],
    // a description before a place goes before the place does
    [
      'Crews battled to contain a chemical fire fuelled by leaking solvents near Rotterdam that has forced the closure of two motorways and several schools in the area, police said.',
      'Crews battle to contain chemical fire fuelled by leaking solvents near Rotterdam',
    ],
    // a shortened subject keeps its place
    [
      'A cable car linking a 400-metre-high cliff above the gorge in Yunnan province opened to tourists on Saturday after four years of work.',
      'Cable car in Yunnan province opens to tourists after four years of work',
    ],
    // the passive stays when the active would have to lose the point
    [
      "A proposal to raise the retirement age of public sector workers in Belgium to 67 has been rejected by the country's largest trade unions after weeks of talks with employers.",
      "Proposal to raise retirement age rejected by country's largest trade unions",
    ],
    // "It was X," Y said of Z: Y calls Z "X"
    [
      '"It was a disgrace," Senator Maria Lopez said on Tuesday of the government\'s handling of the floods, as rescue teams were still searching for the missing.',
      'Senator Maria Lopez calls government\'s handling of floods "a disgrace"',
    ],
    // a quote that needs its context gives way to the news it came with
    [
      '"Nobody should have to live like this," the head of a tenants\' association said on Sunday, as thousands of people marched through Vienna to demand lower rents.',
      'Thousands of people march through Vienna to demand lower rents',
    ],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  });
});

describe('headline rules added in round 3 (informed by a self-judged practice set; examples written for these tests)', () => {
  it.each([
    // a span of time that opens the sentence goes, even with a verb in it
    [
      'Two weeks after the floods, the government of Pakistan opened 40 relief camps in Sindh province for families who lost their homes, officials said on Monday.',
      'Pakistan government opens 40 relief camps in Sindh province for families',
    ],
    // so does an opening participle with its phrase, even one spelt like its verb ("Hit by")
    [
      "Hit by falling coffee prices, thousands of farmers in Colombia's Huila department blocked roads on Wednesday to demand state support.",
      'Thousands of farmers in Huila department block roads to demand state support',
    ],
    // a weekday's possessive is not the time of the story
    [
      "The ruling party lost control of Sunday's local elections in Istanbul, official results showed.",
      "Ruling party loses control of Sunday's local elections in Istanbul",
    ],
    // a quote with its verb before the speaker; a quote with "it" gives way to the news after the speaker's title
    [
      '"It was bound to happen," said Ana Ruiz, head of the farmers\' union, after the government cut diesel subsidies for tractors on Monday.',
      'Government cuts diesel subsidies for tractors',
    ],
    // prepositions by their spelling: "in" read as a particle still ends the head noun ("trade … grows")
    [
      "Japan's trade in services grew 4 percent in the third quarter from a year earlier, the finance ministry said.",
      "Japan's trade in services grows 4 percent in third quarter from a year earlier",
    ],
    // a noun in -s the tagger calls uncountable is plural
    [
      'Kenyan troops arrived in Haiti on Tuesday to lead a multinational force against armed gangs.',
      'Kenyan troops arrive in Haiti to lead multinational force against armed gangs',
    ],
    // an "and" inside the head's own phrase does not make a group plural; a group keeps its place
    [
      'A group of engineers from Tsinghua University and three companies in Beijing has built a robot that can sort recycling by touch, the university said.',
      'Group of engineers in Beijing builds robot that can sort recycling by touch',
    ],
    // a rate keeps its article ("a litre"); a descriptor before a name goes when room is short
    [
      "Nigeria's state oil company NNPC raised the pump price of petrol to 945 naira a litre on Tuesday, the second rise in a month.",
      'NNPC raises pump price of petrol to 945 naira a litre, second rise in a month',
    ],
    // the name in the head's phrase goes before it ("workers at three Boeing factories" → "Boeing workers")
    [
      'Nurses at four Mayo Clinic hospitals in the Minneapolis area who care for cancer patients voted on Friday to strike for three days over staffing levels.',
      'Mayo Clinic nurses vote to strike for three days over staffing levels',
    ],
    // "the Ugandan capital Kampala" → "Kampala"
    [
      'The port linking Mombasa with the Ugandan capital Kampala by rail handled its first container train on Monday.',
      'Port linking Mombasa with Kampala by rail handles first container train',
    ],
    // a reported clause with a noun subject takes the headline's tense and passive; "two of its planes" keeps "its"
    [
      'The airline said on Monday that two of its planes had been grounded by a shortage of engine parts, forcing it to cancel 60 flights.',
      'Airline says two of its planes grounded by shortage of engine parts',
    ],
    // after "and", an -ed word before a plain noun describes it ("delayed subsidies"), it is no second verb
    [
      'Bus drivers in Lima went on strike on Monday over low pay and delayed bonuses, the union said.',
      'Lima bus drivers go on strike over low pay and delayed bonuses',
    ],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  });
});

describe('headline rules added in round 3, second practice batch (examples written for these tests)', () => {
  it.each([
    // a subject cut at a phrase boundary when nothing shorter keeps the point, never at "of"; a name that is a place the
    // head is about does not go before the head ("Venice number")
    [
      'The number of tourists visiting Venice during the carnival that ended on Tuesday in the lagoon city rose to 1.2 million, the city council said.',
      'Number of tourists visiting Venice during carnival rises to 1.2 million',
    ],
    // with a title, the surname is enough
    [
      "Kenyan President William Samoei Ruto signed the country's new climate change bill into law on Friday at a ceremony in Nairobi.",
      "Kenyan President Ruto signs country's new climate change bill into law",
    ],
    // the article after a fraction's "of" stays
    [
      'The Bank of Canada lowered its key interest rate by half of a percentage point on Wednesday for the second time in a row.',
      'Bank of Canada lowers key interest rate by half of a percentage point',
    ],
    // a passive in a second clause loses its auxiliary, as the headline's own does
    [
      'A dam burst and a village was flooded in eastern Libya on Sunday after days of heavy rain.',
      'Dam bursts and village flooded in eastern Libya after days of heavy rain',
    ],
    // a description holding a clause of its own is not dropped to reach a place ("… and ship it")
    [
      "Chile signed a 4 billion dollar agreement with a group led by Japan's Mitsui to build a plant that will produce green hydrogen in Magallanes and ship it to Asia.",
      'Chile signs 4 billion dollar agreement with group led by Mitsui to build plant',
    ],
    // a passive turned active keeps the comma after its agent
    [
      'The new labour law was passed by the Senate on Thursday, ending weeks of strikes in the capital.',
      'Senate passes new labour law, ending weeks of strikes in capital',
    ],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  });
});

describe('headline rules added in round 4 (informed by held-out-4; one example from it, the others written for these tests)', () => {
  it.each([
    // several asides in a row between the subject and its verb go (held-out-4 m12; round 7 names "the two countries")
    [
      "Tadesse Worku, Ethiopia's minister of transport and logistics, who has led talks with Djibouti on access to the sea for more than a year, said on Tuesday that the two countries had agreed to build a second railway line linking Addis Ababa with the Red Sea coast.",
      'Ethiopia and Djibouti agree to build second railway line linking Addis Ababa',
    ],
    [
      'Maria Souza, the mayor of Recife, a city of 1.5 million, announced on Monday a ban on plastic bags in all supermarkets.',
      'Maria Souza announces ban on plastic bags in all supermarkets',
    ],
    [
      'Ali Hassan, an engineer whose drones map flooded farmland, won the Africa Prize for Engineering Innovation on Thursday.',
      'Ali Hassan wins Africa Prize for Engineering Innovation',
    ],
    // headline present for every finite verb: a crowd noun before its past tense (held-out-4 m09),
    // a past spelt like the infinitive after one thing (m34), a verb after "or" (m40)
    [
      'Kenyan police fired tear gas and water cannon at thousands of protesters in central Nairobi on Wednesday.',
      'Kenyan police fire tear gas and water cannon at thousands of protesters',
    ],
    [
      'Police arrested 12 people after clashes in Lyon on Saturday.',
      'Police arrest 12 people after clashes in Lyon',
    ],
    [
      "Tunisia's agriculture ministry forecast on Monday a record olive oil harvest of 410,000 tonnes this season.",
      'Tunisia forecasts record olive oil harvest of 410,000 tonnes this season',
    ],
    [
      'The regulator set a new price cap for electricity on Tuesday.',
      'Regulator sets new price cap for electricity',
    ],
    ['A missile hit a hospital in Kharkiv on Monday.', 'Missile hits hospital in Kharkiv'],
    [
      'Residents of Beira have fled their homes or sheltered in schools since the cyclone struck.',
      'Beira residents flee homes or shelter in schools since cyclone strikes',
    ],
    // turned active, the agent's relative clause goes but keeps its place (m39; then our own)
    [
      'Five people, including three volunteer firefighters, have been killed by a bushfire that swept through farmland and small towns in southern New South Wales over the weekend, police said on Monday.',
      'Bushfire kills five people in southern New South Wales over weekend',
    ],
    [
      'Two children were rescued by fishermen who heard their cries from the shore.',
      'Two children rescued by fishermen who heard cries from shore',
    ],
    // "between" keeps its "and" (m31; then our own)
    [
      "A test train reached 372 km per hour on Morocco's new high-speed line between Kenitra and Marrakech on Tuesday, a speed record for rail in Africa, the National Office of Railways (ONCF) said.",
      "Test train reaches 372 km per hour on Morocco's new high-speed line",
    ],
    [
      "A high-speed train reached 350 km per hour on Spain's new line between Madrid and Asturias on Friday.",
      "High-speed train reaches 350 km per hour on Spain's new line",
    ],
    // a clause is not cut from what completes it: "requiring … to register" (m11; then our own)
    [
      'The Senate passed a law requiring ride-hailing companies with more than 500 drivers to pay social security contributions for them.',
      'Senate passes law',
    ],
    // a subordinate clause's verb keeps what follows it; "9 are missing" → "9 missing" (m03)
    [
      'At least 17 people have been killed and 9 are missing after flash floods in Qinghai province, local authorities said on Monday.',
      'At least 17 people killed and 9 missing after flash floods in Qinghai province',
    ],
    // an -ed word between a preposition and its noun describes the noun (m22; then our own)
    [
      "A plan to restore 12 million hectares of degraded pasture with native forest by 2040 was approved by Brazil's Senate on Wednesday, sending the bill to President Luiz Inácio Lula da Silva for his signature.",
      "Brazil's Senate approves plan to restore 12 million hectares of degraded pasture",
    ],
    [
      "A programme to clean up 300 kilometres of polluted river in Java was approved by Indonesia's parliament on Monday.",
      'Indonesia approves programme to clean up 300 kilometres of polluted river',
    ],
    // a comma between two adjectives does not end an opening phrase (held-out-4 m07)
    [
      'Helped by a long, warm autumn, farmers in Moldova harvested a record grape crop this year.',
      'Moldova farmers harvest record grape crop this year',
    ],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  });
});

describe('headline rules added in round 5 (informed by held-out-5 and held-out-4; one lead from them, one written for the test)', () => {
  it.each([
    // a casualty lead's cause, when it acts on something, becomes the subject, with the last place named (n02, m03)
    [
      "Nine people were killed and 63 injured when a magnitude-5.8 earthquake struck Yongsheng County in southwest China's Yunnan Province before dawn on Tuesday, the provincial emergency management department said.",
      'Magnitude-5.8 earthquake kills nine in Yunnan Province',
    ],
    [
      "Six people were killed when a landslide buried homes in Nepal's Gorkha district on Sunday, police said.",
      'Landslide kills six in Gorkha district',
    ],
    // … but a boat that capsized killed no one itself: the event stays (practice p05)
    [
      'At least 52 people were killed when an overloaded boat capsized on Lake Mai-Ndombe in western Democratic Republic of Congo late on Tuesday, provincial officials said.',
      'At least 52 people killed when overloaded boat capsizes on Lake Mai-Ndombe',
    ],
    // "At least 17 people …," is a subject, not an opening phrase
    [
      'At least 17 people have been killed and 9 are missing in Qinghai province, local authorities said on Monday.',
      'At least 17 people killed and 9 missing in Qinghai province',
    ],
    // a subordinate clause before the main one goes; an attribution whose name has commas goes (n27)
    [
      'As temperatures passed 52 degrees Celsius for a third day in a row, Kuwait began rolling power cuts in 20 residential areas on Wednesday to keep the national grid from collapsing, the Ministry of Electricity, Water and Renewable Energy said.',
      'Kuwait begins rolling power cuts in 20 residential areas',
    ],
    [
      'When the river burst its banks on Friday, rescuers in Bavaria evacuated 2,000 residents from riverside villages, officials said.',
      'Bavaria rescuers evacuate 2,000 residents from riverside villages',
    ],
    // a relative clause listing several verbs: the auxiliary after it is the subject's (n22)
    [
      'Ingrid Haller, a 46-year-old Austrian conductor who started her career as a viola player in the orchestra of the Vienna State Opera, spent a decade leading opera houses in Scandinavia and now runs the Gothenburg Opera, will become the first woman to direct the Vienna house in its 157-year history, the culture ministry said on Monday.',
      'Ingrid Haller to become first woman to direct Vienna house in 157-year history',
    ],
    [
      'Maria Lopes, who founded the company in 1998, led it through two recessions and now chairs its board, will step down in June, the firm said.',
      'Maria Lopes to step down in June',
    ],
    // a participle after a noun the tagger calls an adjective describes it; a subject cut before its phrase loses it too (n01)
    [
      'A hydrogen-powered freight locomotive built in Zhuzhou completed a 1,000-kilometer trial run on Wednesday, hauling 60 loaded coal wagons on the Shuozhou-Huanghua heavy-haul railway without stopping to refuel, its manufacturer said.',
      'Hydrogen-powered freight locomotive completes 1,000-kilometer trial run',
    ],
    [
      'A solar-powered passenger ferry built in Norway completed its first crossing of the Oslofjord on Monday, carrying 300 passengers between Oslo and Nesodden.',
      'Solar-powered passenger ferry completes first crossing of Oslofjord',
    ],
    // a present form right after a preposition is a noun ("out of work"), so the past after it is the verb (n21)
    [
      'The number of people out of work in Germany rose to 3.08 million in January, the highest for the month since 2015, as job cuts in the car industry and machine building spread to suppliers and the construction sector, the Federal Employment Agency said on Friday.',
      'Number of people out of work in Germany rises to 3.08 million in January',
    ],
    [
      'The number of families in need of help in Lisbon rose to 12,000 last year, the city council said.',
      'Number of families in need of help in Lisbon rises to 12,000',
    ],
    // a reported clause agrees with a noun spelt as a plural (n28)
    [
      '“The water has come back, and with it the buffalo, the fish and the birds,” said Karim Hassan, a buffalo herder in the Chibayish marshes of southern Iraq, as the government announced on Tuesday that the Mesopotamian marshes had reached their largest area in ten years.',
      'Government says Mesopotamian marshes have reached largest area in ten years',
    ],
    [
      'The ministry said on Tuesday that the wetlands had recovered after the winter rains.',
      'Ministry says wetlands have recovered after winter rains',
    ],
    // a CamelCase name the tagger calls an adjective is still the subject; an apposition with "that" goes (n26)
    [
      "QatarEnergy, the state-owned giant that is more than doubling its liquefied natural gas export capacity with the vast North Field expansion, said on Monday it had signed a 20-year agreement to supply Poland's Orlen with 3 million tonnes of LNG a year, its largest deal so far with a buyer in central Europe.",
      "QatarEnergy says it has signed 20-year agreement to supply Poland's Orlen",
    ],
    [
      'PetroChina said on Friday it had found a large gas field in the Sichuan basin.',
      'PetroChina says it has found large gas field in Sichuan basin',
    ],
    // when room is short, "original" is a filler adjective (n05)
    [
      "For the first time in more than 50 years of excavation at the tomb complex of China's first emperor, archaeologists have unearthed a terracotta warrior whose original paint has survived almost intact, from his black hair to his purple trousers, the Emperor Qinshihuang's Mausoleum Site Museum said on Friday.",
      'Archaeologists unearth terracotta warrior whose paint has survived almost intact',
    ],
    [
      'Divers have found a Roman cargo ship whose original cargo of wine jars has survived almost intact, the ministry said.',
      'Divers find Roman cargo ship whose cargo of wine jars has survived almost intact',
    ],
    // turned active, "the last eight" may go when room is short: the last of them are all of them (n14)
    [
      "A law requiring Chile's last eight coal-fired power plants to close by 2035 was approved by the Senate on Tuesday, five years earlier than the date agreed with generating companies in a voluntary plan in 2019.",
      "Senate approves law requiring Chile's coal-fired power plants to close by 2035",
    ],
    [
      "A law requiring Peru's last seven coal-fired power plants to close by 2031 was approved by Congress on Thursday, two years earlier than planned.",
      "Congress approves law requiring Peru's coal-fired power plants to close by 2031",
    ],
    // the agent ends before "and will …", which is the object's own verb and goes; a plain phrase goes before a name does (n23)
    [
      'A ban on mobile phones throughout the school day in all Swedish compulsory schools was approved by parliament on Wednesday and will take effect at the start of the autumn term in August 2026.',
      'Parliament approves ban on mobile phones in all Swedish compulsory schools',
    ],
    [
      'A tax on sugary drinks sold in shops across the country was approved by parliament on Monday and will take effect in January.',
      'Parliament approves tax on sugary drinks sold in shops across country',
    ],
    [
      'Police evacuated 800 residents from homes along the riverbank near the Danube port of Vukovar on Sunday after the river rose to a record level.',
      'Police evacuate 800 residents from homes near Danube port of Vukovar',
    ],
    // a quote lead of any length, whose speaker has an apposition, gives the news it came with (n20)
    [
      '"It has taken seven years, a great deal of engineering and even more patience, but Hammersmith Bridge is open again," the leader of Hammersmith and Fulham Council, Stephen Cowan, said on Sunday as the first cars in more than seven years crossed the Thames at the 139-year-old suspension bridge in west London.',
      'First cars cross Thames at 139-year-old suspension bridge in west London',
    ],
    [
      '"We have waited a long time for this day, and the whole valley has worked for it, from the farmers to the schoolchildren," the head of the regional council, Anna Berger, said on Saturday as the first train in 40 years reached Mallnitz.',
      'First train in 40 years reaches Mallnitz',
    ],
    // after a quote, "the carrier" (company, airline …) is the organisation in the speaker's title (n06, m04)
    [
      "“From today a family in Sichuan can have lunch at home and breakfast in São Paulo, with only one change of crew on the way,” Sichuan Airlines chairman Wang Qian said on Friday, as the carrier's first flight to Brazil took off from Chengdu's Tianfu International Airport.",
      "Sichuan Airlines' first flight to Brazil takes off",
    ],
    [
      "“Our crews have trained for this route for two years and our passengers will feel the difference on every flight,” Andes Air chief executive Pablo Ruiz said on Monday, as the airline's first flight to Madrid left Lima.",
      "Andes Air's first flight to Madrid leaves Lima",
    ],
    // a closing toll after a verb without an object: the event, its place and the toll (n29)
    [
      'A crowded ferry capsized on the Meghna River in central Bangladesh on Tuesday after colliding with a cargo vessel in heavy rain, killing at least 31 people, police and fire service officials said.',
      'Crowded ferry capsizes in Bangladesh, killing at least 31',
    ],
    [
      "A bus carrying pilgrims overturned on a mountain road in Nepal's Dhading district on Friday, killing 14 people, police said.",
      'Bus overturns in Dhading district, killing 14',
    ],
    [
      'A five-storey building collapsed in Lagos on Monday, killing at least nine people and trapping dozens.',
      'Five-storey building collapses in Lagos, killing at least nine',
    ],
    // … but a verb with an object keeps it: "open fire on bus"
    [
      'Gunmen opened fire on a bus in northern Nigeria on Sunday, killing 12 passengers, police said.',
      'Gunmen open fire on bus in northern Nigeria, killing 12 passengers',
    ],
    // "after colliding" is not cut from "with a cargo vessel"
    [
      'A crowded passenger ferry sank in the Bay of Bengal off the southern coast of Bangladesh on Sunday after colliding with an oil tanker in heavy fog, the coast guard said.',
      'Crowded passenger ferry sinks in Bay of Bengal off southern coast of Bangladesh',
    ],
    // a group named by its backer when room is short; an owner ("Senegal's") never ends a shortened subject;
    // "the country's" is the country the sentence named before (m10)
    [
      "Candidates backed by Senegal's governing Pastef party won control of 14 of the country's 19 largest cities in Sunday's municipal elections, including the capital, the national electoral commission announced on Thursday.",
      "Pastef-backed candidates win control of 14 of Senegal's 19 largest cities",
    ],
    [
      'Farmers supported by the opposition Labour Party blocked roads into the capital on Monday in protest at new taxes on fertiliser and diesel imported from abroad.',
      'Labour-supported farmers block roads into capital in protest at new taxes',
    ],
    [
      "Parties backed by Peru's mining unions won 30 of the country's 130 congressional seats on Sunday, the electoral office said.",
      "Parties backed by Peru's mining unions win 30 of Peru's 130 congressional seats",
    ],
    // "keep X" is not cut from its "from …"
    [
      'The city closed 12 schools on Monday to keep pupils from travelling on flooded roads around the northern district of Tamale after three days of rain.',
      'City closes 12 schools to keep pupils from travelling on flooded roads',
    ],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  });
});
