/*
 * The key noun of an emergency misspelt the way it is said or typed in a hurry (att44, M9, u46a): "theres a fyre in
 * the paint booth", "fyr in kitchn!!! hlp", "smoek coming from the paenl", "ppl r trapt in the frezer", "4klift hit
 * sum1 in aisle 9", "se esta quemando la cosina", "my sunog s bodega" (Tagalog "may" typed "my"), "ayuda porfa".
 * misspelled.ts puts right a slip of one letter in a word of five letters or more; these are shorter (fyr, smok, hlp),
 * spelled as said (fiyah, trapt, umo for humo), or written with a digit (4klift). Each is put right by name, and only
 * as a word of its own, so the rules read the report spelled right as well as as written (never instead of it: a
 * correction can only add a reading). "fier" is French for proud: only before where a fire is. Tagalog "my" and "s"
 * are "may" and "sa" only before a danger word or a place.
 * Tests: test/unit/analysis/urgency-att44-u46a.test.ts.
 */

const WORD_END = String.raw`(?=$|[^\p{L}\p{N}'])`;
const WORD_START = String.raw`(?<=^|[^\p{L}\p{N}'])`;
const byName = (slips: string, meant: string): [RegExp, string] => [
  new RegExp(`${WORD_START}(?:${slips})${WORD_END}`, 'gu'),
  meant,
];

