import { describe, expect, it } from 'vitest';
import { headlineFromSentence } from '../../../../src/import/structure/headline';

describe('headline from the lead', () => {
  it.each([
    // past → present; "the port of Lisbon" moves before the noun; articles go; a clause's verb follows
    [
      'Dockworkers at the port of Lisbon ended a nine-day strike on Tuesday after their union accepted a pay deal that raises wages by 6 percent this year.',
      'Lisbon dockworkers end nine-day strike after union accepts pay deal',
    ],
    // future → "to"; closing attribution dropped; cut at a phrase boundary within 80 characters
    [
      'Yunnan province will build eight new rail lines by 2030 to link its border cities with Laos, Myanmar and Vietnam, the provincial government said on Friday.',
      'Yunnan province to build eight new rail lines by 2030 to link border cities',
    ],
    // apposition and weekday dropped
    [
      "Chile's president, Ana María Rojas, met visiting Japanese trade minister Kenji Arai in Santiago on Tuesday to discuss lithium supplies.",
      "Chile's president meets visiting Japanese trade minister Kenji Arai in Santiago",
    ],
    // opening adverbial dropped; a past tense the tagger reads as a noun ("cut")
    [
      "Citing weaker exports to Spain and Germany, Portugal's central bank cut its growth forecast for 2024 to 1.2 percent on Tuesday, from 1.8 percent in December.",
      "Portugal's central bank cuts growth forecast for 2024 to 1.2 percent",
    ],
    // "said it had found" → "says it has found"; a descriptor gives way to the name when room is short
    [
      'Brazilian state oil company Petrobras said on Monday it had found a large oil deposit off the coast of Espírito Santo state, its biggest discovery in the area.',
      'Petrobras says it has found large oil deposit off coast of Espírito Santo state',
    ],
    // perfect → present; plural subject; the region before the head (round 7)
    [
      'Farmers in southern Yunnan have started planting drought-resistant rice on more than 30,000 hectares after a third dry winter in a row left reservoirs half empty.',
      'Yunnan farmers start planting drought-resistant rice on over 30,000 hectares',
    ],
    // a participle describing the subject is not its verb
    [
      'Twin giant panda cubs born at the Chengdu Research Base of Giant Panda Breeding made their first public appearance on Friday, drawing crowds of visitors despite the summer heat.',
      'Twin giant panda cubs make first public appearance',
    ],
    // an object complement ends the headline; "but signaled …" is a clause of its own
    [
      'The U.S. Federal Reserve held interest rates steady on Wednesday but signaled that it still expects to cut them twice next year as inflation cools.',
      'U.S. Federal Reserve holds interest rates steady',
    ],
    // the coordinated verb that has the object
    [
      'From March 21 to 22, Li Qiang, member of the Standing Committee of the Political Bureau of the CPC Central Committee and Premier of the State Council, investigated and presided over a symposium on the development of advanced manufacturing in Hunan.',
      'Li Qiang presides over symposium on development of advanced manufacturing',
    ],
  ])('%j', (lead, headline) => {
    expect(headlineFromSentence(lead)).toBe(headline);
  });
  it('gives no headline where the lead has no verb to build one on', () => {
    expect(headlineFromSentence('Photos of the week.')).toBeUndefined();
  });
});
