/**
 * What an apposition says a name is: "Peng Chau, an island 40 minutes from Central",
 * "Aguas Cordobesas, the city's water company". An article and a noun for a place or a body
 * after a name mark it as that, not as a person, though the comma reads like "Jane Doe, a
 * teacher". The noun counts only as the head of its phrase: "a party member", "the company's
 * founder" describe people.
 */

/** Nouns for places and bodies that head an apposition, never a person's. */
const PLACE_OR_BODY_NOUNS = new Set(
  (
    'island islands islet town village city suburb district neighbourhood neighborhood county province ' +
    'region port harbour harbor lake river valley peninsula resort area site ' +
    'company firm utility operator carrier airline bank insurer maker manufacturer producer developer ' +
    'conglomerate group party union club team agency authority regulator ministry department ' +
    'council body charity university college school hospital newspaper broadcaster brand'
  ).split(' '),
);

/** Words after the head noun that go on with its phrase rather than naming another person's role. */
const PHRASE_GOES_ON =
  /^(?:of|in|on|at|near|from|with|that|which|where|whose|owned|run|based|founded|known|off|for|by|and|north|south|east|west|between|outside|across|about)$/;

/**
 * Whether the words after "Name, " are an apposition headed by a place's or a body's noun:
 * "an island 40 minutes from Central" yes, "a party member" or "the company's chief" no.
 */
export function isPlaceOrBodyApposition(after: string): boolean {
  const phrase = /^\s*(?:a|an|the)\s+([^,.;:()"“”]{0,80})/iu.exec(after)?.[1];
  if (phrase === undefined) return false;
  const words = phrase.split(/\s+/).filter(Boolean).slice(0, 6);
  for (const [index, word] of words.entries()) {
    // "a teacher at a school": the head comes before any phrase that qualifies it.
    if (PHRASE_GOES_ON.test(word) || word === 'who') return false;
    // "the city's water company": a possessor is not the head.
    if (/['’]s$/u.test(word)) continue;
    if (!PLACE_OR_BODY_NOUNS.has(word.toLowerCase())) continue;
    const next = words[index + 1];
    return next === undefined || !/^\p{Ll}+$/u.test(next) || PHRASE_GOES_ON.test(next);
  }
  return false;
}
