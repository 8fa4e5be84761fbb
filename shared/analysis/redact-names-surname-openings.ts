import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isOrdinaryWord } from './redact-names-lookup';
import { unknownWord } from './redact-names-small-deeds';
import { DEEDS, everyday, SUBJECT_AT, surnameHere, UNIT } from './redact-names-surname-slots';
import { actsAsPerson } from './redact-names-verb-forms';
import { isCommonSurname } from './surnames';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * r38 (ra37's class, left after fx37sn): a surname opening a text, written small or with its capital, that no list
 * knows as a surname or that the lists know only as a proper noun ("brennan", "mueller", "yilmaz"), before where the
 * person works and what they do there: "brennan from the paint shop keeps touching the interns", "becker aus Halle 2
 * schreit", "ferrari dell'ufficio acquisti falsifica", "gonzález el de mantenimiento roba". fx37sn
 * (redact-names-surname-slots.ts) reads the listed surnames before a unit; this reads the word no list holds, which
 * only the deed after the unit shows to be a person ("marks from the paint shop are everywhere" stays, and this rule
 * does not read "Iveco from the depot keeps breaking down" as one), and the units and prepositions it did not know (a hall or quay with its number,
 * "dell'", "au", "at"). And a listed surname with its capital opening the text before a verb only a person does,
 * beyond fx37sn's list of deeds: "Hoffmann schikaniert die Azubis", "Moreau harcèle la stagiaire".
 */

// The word at the start: letters, an apostrophe inside ("o'brien"), a hyphen's second half.
const OPENING = lazyPattern(
  String.raw`${SUBJECT_AT}(\p{L}[\p{L}'’]*(?:-\p{L}+)?)(?=[ \t]*,?[ \t]+([^.!?\n]{3,160}))`,
  'gu',
);

// The rest read word by word; an elided article or preposition is a word of its own ("dell'", "l'").
const WORD = lazyPattern(String.raw`[\p{L}\p{N}]+['’]?|['’]`, 'gu');
// "gonzález el de mantenimiento": the article standing for "the one" before the preposition.
const THE_ONE = new Set(['el', 'la', 'o', 'a', 'der', 'die', 'il', 'le', 'lo', 'quello', 'quella', 'celui', 'celle']);
// "from" and its kin, and "at", "in", "on": where someone works.
const PREPOSITIONS = new Set(
  `from frm of in on at with z ze w we vom von aus bei beim im am auf del de des du do da dos das dal dalla della dello
  dei degli delle nel nella nello nei au aux à en na no nos nas em nan sa ng з із зі від у в на dell' dall' nell' de'
  d' l'`.split(/\s+/),
);
const ARTICLES = new Set(
  `the der die das dem den la le les el los las o a os as il lo l' gli i ten ta tej nou yo`.split(/\s+/),
);
// Units fx37sn's list lacks: a hall, a quay, a bay, a team, a store, a yard ("aus Halle 2", "au quai 4").
const MORE_UNITS =
  /^(?:hall|halle|hangar|sala|salle|nave|capannone|quai|bay|team|crew|equip|équip|squadr|ekip|secteur|sektor|setor|sector|reparto|area|área|zone|zona|site|store|magasin|tienda|loja|negozi|filial|branch|yard|patio|rampe|cold|freezer|bakery|deli|butcher|panad|boulang|padar|backer|bäcker|fleisch|carnic|açoug|macell|boucher|pharma|farmac|apothek|garage|garag|werkst|parking|estacion|ground|plant|mill|store|tool|herramient|outil|utensil|ferrament|werkzeug|druck|press|print|impren|stamp|cnc|weld|sold|schweiß|warehouse|line|linea|línea|ligne|linie|amminist|administr|produç|instandh|wartung|technik|tecnic|técnic|techniq|manuten|ekip|izin|biwo)/iu;
// What only a person does, beyond fx37sn's deeds and the verbs that follow a person: bullying, smoking, leaking
// complaints, cooking the figures, groping, shoving, in the six languages of the class.
export const MORE_DEEDS = new Set(
  `shoves shoved pushes pushed schubst stößt empuja empujó pousse bouscule empurra spinge strattona
  bullies bullied smokes harasses harassed gropes groped leaks leaked fiddles cooks sleeps slept naps skives
  schikaniert mobbt raucht kifft pöbelt grapscht begrapscht belästigt erpresst schläft nötigt
  trafique magouille fume drague tripote harcèle humilie rackette dort vole menace
  vaza fuma persegue humilha assedia dorme explora chantageia apalpa
  acosa humilla persigue maltrata explota chantajea duerme manosea
  bullizza umilia perseguita sfrutta tormenta ricatta dorme palpeggia fuma
  manyen pouse frape atake anmède kouri`.split(/\s+/),
);
// Before a deed: "keeps", "always", "is" … ("keeps touching", "ständig raucht").
const LEADING = new Set(
  `keeps kept keep is was has had always still never constantly just ständig immer dauernd schon sempre siempre
  toujours encore todavía ainda ancora lagi ap te`.split(/\s+/),
);
// A thing's "-ing" after "keeps": "keeps breaking down", "keeps jamming".
const THING_DOINGS =
  /^(?:breaking|failing|leaking|jamming|stalling|overheating|running|working|beeping|dropping|sticking|crashing|freezing|flooding|tripping|falling|coming|going|getting|happening|changing|showing|arriving|ringing|flashing|losing)$/u;

function personDeed(word: string | undefined, next: string | undefined): boolean {
  if (!word) return false;
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (DEEDS.has(lower) || MORE_DEEDS.has(lower) || actsAsPerson(lower)) {
    if (!LEADING.has(lower)) return true;
  }
  if (!LEADING.has(lower) || !next) return false;
  const after = next.toLowerCase();
  if (THING_DOINGS.test(after)) return false;
  return DEEDS.has(after) || MORE_DEEDS.has(after) || actsAsPerson(after) || /^\p{Ll}{3,}ing$/u.test(after);
}

const unit = (word: string | undefined) => !!word && (UNIT.test(word) || MORE_UNITS.test(word));

/** Where the deed after "<name> from the <unit …>" lies: the words after the preposition, up to four. */
function fromUnitThenDeed(words: string[]): boolean {
  let i = 0;
  if (THE_ONE.has(words[0]?.toLowerCase() ?? '') && PREPOSITIONS.has(words[1]?.toLowerCase() ?? '')) i = 1;
  if (!PREPOSITIONS.has(words[i]?.toLowerCase() ?? '')) return false;
  i++;
  // "von der", "de la", "aus dem": a second preposition or an article.
  while (i < words.length && (ARTICLES.has(words[i]!.toLowerCase()) || PREPOSITIONS.has(words[i]!.toLowerCase()))) i++;
  // The unit among the next three words ("the paint shop", "Halle 2", "ufficio acquisti"), then a deed within four.
  for (let u = i; u < i + 3 && u < words.length; u++) {
    if (!unit(words[u])) continue;
    for (let d = u + 1; d < u + 6 && d < words.length; d++) if (personDeed(words[d], words[d + 1])) return true;
    return false;
  }
  return false;
}

/** A word no list holds as a word: a surname no list has, or one the dictionary knows only as a proper noun. */
function unlistedSurname(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.length < 4 || !/^\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*$/u.test(lower)) return false;
  if (everyday(lower, true)) return false;
  if (surnameHere(name, true, true)) return true;
  const plain = lower.replace(/['’-]/g, '');
  return unknownWord(plain) || (isProperNoun(plain) && !isOrdinaryWord(plain) && !isEnglishWord(plain));
}

/** A listed surname, no everyday word, opening the text with its capital before a verb only a person does. */
function listedSurnameActing(name: string, words: string[]): boolean {
  const lower = name.toLowerCase();
  if (!/^\p{Lu}\p{Ll}/u.test(name) || !isCommonSurname(lower) || everyday(lower, true) || isEnglishWord(lower))
    return false;
  return personDeed(words[0], words[1]);
}

const GATE = lazyPattern(String.raw`^\p{L}{3,}|[.!?\n][ \t]*\p{L}{3,}`, 'u');

/** Hides a surname opening a text before where its bearer works and what they do, or before a person's deed. */
export const maskSurnamesOpeningTexts: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  return text.replace(OPENING.get(), (name: string, _name: string, rest: string) => {
    const words = rest.match(WORD.get()) ?? [];
    const hidden = (unlistedSurname(name) && fromUnitThenDeed(words)) || listedSurnameActing(name, words);
    return hidden ? mask('NAME', name.length) : name;
  });
};
