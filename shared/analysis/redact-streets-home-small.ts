import { addressEnd } from './address-parts';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';
import { isTimeThenClause } from './redact-streets-time-clause';

/*
 * Round 32: a home's street written small, where the words before it say a home is meant ("he lives at 7 the
 * paddocks", "sie wohnt am lindenweg 3", "abita in via roma 10", "vive en calle mayor 5", "mora na rua augusta 45").
 * Written small, the street's type is an everyday word ("via email", "weg", "the"), so the other street rules want a
 * capital or a type no other word is; here the cue does that work: a word for living somewhere or for an address, in
 * English, German, Italian, Spanish, French or Portuguese, then the street and its number. Without the cue the words
 * stay ("at 7 the doors open", "via email 10 times", "am lindenweg gibt es einen Park": no number, no house).
 */

// Round 32 re-attack: a visit to someone's home, or the home named before its street ("he came to", "turned up at my
// house at", "my house, ", "a mi casa en", "zu mir nach Hause am", "chez moi au", "a casa mia in").
const VISIT_CUE = String.raw`(?:(?:came|come|comes|coming|went|go|goes|drove|drives|walked|ran|followed[ \t]+me(?:[ \t]+home)?|round|over)[ \t]+to|(?:turned|turns|showed|shows)[ \t]+up[ \t]+(?:at|to)|(?:(?:at|to)[ \t]+)?(?:my|his|her|our|their|your)[ \t]+(?:house|home|flat|place)(?:[ \t]+(?:at|on)|[ \t]*,)|(?:mi|su|tu|nuestra)[ \t]+casa[ \t]+en(?:[ \t]+(?:la|el))?|nach[ \t]+Hause[ \t]+(?:am|im|in[ \t]+der|in|an[ \t]+der|auf[ \t]+der)|chez[ \t]+(?:moi|lui|elle|nous|eux)[ \t]+(?:au|\u00e0|a)|casa[ \t]+(?:mia|sua|nostra)[ \t]+(?:in|a|al|alla|nel|nella))`;
// "Flat 2, 7 The Paddocks": a flat already hidden, then its building's street.
const HIDDEN_FLAT_CUE = String.raw`\uE003+[ \t]*,`;
const HOME_CUE = String.raw`(?:${VISIT_CUE}|${HIDDEN_FLAT_CUE}|(?:lives?|living|lived|stays?|staying)[ \t]+(?:at|on)|(?:house|place|home|flat|address)[ \t]+is|(?:round|over)[ \t]+to|address[ \t]*:|(?:wohnt|wohne|wohnen|lebt|lebe)(?:[ \t]+(?:am|im|in[ \t]+der|in|an[ \t]+der|auf[ \t]+der))?|(?:adresse|anschrift)[ \t]*(?:ist|:)|(?:abita|abito|abitano|vive|vivo|vivono|sta|stanno|risiede)[ \t]+(?:in|a|al|alla|nel|nella)|indirizzo[ \t]*(?:\u00e8|e'|:)|(?:vive|vivo|viven|reside)[ \t]+en(?:[ \t]+(?:la|el))?|direcci[o\u00f3]n[ \t]*(?:es|:)|(?:habite|habites|habitent|vit)(?:[ \t]+(?:au|\u00e0|a|en))?|adresse[ \t]*(?:est|:)|(?:mora|moro|moram)[ \t]+(?:na|no|em)|endere[\u00e7c]o[ \t]*(?:\u00e9|:))`;

