/*
 * A medical emergency told by two of its signs, in Ukrainian and in Kreyol (plain41; the other languages:
 * ../signs-of-a-body-in-trouble.ts and ../signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts): a throat, tongue or
 * lips swelling with breath short or a cause, a face twisted with speech gone or an arm that will not lift, a fit with
 * foam or shaking on the floor, sweat stopped with the mind going. Ukrainian is read in Cyrillic, and through the
 * Latin-letter skeleton (uk-latin.ts) as typed without a Cyrillic keyboard: "u neji nabriaklo horlo i vona ne mozhe
 * dykhaty". Kreyol is the folded text (no accents): "li pa ka respire, figi l anfle", "bouch li kwochi epi li pa ka pale".
 * Each is a source for its table's safety phrases, which take phrases rather than rules.
 */

// Two signs in one sentence, in either order.
const together = (a: string, b: string): string =>
  String.raw`(?:${a})[^.!?\n]{0,60}?(?:${b})|(?:${b})[^.!?\n]{0,60}?(?:${a})`;

const UK_SWELLING = String.raw`(?:горло|язик|губи|обличчя)\p{L}* (?:\S+ )?(?:набрякл?\p{L}*|опухл?\p{L}*|розпухл?\p{L}*)|(?:набрякл?\p{L}*|опухл?\p{L}*|розпухл?\p{L}*) (?:\S+ )?(?:горло|язик|губи|обличчя)`;
const UK_BREATH = String.raw`не може дихати|задиха\p{L}*|не вистачає повітря|ледве дихає|алергі\p{L}*|анафіла\p{L}*|горіх\p{L}*|арахіс\p{L}*|креветк\p{L}*|вкусил\p{L}*|ужалил\p{L}*|бджол\p{L}*|оси`;
const UK_FACE = String.raw`перекосил\p{L}* (?:\S+ )?(?:обличчя|рот|лице)|(?:обличчя|рот) (?:\S+ )?(?:перекосил\p{L}*|перекошен\p{L}*|кривий)`;
const UK_SPEECH_OR_ARM = String.raw`не може (?:говорити|розмовляти|підняти руку|поворухнути рукою)|говорить (?:нерозбірливо|дивно)|заплітається язик|язик заплітається|раптово|раптом`;
const UK_FIT = String.raw`судом\p{L}*|судоро\p{L}*|епілепт\p{L}*|піна з рота|піна на губах|трусить\p{L}*|трясе\p{L}*|очі закоти\p{L}*`;
const UK_FIT_TOO = String.raw`на підлозі|на землі|піна|трусить\p{L}*|трясе\p{L}*|очі закоти\p{L}*`;
const UK_NO_SWEAT = String.raw`перестав\p{L}* пітніти|не пітніє`;
const UK_MIND = String.raw`мари\p{L}*|плута\p{L}*|дезорієнт\p{L}*|блює|блював\p{L}*|запаморочен\p{L}*`;

export const UKRAINIAN_SIGNS_OF_A_BODY_IN_TROUBLE = [
  together(UK_SWELLING, UK_BREATH),
  together(UK_FACE, UK_SPEECH_OR_ARM),
  String.raw`(?:${UK_FIT})[^.!?\n]{0,50}?(?:${UK_FIT_TOO})|(?:${UK_FIT_TOO})[^.!?\n]{0,50}?(?:${UK_FIT})`,
  together(UK_NO_SWEAT, UK_MIND),
].join('|');

const HT_SWELLING = String.raw`\b(?:goj|lang|bouch|po bouch|figi|lev) (?:li |l )?(?:ap )?(?:anfle|gonfle|femen)\b`;
const HT_BREATH = String.raw`\b(?:(?:pa|p) (?:ka |kapab )?respire|toufe|manke souf|pa gen souf|alerji|pistach|manba|kribich|pike|myel|gep|manje)\b`;
const HT_FACE = String.raw`\b(?:bouch|figi) (?:li |l )?(?:kwochi|tonbe|de kote)\b`;
const HT_SPEECH_OR_ARM = String.raw`\b(?:(?:pa|p) (?:ka |kapab )?(?:pale|leve bra l|leve men l|leve bra li|bouje bra l)|pale lou|sanzatann|toudenkou)\b`;
const HT_FIT = String.raw`\b(?:(?:fe|gen) (?:yon )?kriz|malkadi|tranble (?:tout ko|toupatou)|je (?:li |l )?vire|(?:bouch (?:li |l )?)?kimen)\b`;
const HT_FIT_TOO = String.raw`\b(?:ate a|ate|sou te a|kimen|je (?:li |l )?vire|tranble)\b`;
const HT_NO_SWEAT = String.raw`\b(?:sispann swe|pa swe anko)\b`;
const HT_MIND = String.raw`\b(?:pedi tet|konfonn|tet li ap vire|radote|vomi)\b`;

// Not in play or a film, nor a sore throat from a cold.
export const HAITIAN_SIGNS_OF_A_BODY_IN_TROUBLE = `(?:${[
  together(HT_SWELLING, HT_BREATH),
  together(HT_FACE, HT_SPEECH_OR_ARM),
  String.raw`(?:${HT_FIT})[^.!?\n]{0,50}?(?:${HT_FIT_TOO})|(?:${HT_FIT_TOO})[^.!?\n]{0,50}?(?:${HT_FIT})`,
  together(HT_NO_SWEAT, HT_MIND),
].join('|')})(?![^\n]*\b(?:lol|hahaw*|fim|jwet|egzesis|grip|rim)\b)`;
