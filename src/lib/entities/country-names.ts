/**
 * Country names as news writes them. The gazetteer's names are formal
 * ("Korea, Republic of"); readers and reporters say "South Korea".
 * Keys are ISO 3166-1 alpha-2 codes.
 */
export const COUNTRY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  BO: 'Bolivia',
  BN: 'Brunei',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: 'Ivory Coast',
  FK: 'Falkland Islands',
  GM: 'The Gambia',
  VA: 'Vatican City',
  IR: 'Iran',
  KP: 'North Korea',
  KR: 'South Korea',
  MK: 'North Macedonia',
  FM: 'Micronesia',
  TZ: 'Tanzania',
  VE: 'Venezuela',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
  SH: 'Saint Helena',
  SX: 'Sint Maarten',
  CC: 'Cocos Islands',
  BQ: 'Caribbean Netherlands',
  RU: 'Russia',
  SY: 'Syria',
  LA: 'Laos',
  MD: 'Moldova',
  VN: 'Vietnam',
  PS: 'Palestine',
  TW: 'Taiwan',
  CZ: 'Czech Republic',
  GB: 'United Kingdom',
  US: 'United States',
  LY: 'Libya',
};

/** Other names for the same country that news uses (the display name is always one). */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  KR: ['Republic of Korea'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CI: ["Côte d'Ivoire", 'Cote d’Ivoire', "Cote d'Ivoire"],
  CZ: ['Czechia'],
  MK: ['Macedonia'],
  MM: ['Burma'],
  NL: ['Holland'],
  AE: ['UAE', 'U.A.E.'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian Territories', 'State of Palestine'],
  TL: ['East Timor'],
  SZ: ['Swaziland'],
  CV: ['Cabo Verde'],
  GM: ['Gambia'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC'],
  BS: ['The Bahamas'],
};

/**
 * Countries within a country that ISO 3166-2 lists as such but country-region-data
 * files among their counties: readers know them as well as any country.
 */
export const CONSTITUENT_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
};
