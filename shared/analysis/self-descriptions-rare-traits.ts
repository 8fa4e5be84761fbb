/*
 * A trait few people have, said with where they work, singles a person out without "only": "the new deaf guy in
 * shipping", "the pregnant one on line 2", "the guy in the wheelchair in accounts", "the tall redhead on nights"
 * (blind attack ra38). Two things together point to one person: the trait (a disability, a pregnancy, a visible faith,
 * red hair, an aid they use) and a place, team or shift after it. Neither alone is warned about: "the new guy in
 * shipping" (anyone new), "the deaf awareness training", "the wheelchair ramp in accounts" name no one. Measured on
 * the eval rows (docs/anonymity.md, "What the text itself says"): it fires on few texts, so the warning stays read.
 */
import { lazyPattern } from './lazy-pattern';

// English: a trait before a person ("deaf guy", "pregnant one", "black driver"), a trait that is a person
// ("redhead", "amputee"), or a person with an aid ("guy in the wheelchair", "girl with the hijab").
const EN_TRAIT = String.raw`deaf|blind|pregnant|disabled|handicapped|autistic|one-armed|one-legged|one-eyed|wheelchair-bound|paraplegic|hijabi|turbaned|redheaded|red-haired|ginger|albino|sikh|muslim|jewish|hindu|trans|transgender|gay|lesbian|black|deaf-mute|mute|hard-of-hearing`;
const EN_PERSON = String.raw`guy|girl|woman|man|lady|one|dude|kid|bloke|gal|chap|person|fella|lad|lass|worker|driver|picker|packer|operator|welder|nurse|cashier|cleaner|guard|mechanic|electrician|temp|agent|clerk|cook|colleague|coworker|co-worker|employee|supervisor|trainee|apprentice|intern`;
const EN_TRAIT_NOUN = String.raw`redhead|amputee|dwarf|hijabi|albino|wheelchair[ -]user`;
const EN_AID = String.raw`wheelchair|hijab|headscarf|turban|cane|crutches|walking[ \t]+stick|hearing[ \t]+aids?|prosthetic(?:[ \t]+(?:leg|arm))?|niqab|burka|burqa|kippah|yarmulke|guide[ \t]+dog|walker|eye[ \t]+patch|leg[ \t]+brace`;
const EN = String.raw`(?:the|that|this)[ \t]+(?:(?:new|old|young|tall|short|little|big|quiet)[ \t]+){0,2}(?:(?:${EN_TRAIT})[ \t]+(?:${EN_PERSON})|(?:${EN_TRAIT_NOUN})|(?:${EN_PERSON})[ \t]+(?:in|with|on)[ \t]+(?:the|a|her|his|their)[ \t]+(?:${EN_AID}))[ \t]+(?:in|on|at|from|of)`;

// Spanish, French, German, Portuguese, Italian: the trait after the article or a person word, then a place.
const ES = String.raw`(?:el|la)[ \t]+(?:(?:chic[oa]|se\u00f1ora?|mujer|hombre|muchach[oa]|nuev[oa]|t\u00ed[oa])[ \t]+)?(?:sord[oa]|cieg[oa]|embarazada|pelirroj[oa]|en[ \t]+silla[ \t]+de[ \t]+ruedas|con[ \t]+(?:el[ \t]+)?(?:velo|hiyab|turbante|bast\u00f3n|muletas))[ \t]+(?:de|del|en)`;
const FR = String.raw`(?:le|la|l['\u2019])[ \t]*(?:(?:gars|mec|fille|femme|homme|dame|nouveau|nouvelle|type)[ \t]+)?(?:sourde?|aveugle|enceinte|rousse?|handicap\u00e9e?|en[ \t]+fauteuil(?:[ \t]+roulant)?|voil\u00e9e|avec[ \t]+(?:le|la|son|sa|des|ses)[ \t]+(?:voile|turban|canne|b\u00e9quilles))[ \t]+(?:de|du|des|\u00e0|au|en|dans)`;
const DE = String.raw`(?:der|die|den|dem)[ \t]+(?:(?:neue|neuen|junge|jungen|alte|alten)[ \t]+)?(?:Schwangere[n]?|Geh\u00f6rlose[nr]?|Blinde[nr]?|Rothaarige[nr]?|Taube[nr]?|(?:Typ|Mann|Frau|Kollegen?|Kollegin)[ \t]+(?:im[ \t]+Rollstuhl|mit[ \t]+(?:dem[ \t]+)?(?:Kopftuch|Turban|Gehstock|Kr\u00fccken)))[ \t]+(?:in|im|aus|vom|von|bei|auf)`;
const PT = String.raw`(?:o|a)[ \t]+(?:surd[oa]|ceg[oa]|gr\u00e1vida|ruiv[oa]|cadeirante)[ \t]+(?:d[oa]|no|na|em)`;
const IT = String.raw`(?:il|la|l['\u2019])[ \t]*(?:sord[oa]|ciec[oa]|incinta|ross[oa]|in[ \t]+carrozzina|in[ \t]+sedia[ \t]+a[ \t]+rotelle)[ \t]+(?:del|della|dello|di|in|nel|nella|al|alla)`;

// The place after it: up to three words, not a screen or a pronoun ("the deaf guy on TV", "the blind man of them").
const PLACE = String.raw`[ \t]+((?:[\p{L}\p{N}'\u2019-]+)(?:[ \t]+[\p{L}\p{N}'\u2019-]+){0,2})`;
const RARE_TRAIT = lazyPattern(String.raw`(?<![\p{L}])(?:${EN}|${ES}|${FR}|${DE}|${PT}|${IT})${PLACE}`, 'giu');
const NO_PLACE =
  /^(?:me|him|her|us|them|it|you|tv|television|youtube|tiktok|news|phone|movie|film|films|internet|video|videos|photo|picture|street|bus|train|line$|ellos|ellas|eux|elle|lui|ihm|ihr)\b/iu;
// Where the place ends: a verb, a joining word or a time after its first word ("in packing is me", "on line 4 and",
// "in packing every day").
const PLACE_ENDS = new Set(
  `is was are were has had have keeps kept gets got does did said says and or but who that which me i we he she they
  es est ist war hat und y et e o que qui che der die das every each today yesterday tonight again since for when
  because now always never too at`.split(/\s+/),
);
// Function words the place's last kept words may be ("on the", "de la"): dropped from its end.
const TRAILING =
  /(?:[ \t]+(?:the|a|an|de|la|le|les|el|los|las|der|die|das|dem|den|del|du|des|di|da|do|na|no|in|on|at|of))+$/iu;

/** Each phrase in text that names a rare trait with a place ("the deaf guy in shipping"), as written. */
export function rareTraitsPlaced(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(RARE_TRAIT.get())) {
    const place = m[1]!;
    // "in IT" is a department, "on it" a pronoun.
    if (NO_PLACE.test(place) && !/^IT\b/u.test(place)) continue;
    const words = place.split(/[ \t]+/);
    const stop = words.findIndex((word, i) => i > 0 && PLACE_ENDS.has(word.toLowerCase()));
    const kept = (stop < 0 ? words : words.slice(0, stop)).join(' ').replace(TRAILING, '');
    if (!kept) continue;
    found.push(m[0].slice(0, m[0].length - place.length) + kept);
  }
  return found;
}