const HOUSE = String.raw`\d{1,4}[a-z]?(?:[ \t]?(?:bis|ter))?(?![\p{L}\p{N}])`;
// "7 the paddocks", "12 the willows": a number, "the" and one word is an English home's address.
// "7 the old maltings": a second word too, unless it starts what is said next ("7 the paddocks near the school").
const THE_STREET = String.raw`${HOUSE},?[ \t]+the[ \t]+(?!(?:next|last|other|same|following|whole|rest|usual|first|second|third|end|time|day|night|morning|evening|week|month|year|best|most|least|only|kids|children|lads|girls|boys|police|door|doors|bell|bus|shift)(?![\p{L}]))\p{Ll}{3,}(?:[ \t]+(?!(?:and|but|with|near|by|next|opposite|behind|where|which|that|so|because|after|before|in|on|at|off|for|from|to|or|if|is|was|were|are|has|had|got|gets|when|then|last|this|yesterday|tonight|today|and)(?![\p{L}]))\p{Ll}{3,})?(?![\p{L}])`;
// "lindenweg 3", "rosenstraße 9": a German street's type inside its name.
const GERMAN_STREET = String.raw`\p{Ll}{3,}(?:weg|platz|allee|ring|damm|ufer|stra\u00dfe|strasse|str\.|gasse|steig|pfad)[ \t]+${HOUSE}`;
// "via roma 10", "calle mayor 5", "rua augusta 45", "rue des lilas 12": a type first, a word or two, the number.
const TYPE_FIRST = String.raw`(?:via|viale|piazza|corso|vicolo|calle|avenida|plaza|paseo|camino|carrer|rua|travessa|avenue|rue|place|chemin|boulevard)[ \t]+(?:(?:de|del|della|dei|delle|di|da|do|dos|das|des|du|la|le|les)[ \t]+)*\p{Ll}{2,}(?:[ \t]+\p{Ll}{2,})?,?[ \t]+${HOUSE}`;
// "12 rue des lilas": the number first, as French writes it.
// "1 rue du général leclerc": after a particle, the street's name may run on for two more words (not "et", "depuis").
const NUMBER_FIRST = String.raw`${HOUSE},?[ \t]+(?:rue|avenue|all\u00e9e|chemin|place|boulevard|impasse)[ \t]+(?:(?:(?:de|du|des|la|le|les|d['\u2019])[ \t]*)+\p{Ll}{3,}(?:[ \t]+(?!(?:et|ou|depuis|avec|mais|qui|que|dans|pour|sans|chez|hier|and|but|or|so|when|where|who|which|with|then|because|after|before|since|while|me|him|her|us|them)(?![\p{L}]))\p{Ll}{3,}){0,2}|\p{Ll}{3,})`;

const HOME_STREET = lazyPattern(
  String.raw`(?<![\p{L}])(${HOME_CUE})[ \t]+((?:${THE_STREET})|(?:${GERMAN_STREET})|(?:${TYPE_FIRST})|(?:${NUMBER_FIRST}))`,
  'giu',
);
const THE_STREET_WHOLE = lazyPattern(String.raw`^${THE_STREET}$`, 'iu');
// Cheap look first: a word for living somewhere or an address, and a digit.
const GATE =
  /(?:liv|stay|house|place|home|flat|address|round|over|came|come|went|go|drove|drive|walk|ran|follow|turn|show|casa|hause|chez|wohn|leb|adress|anschrift|abit|viv|sta|risied|indirizz|resid|direcci|habit|vit|mor|endere)/iu;

/** Hides a home's street written small after a word that says it is one (see above). */
export const maskHomeStreetsWrittenSmall: Rule = (text) => {
  if (!/\d/.test(text) || !GATE.test(text)) return text;
  let out = text;
  HOME_STREET.get().lastIndex = 0;
  for (let m = HOME_STREET.get().exec(out); m; m = HOME_STREET.get().exec(out)) {
    const street = m[2]!;
    // Written with capitals, the other street rules read it whole (with its town and floor).
    // "my house, 7 The Paddocks": a number and "the" say a street here, capitals or not.
    if (/[\uE000-\uE006]/u.test(street) || (/\p{Lu}/u.test(street) && !THE_STREET_WHOLE.get().test(street))) continue;
    // Round 33: "at my house at 7 the dogs barked" is a time and what happened then (redact-streets-time-clause.ts).
    if (
      THE_STREET_WHOLE.get().test(street) &&
      isTimeThenClause(street, out.slice(m.index + m[0].length, m.index + m[0].length + 20))
    )
      continue;
    const start = m.index + m[0].length - street.length;
    const end = addressEnd(out, m.index + m[0].length);
    out = out.slice(0, start) + mask('ADDRESS', end - start) + out.slice(end);
    HOME_STREET.get().lastIndex = end;
  }
  return out;
};
