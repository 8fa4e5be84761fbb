// Blind round 12: Dutch "van de nachtploeg" (of the night shift) after a name is where the person works, no surname.
import { isCommonSurname } from './surnames';

/*
 * Dutch writes where someone works as "Femke van de nachtploeg", "jeroen van
 * inkoop", "Henk van de expeditie": "van" is "of" as often as it opens a
 * surname ("van Dijk", "van der Berg"). Written small after "van de" or "van
 * het" a word is "of the …" in a Dutch text, unless it is a known surname
 * ("van de berg"); after "van" alone only the words and endings of workplaces
 * below say so, as "van dam", "van dijk" are surnames.
 */
const DUTCH_WORKPLACE_WORDS = new Set(
  `inkoop verkoop planning receptie expeditie logistiek magazijn productie kantoor administratie boekhouding
  personeelszaken hr schoonmaak beveiliging kantine keuken onderhoud kwaliteit verzending ontvangst klantenservice
  callcenter kassa winkel vloer werkvloer zaak montage lasserij spuiterij drukkerij slagerij bakkerij transport
  distributie inpak inpakken it ict marketing financiën financien salarisadministratie directie management
  technische techniek werkplaats afdeling ploeg dienst nacht dag avond vroege late weekend`.split(/\s+/),
);
// Blind round 18: also what a person drives or runs there ("kees van de heftruck", "anouk van de kassa", "sem van
// de lopende band", "de man van de vrachtwagen").
const DUTCH_WORKPLACE_ENDING =
  /(?:afdeling|ploeg|dienst|zaken|kantoor|hal|lijn|magazijn|team|centrum|balie|post|truck|wagen|wagentje|machine|band|lift|kraan|oven|cel|bus|busje|pers|lader|kassa|zaal|poort|perron|kantine|keuken|werker|heftruck|hoogwerker|stapelaar)$/u;

/** Whether a Dutch-looking word is a place of work: "inkoop", "nachtploeg", "inpakafdeling". */
export function isDutchWorkplaceWord(lower: string): boolean {
  return DUTCH_WORKPLACE_WORDS.has(lower) || DUTCH_WORKPLACE_ENDING.test(lower);
}

/**
 * Whether `lower`, written small after the particles `chain` ("van", "de"),
 * is "of (the) …" rather than a surname: after "van de"/"van het" in a Dutch
 * text anything no surname list knows, after any particles a workplace word.
 */
export function isDutchOfTheWorkplace(chain: readonly string[], lower: string, language: string): boolean {
  if (chain[0] !== 'van') return false;
  if (isDutchWorkplaceWord(lower)) return true;
  return language === 'nl' && chain.length === 2 && /^(?:de|het|'t)$/u.test(chain[1]!) && !isCommonSurname(lower);
}
