// names39 (blind attack ra38b): towns, banks and brands that are given names too, given back where only a place stands.
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { CITY as UKRAINIAN_CITY_CYRILLIC } from './redact-names-kept-makes-cities-feasts';
import { MASKED, maskedSpans } from './redaction-kinds';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * ra38b found places, brands and teams hidden as people: "biwo Jacmel ak Okap pa gen kouran", "biwo Pòtoprens lan",
 * "depo Gonayiv la" (Haitian towns in Creole); "kolegy z Mariupolia i Odesy", "u Kyievi vsi pratsiuiut" (Ukrainian
 * cities typed in Latin letters, in their cases); "у Києві і Львові" (the second city of a pair); "the Austin orders
 * to the Phoenix warehouse", "the Austin and Dallas crews", "the Savannah port team", "the Angelica uniform service",
 * "the Sierra and Hunter teams" (a town, a firm or a sports name before what a firm has there); "payroll moved from
 * Chase to Wells Fargo" (a bank). Given back, as classes:
 * - a Haitian town of the list below in its Creole or French spelling, anywhere (no one is named Okap or Gonayiv);
 *   those that are given names too ("Jeremi", "Milo") only after a Creole word of place (biwo, depo, nan, soti, lavil…);
 * - a Ukrainian city in Latin letters, any case ending ("Mariupolia", "Odesy", "Kyievi", "Lvovi", "Kharkova");
 * - a Ukrainian city in Cyrillic after "і/й/та/або/чи/," that follows another city ("у Києві і Львові");
 * - one to three capitalised words after "the/our/their/at/in/from/to…", joined by "and/&/,", then up to two words
 *   written small, then what a firm has in a place or a trade: team, crew, site, warehouse, port, office, orders,
 *   service… ("the Savannah port team", "the Angelica uniform service");
 * - the other side of "from X to Y" when one side is a town, a firm or a bank everyone knows, or a capitalised name
 *   the rules left visible ("from Chase to Wells Fargo");
 * - a bank of the list below beside what a bank has (account, card, app, branch) or in a text about pay or banking.
 * A person stays hidden: "tell Chase to…", "Austin's team", "the Austin guy", "Chase said", "Milo nan depo a".
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const HAITIAN_TOWNS =
  words(`akaye akay\u00e8 bomon cap-haitien cap-ha\u00eftien croix-des-bouquets dalmas delmas dezam d\u00e8lma
  folibete fondwa f\u00f2defrans f\u00f2lib\u00e8te gonaives gonayiv gona\u00efves gresye hinche jacmel jakmel jakm\u00e8l kabare
  kabar\u00e8 kafou kap-ayisyen kavayon kenskof kensk\u00f2f kwa-de-bouke kwadebouke lagonav lavale lenbe leogan leogane
  leog\u00e0n les-cayes leste lest\u00e8 leyogan leyog\u00e0n limonad l\u00e9og\u00e2ne mamlad mibale mibal\u00e8 miragwan miragw\u00e0n
  mirebalais okap okap-ayisyen okapayisyen petion-ville petyon-vil petyonvil plezans podepe port-de-paix portsalut
  potoprens p\u00e9tion-ville p\u00f2dep\u00e8 p\u00f2mago p\u00f2sali p\u00f2salu p\u00f2toprens p\u00f2topwens saint-marc sen-mak senmak
  tabarr tigwav wanament`);
