/**
 * Organizations named in a story: capitalised names that end the way
 * organization names end ("… Group", "… Technology", "… Council"), or that open
 * with one ("Ministry of …", "University of …"). A name made only of ordinary words
 * ("Standing Committee") is too generic to tag unless the registry lists it.
 */
import { isOrdinaryPhrase } from './english-words';

const SUFFIX = 'Group|Technology|Technologies|Automobile|Automotive|Industry|Industries|Company|Corporation|Corp\\.|Co\\., Ltd\\.|Co\\.|Ltd\\.?|Inc\\.?|PLC|LLC|AG|SA|GmbH|Bank|University|College|Institute|Council|Committee|Commission|Ministry|Agency|Association|Organization|Organisation|Federation|Party|Airlines|Airways|Motors|Holdings|Foundation|Hospital|Network|Broadcasting|Railways?|Police|Army|Navy|Court|Assembly|Parliament|Laboratory|Laboratories|Pharmaceuticals|Energy|Petroleum|Oil|Telecom|Communications|Electric|Electronics|Locomotive|Securities|Exchange|Times|Post|Journal|Herald|Tribune';
const WORD = "(?:\\p{Lu}[\\p{L}'’&-]*|\\d+\\p{L}*)";
const SUFFIXED = new RegExp(`(?<![\\p{L}])((?:${WORD}\\s)+(?:${SUFFIX}))(?![\\p{L}])`, 'gu');
const OF_FORM = new RegExp(`(?<![\\p{L}])((?:Ministry|Department|University|Bank|Council|Federation|Association|Organization|Organisation|Institute|Academy|Church|Commission|Office|Court|Union|League|Party) of (?:the )?(?:${WORD})(?:\\s(?:and\\s)?${WORD}){0,3})`, 'gu');

const LEADING_NOISE = /^(?:The|A|An|In|On|At|By|For|From|And|But|Or|As|This|That|When|While|After|Before|Both|Former|Then|Some|All|Other)\s+/;

function clean(name: string): string {
  let result = name.trim();
  while (LEADING_NOISE.test(result)) result = result.replace(LEADING_NOISE, '');
  return result.replace(/['’]s$/u, '');
}

/** Organization names found by form alone, in order of first mention. */
export function findOrganizationCandidates(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of [SUFFIXED, OF_FORM]) {
    for (const match of text.matchAll(pattern)) {
      const name = clean(match[1] ?? '');
      if (name.split(/\s+/).length < 2) continue;
      if (isOrdinaryPhrase(name.replace(/\bof\b|\bthe\b|\band\b/g, ''))) continue;
      found.add(name);
    }
  }
  return [...found];
}
