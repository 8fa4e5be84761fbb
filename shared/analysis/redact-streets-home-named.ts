import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * A home's street named without its number (red43b, from op42): "Vivo en la calle Morelos, frente a la tortillería",
 * "I live on Birchwood Drive", "j'habite rue des Acacias", "ich wohne in der Lindenstraße", "Mieszkam na ulicy
 * Kwiatowej". A home address is hidden (docs/anonymity.md); the address rules wanted a house number, and with the site
 * and a landmark ("frente a la tortillería") one street is a few households. After a word for living somewhere, in en
 * es fr pt de it pl tl, the street (its type and its name, or its name and its type) becomes [ADDRESS]; the landmark
 * stays (alone it points nowhere). Without a word for living there a street stays: a hazard, a site's address, a
 * commute ("the street outside the plant floods", "The warehouse on Industrial Blvd has no heat", "la calle frente a
 * la planta está llena de baches", "I live far from the plant").
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// Each word of a list (a space inside one is written \x20) with its first letter in either case ("calle", "Calle"): the pattern is read case-sensitively, so
// that a street's name is told by its capitals ("boulevard Voltaire depuis dix ans" ends at "Voltaire").
const anyCase = (words: string) =>
  words
    .split(' ')
    .map((word) => (/^[a-z]/u.test(word) ? `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}` : word))
    .join('|');

// A word for living somewhere: "I live", "vivo", "j'habite", "moro", "ich wohne", "abito", "mieszkam", "nakatira".
const LIVE = String.raw`(?:${anyCase('i we he she they who still now also')})[ \t]+(?:live|lives|lived|living|stay|stays)|${anyCase(
  String.raw`vivo vive vivimos viven viv\u00eda resido reside j['\u2019][\x20\t]*habite habite habitons habitent habitait je[\x20\t]+vis vit vivons vivent moro mora moramos moram morava wohne wohnt wohnen wohnte abito abita abitiamo abitano mieszkam mieszka mieszkamy mieszkaj\u0105 nakatira`,
)}`;
// The small words before the street: "on", "en la", "dans la", "na", "in der", "in", "na ulicy" (the type, below), "sa".
const BETWEEN = String.raw`(?:[ \t]+(?:on|in|at|off|just|right|near|by|en|la|el|sur|sobre|dans|au|\u00e0|na|no|em|der|im|am|an|auf|a|w|przy|sa|sulla|sulla|ako|kami|siya|sila)(?![\p{L}])){0,4}`;
// Type first: "calle Morelos", "avenida Hidalgo", "rue des Acacias", "Rua das Flores", "via Garibaldi", "ulicy Kwiatowej".
const TYPE_FIRST = String.raw`(?:${anyCase(
  String.raw`calle c\/ avenida avda\.? av\. calzada callej\u00f3n privada boulevard bulevar blvd\.? rue avenue bd chemin all\u00e9e impasse rua travessa alameda via viale corso piazza vicolo ulic[aey] ul\. alej[ia] osiedl[eu] kalye`,
)})(?:[ \t]+(?:de|del|de[ \t]+la|los|las|des|du|de[ \t]+l['\u2019]|da|das|do|dos|di|della|dei))?[ \t]*(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|\p{Ll}{3,})(?:[ \t]+\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,2}`;
// Name first, English: "Birchwood Drive", "Cedar Ln", "oak st", "Rizal Street" (a name written small: see below).
const NAME_FIRST = String.raw`(?:[\p{L}\p{M}'\u2019-]+[ \t]+){0,2}[\p{L}\p{M}'\u2019-]+[ \t]+(?:${anyCase(
  'street st road rd avenue ave lane ln drive dr court ct boulevard blvd way circle cir terrace crescent close highway hwy parkway pkwy trail place pl',
)})\.?`;
// German: "Lindenstraße", "Marktplatz", "Rosengasse".
const GERMAN = String.raw`\p{L}\p{Ll}{2,}(?:stra\u00dfe|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer)`;
// op44: a landmark between the living and the street: "I live behind the plant on Cedar Lane", "vivo detrás de la
// gasolinera en la calle Olmo", "j'habite près de l'usine rue des Lilas", "ich wohne hinter dem Werk in der Lindenstraße".
const LANDMARK = String.raw`(?:[ \t]+(?:right|just))?[ \t]+(?:behind|next[ \t]+to|near|across[ \t]+from|opposite|beside|by|around[ \t]+the[ \t]+corner[ \t]+from|detr\u00e1s[ \t]+de|junto[ \t]+a|cerca[ \t]+de|frente[ \t]+a|al[ \t]+lado[ \t]+de|derri\u00e8re|pr\u00e8s[ \t]+de|\u00e0[ \t]+c\u00f4t\u00e9[ \t]+de|en[ \t]+face[ \t]+de|hinter|neben|gegen\u00fcber|atr\u00e1s[ \t]+d[aoe]s?|perto[ \t]+d[aoe]s?|ao[ \t]+lado[ \t]+d[aoe]s?|dietro|vicino[ \t]+a\p{L}{0,3}|accanto[ \t]+a\p{L}{0,3}|di[ \t]+fronte[ \t]+a\p{L}{0,3}|za|obok|ko\u0142o|blisko|naprzeciwko)(?:[ \t]+[\p{L}\p{M}'\u2019-]{1,20}){1,4}?(?=[ \t]+(?:on|off|in|en|sobre|sur|dans|rue|na|no|em|in|auf|w|przy|sa|via|sulla|calle|rua|ulic\p{L}|am|an)(?![\p{L}]))`;
// op44: a numbered road the writer lives on or off: "I live off Route 9", "vivo sobre la carretera 45", "moro na
// rodovia 101", "ich wohne an der B 27", "abito sulla statale 16", "mieszkam przy drodze krajowej 7".
const ROUTE = String.raw`(?:${anyCase('route highway hwy carretera autopista ruta rodovia estrada strada statale provinciale droga drodze drog\u0119')})(?:[ \t]+(?:state|county|estatal|federal|nacional|nationale|d\u00e9partementale|krajow\p{L}{1,3}|wojew\u00f3dzk\p{L}{1,3}|statale|provinciale|n\u00b0|nr\.?|no\.?|n\u00ba))?[ \t]*(?:[A-Z]{1,3}[ -]?)?\d{1,4}(?![\p{N}])|(?:Bundesstra\u00dfe|Landstra\u00dfe|Staatsstra\u00dfe|Kreisstra\u00dfe|B|L|RN|SS|DK|[sS]tate[ \t]+[rR]oute|[cC]ounty[ \t]+[rR]oad|[iI]nterstate)[ \t]*-?\d{1,4}(?![\p{N}])`;
const HOME_STREET = lazyPattern(
  String.raw`(?<![\p{L}])(?:${LIVE})(?![\p{L}])(?:${LANDMARK})?${BETWEEN}[ \t]+((${TYPE_FIRST})|(${GERMAN})|(${NAME_FIRST})|(${ROUTE}))(?![\p{L}])`,
  'gu',
);
const TYPE_WORDS =
  /calle|c\/|avenida|avda|av\.|calzada|callej|privada|boulevard|bulevar|blvd|rue|avenue|bd|chemin|all\u00e9e|impasse|rua|travessa|alameda|via|viale|corso|piazza|vicolo|ulic|ul\.|alej|osiedl|kalye|street|st|road|rd|ave|lane|ln|drive|dr|court|ct|way|circle|cir|terrace|crescent|close|highway|hwy|parkway|pkwy|trail|place|pl|stra\u00dfe|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|route|highway|carretera|autopista|ruta|rodovia|estrada|strada|statale|drog|B[ \t]*-?\d|\b(?:L|RN|SS|DK)[ \t]*\d/iu;
// A street named first is a name when its words are capitalised ("Birchwood Drive", "Rizal Street"); written small,
// one word before a type only streets have ("oak st", "elm road"), and not a word that says what kind of road it is
// ("a dirt road", "a long way", "pretty close", "the same place").
const STRICT_TYPE = /^(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd)\.?$/iu;
const NOT_A_NAME = new Set(
  'my our the a an this that same other own main side back busy quiet dead one your their his her dirt gravel country long short little big private public new old pretty very far close quite main'.split(
    ' ',
  ),
);

// With a house number after it, past any more words of its name, the street is the address rules' whole ("wohnt in
// der Hauptstraße 12, 10115 Berlin", "vive en calle Reyes Católicos 1", "abita in via Vittorio Emanuele II 1").
const NUMBER_AFTER = lazyPattern(
  String.raw`^(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|de|del|da|do|dos|das|di|della|dei|la|las|los)){0,4}[ \t]*,?[ \t]*(?:n[\u00ba\u00b0o]\.?[ \t]*)?\d`,
  'u',
);

function isHomeStreet(m: RegExpExecArray): boolean {
  const street = m[1]!;
  if (/[\uE000-\uE006]/u.test(street)) return false;
  // A numbered road: its number is part of it.
  if (m[5] !== undefined) return true;
  if (NUMBER_AFTER.get().test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 80))) return false;
  // "calle Morelos", "via garibaldi": a type no other word is, then its name.
  if (m[2] !== undefined || m[3] !== undefined)
    return !NOT_A_NAME.has(
      street
        .split(/[ \t]+/u)
        .at(-1)!
        .toLowerCase(),
    );
  const words = street.split(/[ \t]+/u);
  const type = words.pop()!;
  if (words.every((word) => /^\p{Lu}/u.test(word))) return !NOT_A_NAME.has(words[0]!.toLowerCase());
  return words.length === 1 && STRICT_TYPE.test(type) && !NOT_A_NAME.has(words[0]!.toLowerCase());
}

const homeStreets = maskMatches(HOME_STREET, 'ADDRESS', isHomeStreet, 1, true);

/** Hides a home's street named without a number after a word for living there (see above). */
export const maskHomeStreetsNamed: Rule = (text) =>
  /(?:liv|stay|viv|resid|habit|vis|vit|mor|wohn|abit|mieszk|nakatira)/iu.test(text) && TYPE_WORDS.test(text)
    ? homeStreets(text)
    : text;
