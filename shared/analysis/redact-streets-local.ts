import { addressEnd, anyCase, PARTICLE } from './address-parts';
import { isEnglishWord } from './english-dictionary';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { type LazyPattern, lazyPattern } from './lazy-pattern';

/*
 * Street addresses as Spanish, French, Portuguese, Italian, German, Dutch and
 * Polish ("ul. Marszałkowska 10/12, 00-590 Warszawa") write them: the street type first ("Calle de Alcalá, 45", "Av. Insurgentes
 * Sur 1602", "Via Roma 12", "Rua Augusta 45", "Calle 72 # 10-34"), the number
 * first ("12 rue de la République", "3 bis avenue Foch"), or the type inside
 * the name ("Hauptstraße 5", "Berliner Straße 5", "Kerkstraat 12"); each then
 * widened over its floor, door, postcode and town (address-parts.ts).
 */

// Street types that say "street" and little else, in any case.
const STRONG_TYPES =
  'calle|c/|jl.|jln.|avenida|av.|avda.|avda|avd.|paseo|pº|carrera|cra.|carretera|ctra.|glorieta|travesía|travesia|callejón|callejon|calzada|carrer|rua|travessa|estrada|praça|praca|viale|piazza|piazzale|p.za|corso|vicolo|rue|avenue|boulevard|bd.|bd|bvd|impasse|allée|chemin|quai|faubourg|straße|strasse|gasse|calle|ul.|ulica|ulicy|aleja|alei|al.|os.|osiedle';
// Types that are also ordinary words ("via email", "place", "plaza de trabajo"): only before a capitalised name.
const WEAK_TYPES =
  'Av|Jalan|Plaza|Pza.|Pl.|Cl.|R.|Via|Place|Route|Cours|Largo|Camino|Ronda|Privada|Cerrada|Diagonal|Transversal|Alameda|Square|Strada|Weg|Platz|Allee|Str.';

const literal = (words: string) => words.replace(/[./]/g, (c) => `\\${c}`);
const TYPE = String.raw`(?:${anyCase(literal(`${STRONG_TYPES}|${WEAK_TYPES}`))})`;
const STRONG = lazyPattern(String.raw`^(?:${anyCase(literal(STRONG_TYPES))})$`, 'u');

// Words that end a street's name: a street is not called "Mayor y" or "rue et".
const STOP = anyCase(
  'y|e|o|u|que|con|por|para|sin|es|son|hay|tiene|a|à|et|ou|est|sont|avec|pour|dans|il|ha|ho|per|und|oder|ist|sind|mit|für|um|the|and|or|is|are|at|to|for|with|was|me|te|se|lo|nos|mi|tu|su|mis|ya|muy|más|pas|ne|non|no|je|tu|nous|vous|ils|elle|yo|él|ella|eu|ele|ela|io|lui|lei|ich|er|sie|wir|todos|tous|tutti|alle|cada|chaque|ogni|jede|hace|desde|hasta|depuis|da|seit|bis|entre|tra|fra|zwischen|como|comme|come|wie|cuando|quand|quando|wenn',
);
const WORD = String.raw`(?!(?:${STOP}|${PARTICLE})(?![\p{L}'’]))\p{L}[\p{L}'’.-]*`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
// A count, not a house number: "calle 5 veces", "Via WhatsApp 3 times".
const NOT_A_HOUSE = String.raw`(?![\p{L}\p{N}]|[.,]\d|\s?%|\s+(?:${anyCase('veces|vez|fois|volte|vezes|mal|times|horas|hora|heures|heure|ore|stunden|hours|min|minutos|minutes|minuti|días|dias|jours|giorni|tage|days|años|anos|ans|anni|jahre|years|meses|mois|mesi|monate|months|semanas|semaines|settimane|wochen|weeks|personas|personnes|persone|pessoas|personen|people|euros|euro|pesos|dólares|km|metros|mètres|metri|meter')}|€|\$)(?![\p{L}]))`;
// "10/12" in Polish: the house, then the flat.
const HOUSE = String.raw`(?:${anyCase('n')}[º°o]\.?\s*)?\d{1,4}(?:\/\d{1,4}(?![\p{N}]))?(?:(?:[A-Za-z]|\s[A-Z])(?![\p{L}\p{N}]))?(?:\s?(?:bis|ter|quater)(?![\p{L}]))?${NOT_A_HOUSE}`;
const NAME_PART = String.raw`(?:\s+(?:${PARTICLE}\s+)*(?:[dl]['’]\s?)?${WORD})`;

