/**
 * How news copy abbreviates states and provinces after a place name: AP style
 * ("Salem, Mass.", "Hamilton, Ont.") besides the postal codes ("Salem, MA"),
 * which are the ISO 3166-2 codes the gazetteer already has. Keys are
 * `<country>|<ISO 3166-2 code>`. From the AP Stylebook's state abbreviations and
 * Canada Post's traditional provincial ones; states AP never abbreviates
 * (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are not listed.
 */
export const REGION_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'US|AL': ['Ala.'], 'US|AZ': ['Ariz.'], 'US|AR': ['Ark.'], 'US|CA': ['Calif.', 'Cal.'], 'US|CO': ['Colo.'],
  'US|CT': ['Conn.'], 'US|DE': ['Del.'], 'US|DC': ['D.C.'], 'US|FL': ['Fla.'], 'US|GA': ['Ga.'], 'US|IL': ['Ill.'],
  'US|IN': ['Ind.'], 'US|KS': ['Kan.', 'Kans.'], 'US|KY': ['Ky.'], 'US|LA': ['La.'], 'US|MD': ['Md.'],
  'US|MA': ['Mass.'], 'US|MI': ['Mich.'], 'US|MN': ['Minn.'], 'US|MS': ['Miss.'], 'US|MO': ['Mo.'],
  'US|MT': ['Mont.'], 'US|NE': ['Neb.', 'Nebr.'], 'US|NV': ['Nev.'], 'US|NH': ['N.H.'], 'US|NJ': ['N.J.'],
  'US|NM': ['N.M.', 'N.Mex.'], 'US|NY': ['N.Y.'], 'US|NC': ['N.C.'], 'US|ND': ['N.D.', 'N.Dak.'],
  'US|OK': ['Okla.'], 'US|OR': ['Ore.', 'Oreg.'], 'US|PA': ['Pa.', 'Penn.'], 'US|RI': ['R.I.'],
  'US|SC': ['S.C.'], 'US|SD': ['S.D.', 'S.Dak.'], 'US|TN': ['Tenn.'], 'US|VT': ['Vt.'], 'US|VA': ['Va.'],
  'US|WA': ['Wash.'], 'US|WV': ['W.Va.', 'W. Va.'], 'US|WI': ['Wis.', 'Wisc.'], 'US|WY': ['Wyo.'],
  'CA|AB': ['Alta.'], 'CA|BC': ['B.C.'], 'CA|MB': ['Man.'], 'CA|NB': ['N.B.'], 'CA|NL': ['Nfld.'],
  'CA|NS': ['N.S.'], 'CA|ON': ['Ont.'], 'CA|PE': ['P.E.I.'], 'CA|QC': ['Que.'], 'CA|SK': ['Sask.'],
  'AU|NSW': ['N.S.W.'], 'AU|QLD': ['Qld', 'Qld.'], 'AU|VIC': ['Vic.'], 'AU|TAS': ['Tas.'],
};
