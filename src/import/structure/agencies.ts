/**
 * News agencies as datelines name them. Wire copy abbreviates the agency in the
 * dateline ("(AP)", "(Xinhua)"); the archive's `source` facet needs one name per
 * agency, so the common short forms are written out in full.
 */

const FULL_NAMES: Record<string, string> = {
  ap: 'Associated Press',
  cp: 'The Canadian Press',
  aap: 'Australian Associated Press',
  pa: 'PA Media',
  apa: 'Austria Presse Agentur',
  nan: 'News Agency of Nigeria',
  kna: 'Kenya News Agency',
  irna: 'Islamic Republic News Agency',
  sana: 'Syrian Arab News Agency',
  ips: 'Inter Press Service',
  afp: 'Agence France-Presse',
  xinhua: 'Xinhua News Agency',
  dpa: 'Deutsche Presse-Agentur',
  upi: 'United Press International',
  ani: 'Asian News International',
  pti: 'Press Trust of India',
  ians: 'Indo-Asian News Service',
  mena: 'Middle East News Agency',
  wam: 'Emirates News Agency',
  spa: 'Saudi Press Agency',
  kyodo: 'Kyodo News',
  yonhap: 'Yonhap News Agency',
  tass: 'TASS',
  efe: 'EFE',
  ansa: 'ANSA',
  reuters: 'Reuters',
  bloomberg: 'Bloomberg',
  anadolu: 'Anadolu Agency',
};

/** "(Xinhua)" → "Xinhua News Agency"; an agency we do not know keeps its own spelling. */
export function agencyName(written: string): string {
  const name = written.trim().replace(/\s+/g, ' ');
  return FULL_NAMES[name.toLowerCase()] ?? name;
}

/**
 * True when the first part of an agency-first dateline is an agency, not a place
 * ("Xinhua News Agency, Changsha, …" but not "Nairobi, Kenya, May 5 …").
 */
export function looksLikeAgency(name: string): boolean {
  return (
    /\b(?:News|Agency|Press|Presse|Service|Telegraph|Wire|Bureau|Agence)\b/.test(name) ||
    name.toLowerCase() in FULL_NAMES
  );
}
