/**
 * Issue 14, summaries round 2: a long lead sentence is shortened further before a later
 * sentence is taken, and a later sentence is taken only when it reads alone. Each rule
 * with a real Wikinews lead from the bundled archive and one written for this test.
 */
import { describe, expect, it } from 'vitest';
import { shorterSentence } from '../../../../src/import/structure/shorter-sentence';
import { standsAlone } from '../../../../src/import/structure/standalone-sentence';
import { SUMMARY_MAX_CHARS, summaryFromLead } from '../../../../src/import/structure/title-summary';

describe('a long lead sentence shortened before a later sentence is taken', () => {
  it.each([
    // an opening "In findings published …, " however long (Wikinews, K2-18b)
    [
      "In findings published Tuesday in Cornell University's arXiv by a team of scientists from the University of Montreal and a separate report published Wednesday in Nature Astronomy by a team from University College London (UCL), the presence of water vapour was confirmed in the atmosphere of K2-18b, a planet circling a star in the constellation Leo.",
      'The presence of water vapour was confirmed in the atmosphere of K2-18b, a planet circling a star in the constellation Leo.',
    ],
    [
      'In a report published on Monday in The Lancet by researchers from the University of Cape Town and a second study released the same day by a group at the Karolinska Institute in Stockholm, a common blood pressure drug was found to slow the progress of early dementia.',
      'A common blood pressure drug was found to slow the progress of early dementia.',
    ],
    // a nickname between commas and a closing "after being …" (Wikinews, Don Imus)
    [
      'United States radio personality, television host, and philanthropist Don Imus, known to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since Christmas Eve, his family reported.',
      'United States radio personality, television host, and philanthropist Don Imus died on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since Christmas Eve.',
    ],
    // the invented one also needs its closing "after being …" to go (the Imus lead fits without)
    [
      'Brazilian former footballer, coach, club director and television pundit Carlos Almeida, better known as Carlão, died on Sunday at the Santa Casa de Misericórdia hospital in Porto Alegre, Rio Grande do Sul after being treated for heart failure since early November, his club said.',
      'Brazilian former footballer, coach, club director and television pundit Carlos Almeida died on Sunday at the Santa Casa de Misericórdia hospital in Porto Alegre, Rio Grande do Sul.',
    ],
    // a named person's role between commas (Wikinews, youth suicide study)
    [
      'Professor Michael Siegel of Boston University, co-author of a new study published in the American Journal of Preventive Medicine on January 17, declared household gun ownership rates within the United States to be "the strongest single predictor of a state\'s youth suicide rate".',
      'Professor Michael Siegel of Boston University declared household gun ownership rates within the United States to be "the strongest single predictor of a state\'s youth suicide rate".',
    ],
    [
      'Doctor Priya Raman of the University of Melbourne, lead author of a paper published in the Medical Journal of Australia on Thursday about heat and hospital admissions, warned that emergency wards in the country\'s north "will not cope with another summer like the last".',
      'Doctor Priya Raman of the University of Melbourne warned that emergency wards in the country\'s north "will not cope with another summer like the last".',
    ],
    // a second verb of an "in which" clause (Wikinews, Cairo summit)
    [
      'On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean and allowed Turkish army deployments in Libya.',
      'An assembly of several foreign ministers in Cairo denounced the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean.',
    ],
    [
      'On Thursday, a meeting of the fisheries ministers of five Baltic states in Riga condemned the new quota arrangement between Norway and Russia under which Norway and Russia divided the cod catch in the Barents Sea and excluded all other fleets from the area.',
      'A meeting of the fisheries ministers of five Baltic states in Riga condemned the new quota arrangement between Norway and Russia under which Norway and Russia divided the cod catch in the Barents Sea.',
    ],
  ])('%s', (sentence, expected) => {
    const shorter = shorterSentence(sentence, SUMMARY_MAX_CHARS);
    expect(shorter).toBe(expected);
    expect(shorter.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
  });

  it('drops a closing "in which …" clause when nothing shorter is left', () => {
    const sentence =
      'Representatives of eleven coastal towns along the Adriatic signed a joint protest in Split on Saturday against the port development scheme approved last spring by the national government in Zagreb in which the ports would be merged into a single authority based in Rijeka.';
    expect(shorterSentence(sentence, SUMMARY_MAX_CHARS)).toBe(
      'Representatives of eleven coastal towns along the Adriatic signed a joint protest in Split on Saturday against the port development scheme approved last spring by the national government in Zagreb.',
    );
  });
});

describe('a later sentence of the lead is a summary only when it reads alone', () => {
  it.each([
    // real: Wikinews leads whose second sentence leans on the first
    [
      "This is the first such discovery in a planet in its star's habitable zone — not too hot and not too cold for liquid water to exist.",
      'In findings published Tuesday …, the presence of water vapour was confirmed in the atmosphere of K2-18b.',
    ],
    [
      'Associated Press reported his cause of death as complications from lung disease.',
      'Don Imus died on Friday.',
    ],
    [
      'The November border demarcation resulted in overlapping exclusive economic zone (EEZ) claims and would make the planned EastMed gas pipeline cross Turkish waters.',
      'Ministers in Cairo denounced the memoranda.',
    ],
    [
      'Wikinews interviewed Siegel to learn more.',
      'Professor Michael Siegel of Boston University declared …',
    ],
    [
      'The model was published in Nature on October 22.',
      'Planetary scientist Vlada Stamenković of the NASA Jet Propulsion Laboratory and colleagues have developed a new chemical model of how oxygen dissolves in Martian conditions.',
    ],
    // invented, same shapes
    [
      'These are the highest readings recorded at the station since measurements began in 1958.',
      'Scientists measured record carbon dioxide levels.',
    ],
    ['Reuters said her family had asked for privacy.', 'The actress Maria Lind died on Tuesday.'],
    [
      'The March agreement had allowed fishing fleets from both sides into the disputed waters.',
      'Norway withdrew from the fisheries accord.',
    ],
    [
      'Okafor told reporters the vaccine trial would restart in June.',
      'Doctor Ngozi Okafor of Lagos University said …',
    ],
    [
      'The vaccine was approved by regulators in Brazil last month.',
      'Researchers in São Paulo have developed a cheap vaccine against dengue fever.',
    ],
  ])('"%s" does not stand alone', (sentence, lead) => {
    expect(standsAlone(sentence, lead)).toBe(false);
  });

  it.each([
    [
      'Associated Press reported the cause of death as complications from lung disease.',
      'Don Imus died on Friday.',
    ],
    [
      'Michael Siegel said the study covered every state.',
      'Professor Michael Siegel of Boston University declared …',
    ],
    // a definite subject that names its own thing ("of the Qiyuan S7") is no back-reference
    [
      'The price of the Qiyuan S7 sedan will fall to 159,900 yuan from April 1.',
      'The company announced it would cut the price of its best-selling model by a fifth.',
    ],
  ])('"%s" stands alone', (sentence, lead) => {
    expect(standsAlone(sentence, lead)).toBe(true);
  });

  it('keeps the whole lead sentence, over 220, when no later sentence reads alone', () => {
    const lead =
      'The European Space Agency, together with the national space agencies of Italy, France and Germany and a consortium of eleven private companies led by Airbus Defence and Space, on Monday unveiled the design of a crewed lunar lander meant to fly before 2035 and land near the south pole. It is the first such design shown in public.';
    expect(summaryFromLead([lead])).toBe(lead.slice(0, lead.indexOf(' It is')));
  });

  it('gives a closing quote mark left over as a sentence of its own back to its sentence', () => {
    // invented: a quote-only lead whose closing mark the sentence split left behind
    expect(
      summaryFromLead([
        '"The river has never been this low in living memory, and we are running out of ways to keep the ships moving. "',
        'The port authority of Duisburg warned on Monday that barges on the Rhine could carry only a third of their usual load after weeks without rain.',
      ]),
    ).toBe(
      '"The river has never been this low in living memory, and we are running out of ways to keep the ships moving."',
    );
  });

  it('drops the closing quote mark of a quote whose opening went with a clause', () => {
    // real: Wikinews, "Ukrainian president rejects prime minister's resignation …"
    expect(
      summaryFromLead([
        'Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk\'s offer to resign after the leak of an audio recording in which someone, seemingly Honcharuk, audibly says Zelensky "has a very primitive understanding of economic processes."',
        'Honcharuk filed his resignation after the audio recording was uploaded Wednesday on an anynomous YouTube channel.',
      ]),
    ).toBe(
      "Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to resign after the leak of an audio recording.",
    );
    // invented, same shape
    expect(
      summaryFromLead([
        'On Monday, Peruvian President Ana Salas rejected Finance Minister Jorge Paredes\'s offer to resign after the publication of a text message in which someone, apparently Paredes, calls the president\'s budget "a fantasy written by people who have never run a business."',
        'Paredes offered his resignation after the message was shared widely on social media over the weekend.',
      ]),
    ).toBe(
      "Peruvian President Ana Salas rejected Finance Minister Jorge Paredes's offer to resign after the publication of a text message.",
    );
  });
});
