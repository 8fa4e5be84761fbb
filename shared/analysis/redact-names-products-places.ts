// Blind round 12: a capitalised product, street or feast read as a name is given back where its frame says what it is.
import { isGivenName } from './given-names';
import { maskedSpans, MASKED } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { ROLE_CUES } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';

/*
 * The name rules hide a capitalised word no list knows, and a given name
 * wherever it stands: "snack is Kit Kat", "caffè Lavazza", "kantinde Ülker
 * bisküvi", "the Victoria Street entrance", "xưởng Bình Dương", "Ramazan
 * Bayramı'nda", "met Koningsdag". Brands and places are too many to list;
 * the words around them say what they are, in any language:
 *
 * - a street or feast word right after ("Street", "Road", "Straße",
 *   "Caddesi", "Bayramı") or, for the words that are surnames too ("Park",
 *   "Hall", "Lane"), after "the" as well;
 * - a site word after and a preposition or article before ("at the Dayton
 *   plant", "nasa Jollibee kitchen");
 * - a place word before in Vietnamese and Chinese-style naming ("xưởng Bình
 *   Dương", "nhà máy Long An");
 * - a food or drink word right before ("caffè Lavazza", "snack is Kit Kat"),
 *   or after ("Ülker bisküvi", "Maruchan noodles"), or a canteen or machine
 *   word and what it has or lacks ("canteen mein Maggi", "machine only has
 *   Snickers and Twix", "refeitório só tem Guaraná");
 * - a one-word feast made with "dag" or "tag" ("Koningsdag", "Brückentag").
 *
 * A person named there stays hidden: nothing here frees a word after a role
 * or title, or before a verb of what people do ("the canteen Okonkwo hit me"
 * has no filler between place and name, so it is no frame).
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

// Streets and feasts, whose words are never a surname.
const STREET_OR_FEAST_AFTER = words(`street road rd avenue ave av boulevard blvd highway hwy expressway
  straße strasse str. straat laan weg gatan gata vej vei caddesi cad cadde sokak sok sokağı sokagi mahallesi mah bulvarı
  bulvari rua avenida calle carrer viale piazza rue chaussée chaussee plac ulica aleja ulicy
  bayramı bayrami bayramında bayraminda bayramı'nda bayramında'da bayram kandili
  festival fest carnival carnaval
  station stations stn gare bahnhof estación estacion estação estacao stazione stacja istasyonu
  проспект проспекта проспекте проспекту улица улицы улице улицу шоссе переулок переулке бульвар бульваре площадь
  площади набережная набережной станция станции метро`);
// Those that are also surnames ("Sarah Hall", "Jim Lane", "Ann Park"): only after "the".
const PLACE_AFTER_THE = words(`lane drive way square park hall gate gates bridge plaza mall centre center
  place court terrace row circle crescent close day eve night`);
// Sites: "the Dayton plant", "nasa Jollibee kitchen", "the Tesco car park".
const SITE_AFTER = words(`plant warehouse site store shop branch office factory depot kitchen restaurant location
  outlet facility campus dc hub yard mill mine hospital clinic hotel airport terminal`);
const ARTICLE_OR_PREPOSITION_BEFORE =
  words(`the a an at in on our this that from to near by sa nasa ng la el le les de du
  da do na no em en im am ở tại của на в во у около возле`);
// Vietnamese puts the kind of place first: "xưởng Bình Dương", "nhà máy Long An", "chi nhánh Đà Nẵng".
const PLACE_BEFORE = words(`xưởng máy kho nhánh tỉnh phố quận huyện cảng khu xã đường`);
// What is eaten or drunk, and its kinds: right before or after the brand.
const FOOD_OR_DRINK = words(`snack snacks coffee café cafe caffè caffe koffie kaffee kahve kahvesi chá cha thé tè
  çay cay tea soda sodas drink drinks beer bier cerveja cerveza birra candy chocolate chocolates chocolade
  çikolata cikolata biscuit biscuits bisküvi biskuvi kraker cookies cookie chips crisps noodles
  ramen juice suco succo refrigerante refresco gaseosa cola kaugummi gofret`);
// r36: "Okafor drinks on shift", "and Tremaine drinks during his shift": "drinks" or "snacks" is the person's verb
// when a preposition or "every", "all", "too" follows and no word of having or an article comes before ("we had
// Heineken drinks after work" stays a brand's drinks).
const FOOD_VERBS = words('drinks snacks');
const AFTER_FOOD_VERB = words('on at in during while before after every all too alone heavily and with behind');
const HAVING_BEFORE = words(
  'had have has having some the a an our my free cheap of for with serve served sell sells bought buy get got',
);
// Where food is had or sold, which a brand follows after a word of having ("canteen mein Maggi", "machine only has").
const FOOD_PLACE = words(`canteen canteens kantine kantin kantinde kantinden cantine cantina cantinho refeitório
  refeitorio comedor mensa cafeteria cafetería caffetteria vending machine machines automaat koffieautomaat
  macchinetta macchina distributeur pantry breakroom fridge frigo koelkast kühlschrank buzdolabı`);
// Words of having, lacking or being between the place and the brand ("only has", "só tem", "is geen", "mein").
const HAVING = words(`is are was were has have had only just no any some sells sell serves serve stocks stock
  es hay tiene solo sólo só tem têm so nur hat gibt kein keine keinen ist est a n'a plus que y il ha c'è solo
  heeft hebben ze nog geen alleen maar er mein me mai bhi sirf hai yok var sadece hiç walang wala may lang only`);
// What a person does after their name, which no brand does.
const PERSON_DOES = words(`works worked said says told tells yells yelled shouts shouted keeps kept does did will would
  can could should is was has had who trabaja dijo grita trabalha disse fala lavora dice arbeitet sagt werkt zegt`);
// Joining a second brand to the first: "Snickers and Twix".
const AND = words(`and or & y e et und en ve o oder of ou at`);

// Firms named after a person by initials and surname, which people name their employer, bank or software by ("we use
// JD Edwards", "my 401k is with JP Morgan", "I worked at TJ Maxx"): initials before a surname are a person's given
// names shortened everywhere else ("TJ Okafor said", redact-names-beside-hidden.ts), so only these are given back.
const FIRMS_BY_INITIALS =
  words(`jd-edwards jp-morgan jpmorgan-chase tj-maxx jb-hunt ch-robinson jc-penney jw-marriott jj-keller
  dr-horton pf-changs pf-chang's td-ameritrade td-bank at-kearney hh-gregg jm-smucker aj-madison bj's-wholesale
  cr-england jb-poindexter ej-gallo pg-tips hr-block ls-travis jr-simplot jt-marcus kc-masterpiece rj-reynolds
  tj-hughes ab-inbev ag-barr dm-drogerie rs-components jd-sports jd-williams jb-hifi tk-maxx bt-sport dhl-express`);
const INITIALS = lazyPattern(String.raw`^\p{Lu}{2}$`, 'u');

// A meal or break, and the verbs of being given or having what is eaten then ("get Maruchan for lunch").
const MEALS = words(`lunch breakfast dinner supper snack break breaks brunch`);
const HAD = words(`get gets got eat eats ate have has had serve serves served give gives gave buy buys bought drink
  drinks drank only just`);

// A feast written as one word: "Koningsdag", "Bevrijdingsdag", "Brückentag", "Nationaldag".
const FEAST_WORD = lazyPattern(String.raw`^\p{Lu}\p{Ll}{3,}(?:dag|tag|dagen)$`, 'u');
// Blind round 15: a feast with Turkish's "at", "from" or "to" ("Bayram'da", "Bayram'dan sonra", "Ramazan'a"); a
// person takes them seldom. And French's saints' days and towns ("la Saint-Nicolas", "à Saint-Denis"), which a
// person's name is only after a title ("M. Saint-Pierre").
const FEAST_NAMES = words(`bayram ramazan kurban noel paskalya nevruz kandil`);
const TURKISH_WHEN = /^['’](?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye)$/u;
const SAINT = lazyPattern(String.raw`^(?:saint|sainte|st|ste)-\p{L}`, 'u');
const SAINT_FRAME = words(`la le les à a au de du des en pour depuis avant après vers jusqu'à`);

interface Token {
  lower: string;
  start: number;
  end: number;
}

const TOKEN = lazyPattern(String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*[\p{L}\p{M}]|[\p{L}\p{M}]`, 'gu');

/**
 * `masked` with the names of products, streets, sites and feasts given back
 * from `read` (the text the rules read, same positions). `premasked` is what
 * was hidden before the rules ran (a sponsor's name): that is never given back.
 */