// "Calle de Alcalá, 45", "calle mayor 5", "Av. Insurgentes Sur 1602", "Via dei Mille 3".
const TYPE_FIRST = lazyPattern(String.raw`(?<![\p{L}\p{N}])(${TYPE})(${NAME_PART}{1,5}?)(?:,?\s+)${HOUSE}`, 'gu');
// "Calle 72 # 10-34", "Carrera 7 No. 45-10", "Calle 5 bis # 3-20": the numbered streets of Colombia and Mexico.
const NUMBERED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(${TYPE})\s+\d{1,3}[A-Za-z]?(?:\s?bis)?\s*(?:#|${anyCase('no')}\.?|${anyCase('n')}[º°]\.?)\s*\d{1,3}[A-Za-z]?\s?-\s?\d{1,3}(?![\p{N}])`,
  'gu',
);
// "12 rue de la République", "3 bis avenue Foch", "45, calle Mayor".
const NUMBER_FIRST = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.,])\d{1,5}(?:\s?(?:bis|ter|quater|[A-Z])(?![\p{L}]))?,?\s+(${TYPE})(?:\s+(?:${PARTICLE}\s+)*(?:[dl]['’]\s?)?${WORD})(?:[\s-]+(?:${PARTICLE}[\s-]+)*(?:[dl]['’]\s?)?${CAP_WORD}){0,3}`,
  'gu',
);
// "Hauptstraße 5", "Karl-Marx-Allee 12a", "Berliner Straße 5", "Kerkstraat 12", "Lindenweg 3-5"; the house's letter in
// capitals too ("Kerkstraat 12A", blind round 13).
const TYPE_INSIDE = lazyPattern(
  String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]*?(?:[\s-](?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Damm|Ufer|Chaussee)|straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|chaussee|straat|laan|gracht|plein|steeg|dijk|kade|singel|gatan|vägen|vej|veien|gade)\s+\d{1,4}[A-Za-z]?(?:\s?-\s?\d{1,4}[A-Za-z]?)?${NOT_A_HOUSE}`,
  'gu',
);
// Blind round 26: the same written small ("ik woon op de kerkstraat 17b", "bor på storgatan 12"), only with the
// types no other word ends in ("arbeitsplatz 3", "parkplatz 5" are a desk and a space, "weg" closes Dutch verbs).
const TYPE_INSIDE_SMALL = lazyPattern(
  String.raw`(?<![\p{L}])\p{Ll}{3,}(?:straße|strasse|gasse|straat|laan|gracht|steeg|singel|gatan|vägen|vej|veien|gade|gata|gaten|katu|utca)\s+\d{1,4}[A-Za-z]?(?:\s?-\s?\d{1,4}[A-Za-z]?)?${NOT_A_HOUSE}`,
  'gu',
);

// Vietnamese: "số 12 ngõ 45 Nguyễn Trãi", "12 đường Lê Lợi", "hẻm 34/5 Nguyễn Văn Cừ": a number with a lane or a
// street word, then the street's capitalised name.
const VIETNAMESE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${anyCase('số')}\s+)?\d{1,4}[A-Za-z]?(?:\/\d{1,4})*(?:\s+(?:${anyCase('ngõ|ngách|hẻm|kiệt')})\s+\d{1,4}(?:\/\d{1,4})*)*\s+(?:(?:${anyCase('đường|phố')})\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}`,
  'gu',
);
const VIETNAMESE_STREET_WORD = lazyPattern(
  String.raw`(?:^|\s)(?:${anyCase('số|ngõ|ngách|hẻm|kiệt|đường|phố')})\s`,
  'u',
);
// The Philippines: "Blk 5 Lot 12 Phase 2", "Block 3, Lot 7".
const BLOCK_LOT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${anyCase('blk')}\.?|${anyCase('block')})\s*\d{1,4}[A-Z]?\s*,?\s*(?:${anyCase('lot')}|L)\.?\s*\d{1,4}[A-Z]?(?:\s*,?\s*(?:${anyCase('phase|ph')})\.?\s*\d{1,2}[A-Z]?)?`,
  'gu',
);