// Folded spelling → what it stands for. Made when first asked (no RegExp at import).
let SLIPS: Array<[RegExp, string]> | undefined;
const slips = (): Array<[RegExp, string]> =>
  (SLIPS ??= [
    // English
    byName('fyre|fyr|fyer|fiyah|fiya|fyah|fiah|fiyer|fiire|fiere', 'fire'),
    [/(?<=^|[^\p{L}])fier(?= (?:in|on|at|inside|everywhere|upstairs|downstairs|near|by|in the)\b|\s*!)/gu, 'fire'],
    byName('smok|smoek|smoak|somke|smkoe|smoek|smoook', 'smoke'),
    byName('trapt|traped|trappd|trapd|trappt', 'trapped'),
    byName('stuk|stcuk|stukc', 'stuck'),
    byName('frezer|freezr|frezzer|freeser|freazer|frezeer', 'freezer'),
    byName('kitchn|kichen|kitchin|kittchen|kitchem|kichin|kitchan', 'kitchen'),
    byName('paenl|pannel|panl|panal', 'panel'),
    byName('elevater|elavator|elevatr|elevtor', 'elevator'),
    byName('4klift|4k lift|4lift|forklft|frklift|forlift|forkift|fork lfit|forkleft', 'forklift'),
    byName('ovr', 'over'),
    byName('hlp|hepl|halp|hellp|hlep|hepp', 'help'),
    byName('emrgency|emergncy|emrgncy|emergensy', 'emergency'),
    // att46 (u48a): a letter dropped, doubled or swapped in the key noun or the words around it, as typed in haste.
    [/(?<=^|[^\p{L}])fiar(?= (?:in|on|at|inside|everywhere|upstairs|downstairs|near|by|in the)\b|\s*!)/gu, 'fire'],
    // "gunn" is also a surname: a gun only after what has it ("has a gunn", "pulled a gunn").
    [
      /(?<=\b(?:a|the|his|her|their|my|with|has|had|got|pulled|brought|holding|waving|carrying|loaded) )gunns?(?=$|[^\p{L}])/gu,
      'gun',
    ],
    byName('knif|knief|knfie|knfe', 'knife'),
    byName('scafold|scafhold|skafold|scaffod|scafflod|scaffhold|skaffold', 'scaffold'),
    byName('scafolding|skafolding|scafoldin|scaffoldin|scafholding|skaffolding|scaffoding', 'scaffolding'),
    byName('wobling|wobbeling|wobeling|wobblin|wobblng|wobbleing', 'wobbling'),
    byName('wobly|wobbley|wobbely', 'wobbly'),
    byName('somone|someon|soemone|somene|sumone', 'someone'),
    byName('sombody|somebdy|sombdy|sumbody', 'somebody'),
    byName('moveing|movng|moveng', 'moving'),
    byName('warehous|wherehouse|warhouse|warehose|warehuose', 'warehouse'),
    // "fell of the scafold": "off", only after "fell" ("the fall of the empire" stays as written).
    [/(?<=\bfell )of(?= (?:the|a|an|his|her|my|their|our|that|this) )/gu, 'off'],
    // Spanish and Portuguese
    byName('cosina|kosina|cusina', 'cocina'),
    byName('cosinha|cusinha|cozina', 'cozinha'),
    byName('kemando|qemando|quemandoce|kemandose', 'quemando'),
    byName('umo', 'humo'),
    byName('fuejo|fueg|fuegp', 'fuego'),
    byName('porfa|porfavor|porfis|porfi|xfa|xfavor|pfv|pfvr|porfaa|porfass', 'por favor'),
    [/(?<=\b(?:ayuda|ayudenme|ayuden|auxilio|socorro|ajuda|ajudem)\s)(?:pls|plz|plis|plss|plox)\b/gu, 'por favor'],
    // French
    byName('secour|secoure|secourt', 'secours'),
    byName('entrepo|entrepos|antrepot|entreppot', 'entrepot'),
    // att46 (u48a). "incendi" is Italian for fires: French only after a French article ("un incendi", "l'incendi").
    [/(?<=(?:\bun|\bl'|\bd'|\ble|\bgros|\bgrand|\bpetit|\bcontre l') ?)incendi(?=$|[^\p{L}])/gu, 'incendie'],
    byName('insendie|incendit|incandie|incedie|insendi|incendy', 'incendie'),
    byName('fummee|fummees|fumme|fummes', 'fumee'),
    // "fumé" is smoked (saumon fumé): smoke only as "de la fumé" or smoke that spreads ("fumé partout").
    [/(?<=\bde la )fume(?=$|[^\p{L}])|\bfume(?= (?:partout|noire|epaisse|blanche|dans|qui sort)\b)/gu, 'fumee'],
    // The article run into its noun, as said: "tombé de léchafaudage".
    byName('lechafaudage|lechafodage|lechaffaudage|lechafaudge', "l'echafaudage"),
    byName('echafodage|echaffaudage|echaffodage|echafaudge|echaffaudge', 'echafaudage'),
    byName('quelqun|quelquun|qqun|quelqu un', "quelqu'un"),
    // German (att46, u48a): "es brent" is "es brennt"; "brent crude", "Brent from accounts" stay.
    [
      /(?<=\bes )(?:brent|brend|brennd|brnnt)(?=$|[^\p{L}])|\b(?:brent|brend)(?= (?:im|in der|in dem|hier|hilfe)\b)/gu,
      'brennt',
    ],
    // German and Italian "gass", "gaas": gas ("es riecht nach gass", "fuga di gass").
    byName('gass|gaas|gasss', 'gas'),
    // Italian (att46, u48a): "lo scafale è crolato".
    byName('scafale|scaffalle|scafalle', 'scaffale'),
    byName('scafali|scaffalli|scafalli', 'scaffali'),
    byName('crolato', 'crollato'),
    // att48 (lead): a forklift and a colleague misspelt in German and Italian, a warehouse on fire and a load tipped in
    // English ("Gabelstabler hat einen Kolegen überfahren", "il mulettto ha investito un colega", "the wharehouse is on
    // fier", "the forkift tiped over on sum1").
    byName('gabelstabler|gabelstapeler|gabelstaper|gabelstaple', 'gabelstapler'),
    byName('kolegen|kolege|kollgen|kolleen', 'kollegen'),
    byName('mulettto|mulletto|mulleto|muleto', 'muletto'),
    [
      /(?<=(?:un|una|il|la|mio|mia|suo|sua|nostro|nostra|al|alla|del|della|dal|dalla) )colega(?=$|[^\p{L}])/gu,
      'collega',
    ],
    byName('wharehouse|wherhouse|warehoue|warehosue', 'warehouse'),
    [/(?<=\bon )fier(?=$|[^\p{L}])/gu, 'fire'],
    byName('tiped|tipd|tippd', 'tipped'),
    byName('crolata', 'crollata'),
    byName('crolati', 'crollati'),
    byName('crolate', 'crollate'),
    // Ukrainian (att46, u48a): "у цеху пожеж допоможіть", the word cut short before a cry; "статистика пожеж" stays.
    [/(?<![\p{L}])пожеж(?![\p{L}])(?=[\s,]*(?:!|допоможіть|допоможи|рятуйте|горить|швидко|терміново|$))/gu, 'пожежа'],
    // Tagalog: "my" and "s" for "may" and "sa" before a danger or a place.
    [
      /(?<=^|[^\p{L}])my(?= (?:sunog|nasusunog|nasunog|usok|patay|sugatan|baril|kutsilyo|tumba|nahulog|naipit|aksidente|sumabog|tagas)\b)/gu,
      'may',
    ],
    [
      /(?<=^|[^\p{L}])s(?= (?:bodega|kusina|loob|labas|taas|baba|warehouse|planta|pabrika|opisina|cr|likod|harap)\b)/gu,
      'sa',
    ],
  ]);

// A cheap look for any of the spellings above, before the patterns are run.
const MAY_HAVE =
  /fiar|gunn|knif|knie|knf|scaf|skaf|wob|somon|someon|soem|somen|sumon|sombd|sombod|somebd|sumbod|moveing|movng|moveng|warehous|wherehous|warhous|warehos|warehuo|fell of|incend|insend|incand|inced|fumm|fume|echaf|quelq|qqun|bren|brnnt|gass|gaas|crol|пожеж|fy|fiy|fia|fii|fur|fier|smo|som|smk|tra|stu|stc|fre|kit|kic|pae|pan|ele|elav|4k|4l|forl|frk|fork|ov|hl|he|ha|emr|eme|cos|coz|kos|cus|kem|qem|umo|fue|por|xf|pf|pls|plz|plis|plox|sec|ent|ant|my |s /;

/** The folded text with its misspelt key nouns put right, or undefined when it has none. */
export function withKeyNounsSpelled(folded: string): string | undefined {
  if (!MAY_HAVE.test(folded)) return undefined;
  let text = folded;
  for (const [slip, meant] of slips()) text = text.replace(slip, meant);
  return text === folded ? undefined : text;
}
