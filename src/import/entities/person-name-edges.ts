/**
 * The edges of a run of capitalised words that the sentence marks as a person: what stands
 * before the name (a title), what runs on after it (a verb of a headline, a cabinet portfolio),
 * and words that make the whole run a company's, a state body's or a building's instead.
 */
import { isEnglishWord } from './english-words';
import { isGivenName } from './lexicon';
import { TITLE_BEFORE_NAME } from './name-patterns';

const TITLE_WORDS = new Set(
  TITLE_BEFORE_NAME.flatMap((title) =>
    title
      .replace(/\\\./g, '')
      .toLowerCase()
      .split(/[\s-]+/),
  ),
);

/** Words that make a title of the title after them: "Co-President", "Vice-President", "Ex-Minister". */
const TITLE_PREFIXES = /^(?:co|vice|ex|deputy|acting|interim|former|under|assistant)$/;

/** "Amir Sheikh Saad", "Emir Sheikh Hamad": a ruler's title before an honorific. */
const RULER_TITLES = /^(?:Amir|Emir|Sultan|Sayyid)$/;

/** "Co-President", "Vice-President", "Secretary-General": a title written with a hyphen. */
function isHyphenatedTitle(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  return (
    parts.length >= 2 &&
    TITLE_WORDS.has(parts.at(-1) ?? '') &&
    parts.slice(0, -1).every((part) => TITLE_PREFIXES.test(part) || TITLE_WORDS.has(part))
  );
}

/**
 * "Vice-President Cheney" → "Cheney", "Co-President Rosario Murillo" → "Rosario Murillo",
 * "Amir Sheikh Saad Al-Abdullah" → "Saad Al-Abdullah": a title is never part of the name, even
 * where only a surname is left. "Amir Peretz" keeps its given name: no title follows it.
 */
export function withoutLeadingTitles(words: readonly string[]): string[] {
  let rest = [...words];
  for (;;) {
    if (rest.length > 1 && isHyphenatedTitle(rest[0] ?? '')) rest = rest.slice(1);
    else if (
      rest.length > 2 &&
      RULER_TITLES.test(rest[0] ?? '') &&
      TITLE_WORDS.has((rest[1] ?? '').toLowerCase())
    )
      rest = rest.slice(2);
    else return rest;
  }
}

/** Verbs a headline or a commentary's title capitalises: "George W. Bush Has Intuition". */
const CAPITALISED_VERBS = /^(?:Has|Have|Had|Is|Are|Was|Were|Will|Would|Can|Could|Says|Said)$/;

/** "George W. Bush Has Intuition" → "George W. Bush": a name ends before a verb. */
export function beforeVerb(words: readonly string[]): string[] {
  const verb = words.findIndex((word, index) => index > 0 && CAPITALISED_VERBS.test(word));
  return verb < 0 ? [...words] : words.slice(0, verb);
}

/** The last word of a government portfolio, as a cabinet list puts it after the minister's name. */
const PORTFOLIO_ENDS =
  /^(?:Development|Affairs|Welfare|Planning|Relations|Education|Defence|Defense|Agriculture|Railways|Commerce|Tourism|Justice|Labour|Labor|Fisheries|Forests|Fertilizers|Distribution|Pensions|Empowerment|Panchayati)$/;

/**
 * "Arjun Singh Human Resource Development", "S Jaipal Reddy Urban Development": a line of a
 * cabinet list, a minister and a portfolio. The ordinary words that end in a portfolio go, where
 * a name of two words opening with a given name is left.
 */
export function withoutPortfolio(words: readonly string[]): string[] {
  if (!PORTFOLIO_ENDS.test(words.at(-1) ?? '')) return [...words];
  let end = words.length;
  while (end > 2 && isEnglishWord(words[end - 1] ?? '') && !isGivenName(words[end - 1] ?? ''))
    end -= 1;
  return end < words.length && isGivenName(words[0] ?? '') ? words.slice(0, end) : [...words];
}

/**
 * Words that end a company's or a utility's name, never a person's: "Thames Water", "Azam
 * Marine", "Cal Fire", "Yanxin Microelectronics", "Stuart Highway" (a road), "Kai Tak Cruise
 * Terminal" (a venue), "Huawei Cloud", "Sun Hung Kai Properties", "Heineken México" (a company's arm in a country, named in its language).
 */
const COMPANY_LAST_WORDS =
  /^(?:Water|Marine|Fire|Rail|Shipping|Lines|Petroleum|Oil|Gas|Power|Electric|Telecom|Mining|Steel|Cement|Microelectronics|Semiconductor|Semiconductors|Robotics|Cloud|Properties|Highway|Motorway|Expressway|Freeway|Terminal|Pier|Wharf|Harbour|Harbor|Tunnel|Dam|Mall|Hotel|Resort|Casino|Library|Zoo|Cemetery|Mosque|México|Perú|Brasil|España|Deutschland|Italia|Polska|Nederland|Türkiye)$/;

/**
 * Words that open the name of a company, a state body, a school or a building in Spanish,
 * Portuguese, French or Italian, or of a town in Arabic, never a person's: "Empresa Portuaria
 * Valparaíso", "Électricité du Liban", "Electro Puno" and "Aguas Cordobesas" (utilities), "Grupo Modelo", "Palacio dos Bandeirantes", "Politecnico
 * di Milano", "Pozo de Arana" (a well), "Beit Lahiya" (a house of).
 */
const BODY_FIRST_WORDS =
  /^(?:Electro|Hidro|Hydro|Aguas|Agua|Empresa|Empresas|Grupo|Compañía|Companhia|Compagnie|Société|Sociedad|Sociedade|Società|Banco|Banca|Banque|Électricité|Electricité|Électricite|Instituto|Institut|Istituto|Universidad|Universidade|Università|Université|Politecnico|Politécnico|Escuela|Colegio|Ministerio|Ministério|Ministère|Ministero|Servicios|Servicio|Secretaría|Consejo|Conselho|Conseil|Consiglio|Comisión|Comissão|Agencia|Agência|Agence|Palacio|Palácio|Palais|Palazzo|Museo|Museu|Musée|Teatro|Théâtre|Hospital|Hôpital|Ospedale|Clínica|Pozo|Puerto|Estación|Gare|Beit|Kafr|Khirbet|Tel)$/;

/** Words that open a town's name in Spanish or Portuguese: "Villa Carlos Paz", "Ciudad Juárez". */
const TOWN_FIRST_WORDS = /^(?:Villa|Vila|Ciudad|Cidade)$/;

/** "Villa Carlos Paz": a run that opens as a town's name holds no person's name after it. */
export function isTownName(words: readonly string[]): boolean {
  return words.length >= 2 && TOWN_FIRST_WORDS.test(words[0] ?? '');
}

/** A run that names a company, a state body, a road or a building, though a cue marks it as a person. */
export function isBodyOrPlaceName(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    (COMPANY_LAST_WORDS.test(words.at(-1) ?? '') || BODY_FIRST_WORDS.test(words[0] ?? ''))
  );
}

/**
 * "Hydro Tasmania", "Transport Canada": a run that ends in the name of a country or of a
 * country's first-level region, after an English word that is no given name, names a body of that land, not a
 * person (taking it for one would also hide the land's own mentions as the "person's" surname).
 */
export function isBodyOfLand(
  words: readonly string[],
  isCountryOrRegion: (name: string) => boolean,
): boolean {
  const first = words[0] ?? '';
  return (
    words.length >= 2 &&
    isEnglishWord(first) &&
    !isGivenName(first) &&
    isCountryOrRegion(words.at(-1) ?? '')
  );
}