// Street names of the other languages that are English words too: "Plaza Mayor", "Calle Real", "Via Nuova".
const STREET_NAME_WORDS = new Set([
  'mayor',
  'real',
  'nueva',
  'nuevo',
  'grande',
  'central',
  'principal',
  'alta',
  'baja',
  'nova',
  'nuova',
  'major',
  'royale',
  'sol',
  'mar',
]);

const PARTICLE_ONLY = lazyPattern(`^${PARTICLE}$`, 'u');

/**
 * The street's name reads as a name: a small word first ("Plaza de España",
 * "place de la Bourse"), or a capitalised word that is no English word
 * ("via Roma 12", "Av. Insurgentes Sur"), where "3 Square Meals" and "Plaza
 * Hotel 5" have none.
 */
function readsAsName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const capitals = words.map((w) => w.replace(/^[dl]['’]\s?/u, '')).filter((w) => /^\p{Lu}/u.test(w));
  if (PARTICLE_ONLY.get().test(words[0]!) && capitals.length > 0) return true;
  return capitals.some((w) => {
    const lower = w.replace(/[.'’-]+$/u, '').toLowerCase();
    return STREET_NAME_WORDS.has(lower) || !isEnglishWord(lower);
  });
}

/** A type that says "street" is enough; one that is also an ordinary word ("via", "place") needs a name after it. */
function typeFirstOk(m: RegExpExecArray): boolean {
  return STRONG.get().test(m[1]!) || readsAsName(m[2]!);
}

function numberFirstOk(m: RegExpExecArray): boolean {
  return STRONG.get().test(m[1]!) || readsAsName(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
}

const CORES: [LazyPattern, (m: RegExpExecArray) => boolean][] = [
  [NUMBERED, (m) => STRONG.get().test(m[1]!) || /^\p{Lu}/u.test(m[1]!)],
  [NUMBER_FIRST, numberFirstOk],
  [TYPE_FIRST, typeFirstOk],
  [TYPE_INSIDE, () => true],
  [TYPE_INSIDE_SMALL, () => true],
  [VIETNAMESE, (m) => VIETNAMESE_STREET_WORD.get().test(` ${m[0]} `)],
  [BLOCK_LOT, () => true],
];

// Cheap look before the patterns: a street type word, or a house-style word ending.
const ANY_STREET = lazyPattern(
  String.raw`${TYPE}|straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|straat|laan|gracht|plein|steeg|dijk|kade|singel|chaussee|gatan|vägen|vej|veien|gade|${anyCase('ngõ|ngách|hẻm|kiệt|đường|phố|số|blk|block')}`,
  'u',
);

// Before that, on the text in lower case: a type where every pattern reads one, after no letter or digit
// ("r." in "better." and "place" in "workplace" start none), or a house-style ending. Lower case keeps each of these
// words and what stands before it no letter: every text the patterns can read passes, and three in four that do
// not are turned away without reading the patterns.
const STREET_START = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${literal(`${STRONG_TYPES}|${WEAK_TYPES}`.toLowerCase())})|straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|chaussee|straat|laan|gracht|plein|steeg|dijk|kade|singel|gatan|vägen|vej|veien|gade|ngõ|ngách|hẻm|kiệt|đường|phố|số|blk|block`,
  'u',
);

/** Street addresses in the local forms, each with the floor, door, postcode and town after it. */
export const maskLocalStreets: Rule = (text) => {
  if (!STREET_START.get().test(text.toLowerCase()) || !ANY_STREET.get().test(text)) return text;
  let out = text;
  for (const [written, ok] of CORES) {
    const pattern = written.get();
    pattern.lastIndex = 0;
    for (let m = pattern.exec(out); m; m = pattern.exec(out)) {
      if (/[\uE000-\uE006]/u.test(m[0]) || !ok(m)) continue;
      const end = addressEnd(out, m.index + m[0].length);
      out = out.slice(0, m.index) + mask('ADDRESS', end - m.index) + out.slice(end);
      pattern.lastIndex = end;
    }
  }
  return out;
};