// Towns that are given names too: only where a Creole word of place stands before them.
const HAITIAN_TOWNS_PLACED = words(`aken delma ench jeremi jeremie jeremy j\u00e9r\u00e9mie kap milo okay sodo taba`);
const CREOLE_PLACE_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:biwo|depo|nan|soti|lavil|vil|rive|ale|pou|sikisal|faktori|izin|magazen|lopital|ak|ant|bo|kote|z\u00f2n)[ \t]+$`,
  'iu',
);

const UKRAINIAN_CITY_LATIN = lazyPattern(
  String.raw`^(?:kyiv|kyiev|kyjiv|kiev|lviv|lvov|kharkiv|kharkov|odes|odess|dnipr|zaporizhzh|mariupol|mykolaiv|mykolaiev|kherson|poltav|chernihiv|chernihov|vinnyts|ternopil|ternopol|lutsk|rivn|uzhhorod|ivano-frankivsk|chernivts|zhytomyr|kropyvnytsk|irpin|irpen|buch|kramatorsk|sloviansk|bakhmut|donetsk|luhansk|cherkas|khmelnytsk|kremenchuk|kremenchuts|melitopol|berdiansk|brovar|boryspil|boryspol|kovel)(?:a|u|i|y|e|o|ia|iu|ii|ie|om|em|oiu|eiu|akh|iakh|iv|ei|yi|ykh|oho|omu|ym|ami|iamy)?$`,
  'iu',
);
const CYRILLIC_AND_BEFORE = lazyPattern(
  String.raw`(\p{L}+)[ \t]*(?:,|[ \t](?:\u0456|\u0439|\u0442\u0430|\u0430\u0431\u043e|\u0447\u0438|i|ta))[ \t]+$`,
  'iu',
);

// What a firm has in a place, or a firm's trade, after its name.
const UNIT = String.raw`(?:teams?|crews?|sites?|warehouses?|offices?|depots?|plants?|branch(?:es)?|stores?|locations?|hubs?|dcs?|yards?|ports?|terminals?|facilit(?:y|ies)|accounts?|orders?|shipments?|routes?|markets?|regions?|district|campus|clinic|hospital|contracts?|services?|uniforms?|lines?|lanes?|centers?|centres?|airport|division|franchise|outlet|mill|mine|fleet|drivers)`;
const JOIN = String.raw`(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+|[ \t]*&[ \t]*)`;
// A capitalised word, never owning ("in Sarah's office" is hers).
const CAP = String.raw`\p{Lu}[\p{L}-]*(?!['\u2019]?\p{L})`;
const NAMES_BEFORE_UNIT = lazyPattern(
  String.raw`(?<![\p{L}])(?:the|our|their|your|its|both|at|in|from|to|for|between|with)[ \t]+(${CAP}(?:[ \t]+${CAP})?(?:${JOIN}${CAP}(?:[ \t]+${CAP})?){0,3})((?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})[ \t]+${UNIT}(?![\p{L}'\u2019])`,
  'gu',
);
// What the small words between a name and the unit must not be: a person's words ("the Austin guy team"?) or verbs.
const NOT_BETWEEN =
  /(?:^|[ \t])(?:and|or|the|a|to|is|was|has|had|said|told|guy|girl|lady|man|woman|boss|manager|lead|kid|said|says|from|of|'s)(?=$|[ \t])/iu;
const FROM_TO = lazyPattern(
  String.raw`(?<![\p{L}])from[ \t]+(${CAP}(?:[ \t]+${CAP}){0,2})[ \t]+to[ \t]+(${CAP}(?:[ \t]+${CAP}){0,2})(?![\p{L}])`,
  'gu',
);

const BANKS =
  words(`chase ally truist regions citizens huntington pnc usaa chime varo discover synchrony santander barclays
  lloyds natwest halifax nationwide monzo starling metro hsbc citi citibank wellsfargo barclaycard`);
const BANK_NEXT = lazyPattern(
  String.raw`^[ \t]+(?:bank|account|accounts|card|cards|app|branch|checking|savings|debit|credit|atm)(?![\p{L}])`,
  'iu',
);
const BANKING = lazyPattern(
  String.raw`(?<![\p{L}])(?:payroll|paycheck|paycheque|direct[ \t]+deposit|deposit|bank|banking|account|transfer|wire)`,
  'iu',
);
// What says the word was a person after all.
const PERSON_AFTER = lazyPattern(
  String.raw`^(?:['\u2019]s?(?![\p{L}])|[ \t]+(?:said|says|told|tells|asked|yelled|shouted|is[ \t]+a|was[ \t]+a|keeps|always|never|called|texted|guy|girl|lady|man|woman|he|she|who)(?![\p{L}]))`,
  'iu',
);

// What says a bank's name was a person's: they speak, or are spoken of as one ("Chase never arrives" is a payment).
const PERSON_SPOKE = lazyPattern(
  String.raw`^(?:['\u2019]s[ \t]+(?:wife|husband|mom|dad|car|desk|friend|shift)|[ \t]+(?:said|says|told|tells|asked|yelled|shouted|texted|guy|girl|lady|man|woman|he|she|who)(?![\p{L}]))`,
  'iu',
);
const LATIN_JOINER = /^(?:do|i|ta|z|u|v|vid|pid|ta|ot|cherez)$/u;

/** `masked` with towns, banks and brands that the names rules took, given back where only a place stands. */
export function keepTownsTeamsAndBanks(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  const hiddenHere = (start: number, end: number) =>
    out.slice(start, end).includes('\uE000') && !MASKED.test(premasked.slice(start, end));
  const giveBack = (start: number, end: number) => {
    for (let c = start; c < end; c++)
      if (out[c] === '\uE000' && !MASKED.test(premasked[c]!)) out = out.slice(0, c) + read[c] + out.slice(c + 1);
  };
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    const lower = word.toLowerCase();
    const before = read.slice(Math.max(0, start - 40), start);
    const after = read.slice(end, end + 30);
    const spoke = PERSON_SPOKE.get().test(after);
    if (PERSON_AFTER.get().test(after) && !HAITIAN_TOWNS.has(lower) && !BANKS.has(lower)) continue;
    const haitian =
      HAITIAN_TOWNS.has(lower) || (HAITIAN_TOWNS_PLACED.has(lower) && CREOLE_PLACE_BEFORE.get().test(before));
    // One city or more, with the small words between them ("Dnipra do Zaporizhzhia" was hidden as one name).
    const parts = word.split(/[ \t]+/u);
    const ukrainianLatin = parts.every((part, i) =>
      i % 2 === 0 ? /^\p{Lu}/u.test(part) && UKRAINIAN_CITY_LATIN.get().test(part) : LATIN_JOINER.test(part),
    );
    let ukrainianPair = false;
    if (UKRAINIAN_CITY_CYRILLIC.get().test(word)) {
      const first = CYRILLIC_AND_BEFORE.get().exec(before)?.[1];
      ukrainianPair = first !== undefined && UKRAINIAN_CITY_CYRILLIC.get().test(first);
    }
    const bank =
      !spoke &&
      BANKS.has(lower.replace(/[ \t]+/gu, '')) &&
      /^\p{Lu}/u.test(word) &&
      (BANK_NEXT.get().test(after) || BANKING.get().test(read));
    if (haitian || ukrainianLatin || ukrainianPair || bank) giveBack(start, end);
  }
  if (out.includes('\uE000'))
    for (const m of read.matchAll(NAMES_BEFORE_UNIT.get())) {
      const names = m[1]!;
      if (NOT_BETWEEN.test(m[2]!)) continue;
      const start = m.index + m[0].indexOf(names);
      if (hiddenHere(start, start + names.length)) giveBack(start, start + names.length);
    }
  if (out.includes('\uE000') && read.includes('from'))
    for (const m of read.matchAll(FROM_TO.get())) {
      const a = m[1]!;
      const b = m[2]!;
      const aStart = m.index + m[0].indexOf(a);
      const bStart = m.index + m[0].lastIndexOf(b);
      const aHidden = hiddenHere(aStart, aStart + a.length);
      const bHidden = hiddenHere(bStart, bStart + b.length);
      if (aHidden === bHidden) continue;
      const [hidden, other] = aHidden ? [a, b] : [b, a];
      const known = (w: string) => {
        const lower = w.toLowerCase();
        return (
          WELL_KNOWN_FIRMS.has(lower.replace(/[ \t]+/gu, '')) || WELL_KNOWN_CITIES_LATIN.has(lower) || BANKS.has(lower)
        );
      };
      // The visible side is a place or a firm: known, or more than one capitalised word, or no given name.
      const otherIsPlace = known(other) || / /u.test(other) || !isGivenName(other.toLowerCase());
      const hiddenAt = aHidden ? aStart : bStart;
      if (otherIsPlace) giveBack(hiddenAt, hiddenAt + hidden.length);
    }
  return out;
}