export function keepProductsAndPlaces(read: string, masked: string, premasked: string): string {
  const spans = maskedSpans(masked).filter((s) => s.kind === 'NAME');
  if (!spans.length) return masked;
  const tokens: Token[] = [...read.matchAll(TOKEN.get())].map((m) => ({
    lower: m[0].toLowerCase().replace(/[.’']+$/u, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
  // Only words right beside each other count: nothing but spaces between.
  const touching = (i: number) => i > 0 && /^[ \t]+$/u.test(read.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const capital = (i: number) => /^\p{Lu}/u.test(read.slice(tokens[i]!.start));
  const lowerAt = (i: number) => tokens[i]?.lower ?? '';
  const drinksAsVerb = (first: number, last: number) =>
    FOOD_VERBS.has(lowerAt(last + 1)) &&
    AFTER_FOOD_VERB.has(lowerAt(last + 2)) &&
    !HAVING_BEFORE.has(lowerAt(first - 1));
  let out = masked;
  for (const span of spans) {
    if (MASKED.test(premasked.slice(span.start, span.end))) continue;
    let first = tokens.findIndex((t) => t.start >= span.start);
    const last = tokens.findLastIndex((t) => t.end <= span.end);
    // "the coffee was Maria's idea": a possessive says a person; "@FreddieGibbs", "#Kowalski" are handles.
    if (first < 0 || last < first || !capital(first) || /^['’]s\b/u.test(read.slice(span.end))) continue;
    if (/[@#_\d]/u.test(read.slice(Math.max(0, span.start - 1), span.end))) continue;
    // "Kit Kat": a capitalised word left beside the hidden one is the same name.
    const spanFirst = first;
    while (first > 0 && touching(first) && capital(first - 1) && !MASKED.test(out[tokens[first - 1]!.start]!)) first--;
    const inside = tokens.slice(first, last + 1).map((t) => t.lower);
    const next = last + 1 < tokens.length && touching(last + 1) ? lowerAt(last + 1) : '';
    const after = lowerAt(last + 1);
    const keep =
      // "JD Edwards", "JP Morgan": a firm's name of initials and surname (the initials hidden with it or left).
      firmByInitials(spanFirst, last) ||
      // "Ramazan Bayramı'nda" hidden whole, "Victoria Street" hidden whole.
      (inside.length > 1 && STREET_OR_FEAST_AFTER.has(stripSuffix(inside.at(-1)!))) ||
      (inside.length === 1 && FEAST_WORD.get().test(read.slice(span.start, span.end))) ||
      turkishFeast(first, last) ||
      (inside.length === 1 && SAINT.get().test(inside[0]!) && touching(first) && SAINT_FRAME.has(lowerAt(first - 1))) ||
      // "the Victoria Street entrance", "on Kato rd": written as a street's name is, or after "the", "on", "at".
      (STREET_OR_FEAST_AFTER.has(stripSuffix(next)) &&
        (capital(last + 1) || (touching(first) && ARTICLE_OR_PREPOSITION_BEFORE.has(lowerAt(first - 1))))) ||
      (FOOD_OR_DRINK.has(next) && !drinksAsVerb(first, last)) ||
      // "we only get Maruchan for lunch", "they give us Lipton at break": what is had at a meal.
      (MEALS.has(lowerAt(last + 2)) &&
        (next === 'for' || next === 'at') &&
        HAD.has(lowerAt(first - 1)) &&
        !knownName(first, last)) ||
      (PLACE_AFTER_THE.has(next) && touching(first) && lowerAt(first - 1) === 'the') ||
      (SITE_AFTER.has(next) && touching(first) && ARTICLE_OR_PREPOSITION_BEFORE.has(lowerAt(first - 1))) ||
      // Blind round 15: opening a clause, a street or station after ("Victoria station closures", a given name as
      // many stations' are), or a site after a name no list knows ("…, Pune office mein").
      // Not before a role ("Sarah, station manager" written without its comma) or a deed.
      (opensClause(first) &&
        !ROLE_CUES.has(lowerAt(last + 2)) &&
        !PERSON_DOES.has(lowerAt(last + 2)) &&
        // "David Blaine street magic": a given name and a surname before it are a person still.
        ((STREET_OR_FEAST_AFTER.has(stripSuffix(next)) && (first === last || !knownName(first, last))) ||
          (SITE_AFTER.has(next) && !knownName(first, last)))) ||
      brandFrameBefore(first, after) ||
      // "Snickers and Twix": a second brand joined to one the words before say is one.
      (touching(first) &&
        AND.has(lowerAt(first - 1)) &&
        first >= 2 &&
        capital(first - 2) &&
        brandFrameBefore(first - 2, after));
    if (!keep) continue;
    out = out.slice(0, span.start) + read.slice(span.start, span.end) + out.slice(span.end);
  }
  return out;

  /** Whether the word at `i` opens the text, a sentence or a clause: nothing but a stop, comma or line before it. */
  function opensClause(i: number): boolean {
    return i === 0 || /[.,;:!?\n]/u.test(read.slice(tokens[i - 1]!.end, tokens[i]!.start));
  }

  /** "Bayram'da", "Ramazan'dan": a feast with Turkish's "at", "from", "to" after it. */
  function turkishFeast(first: number, last: number): boolean {
    if (first !== last) return false;
    const m = /^(\p{L}+)(['’]\p{L}+)$/u.exec(read.slice(tokens[first]!.start, tokens[first]!.end));
    return !!m && FEAST_NAMES.has(m[1]!.toLowerCase()) && TURKISH_WHEN.test(m[2]!.toLowerCase());
  }

  /** Whether a word from `first` to `last` is a given name or surname the lists know ("get Okafor for lunch duty"). */
  function knownName(first: number, last: number): boolean {
    return tokens.slice(first, last + 1).some((t) => isGivenName(t.lower) || isCommonSurname(t.lower));
  }

  /** "[JD Edwards]", "JP [Morgan]": the hidden surname at `last` and the initials before it name a firm. */
  function firmByInitials(first: number, last: number): boolean {
    const firm = (initials: number) =>
      initials >= 0 &&
      initials + 1 < tokens.length &&
      touching(initials + 1) &&
      INITIALS.get().test(read.slice(tokens[initials]!.start, tokens[initials]!.end)) &&
      FIRMS_BY_INITIALS.has(`${tokens[initials]!.lower}-${lowerAt(initials + 1)}`);
    // The surname hidden alone or with its initials, or the initials hidden alone before it.
    return first === last ? firm(first - 1) || firm(first) : first + 1 === last && firm(first);
  }

  /** What stands before the name at token `i` says it is a brand or a place: "caffè X", "xưởng X", "canteen mein X". */
  function brandFrameBefore(i: number, after: string): boolean {
    if (!touching(i)) return false;
    const previous = lowerAt(i - 1);
    if (PLACE_BEFORE.has(previous) || FOOD_OR_DRINK.has(previous)) return true;
    // "the canteen only has Okafor working weekends": a person does things after their name.
    return afterFoodPlaceAndHaving(i) && !/ing$/u.test(after) && !PERSON_DOES.has(after);
  }

  /** "canteen mein", "machine only has", "refeitório só tem", "in de kantine is geen": a place of food, then having. */
  function afterFoodPlaceAndHaving(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (!touching(k + 1)) return false;
      if (FOOD_PLACE.has(lowerAt(k)) || FOOD_OR_DRINK.has(lowerAt(k))) return k < i - 1;
      if (!HAVING.has(lowerAt(k))) return false;
    }
    return false;
  }
}

/** "bayramı'nda" → "bayramı", "Street," → "street": the word without a Turkish case ending after an apostrophe. */
function stripSuffix(lower: string): string {
  return lower.replace(/['’].*$/u, '');
}
