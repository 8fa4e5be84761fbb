import { isGivenName } from './given-names';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Attack round 29: after a role ("мастер", "прораб", "ustabaşı") or after a given name written small ("mehmet"), the
 * word that follows was taken as a name even when it says what happened: the sponsor read "мастер [NAME] её" for
 * "мастер избил её" (the foreman beat her), "[NAME] beni" for "mehmet dövdü beni" (Mehmet beat me). Promise 1 wants the
 * verb read; promise 2 wants the name hidden. A word written small whose ending only verbs take, and that no list of
 * given names holds, is kept:
 * - Russian, Ukrainian, Bulgarian and Serbian past tense: a vowel then -л, -ла, -ло, -ли ("избил", "упала", "сказали"),
 *   Serbian's -ао/-ео/-ио ("рекао", "ударио"), Ukrainian's -в after a vowel ("побив", "сказав", "пішов"); the
 *   present where its ending is a verb's only ("угрожает", "кричить", "бьются") and the commonest short presents by
 *   name ("кричит", "орёт", Bulgarian "удари", "каза");
 * - Turkish: the past -dı/-di/-du/-dü/-tı/-ti/-tu/-tü with its persons ("dövdü", "geldiler"), -yor, -mış, -acak;
 * - Tagalog's deeds, by name ("sinuntok", "sumigaw", "pinagalitan").
 * Names end so too (Павел, Михаил, Мила, Павло, Данило, Hamdi, Ferdi, Mehdi, Rüştü, Durmuş): they are listed here, and
 * the given-name lists are asked. Surname endings are left out of the shapes (-ов, -ев, -ів, -слав), and a word a
 * verb follows is read as a name, whatever its ending ("мастер рамил избил", "ustabaşı hamdi geldi"): two verbs do
 * not stand side by side where a role or a name went before. A capitalised word stays a name (the callers ask).
 */

const NAMES_SHAPED_AS_VERBS = new Set(
  `павел михаил михаило даниил данил данило гавриил гаврило рафаил исмаил измаил исмоил самуил нил камил джамил жамил
  адил емил эмил шамил кирил кирило халил джалил жалил фазил фазыл шакил рамил раил абдул гул раул акмал жамал джамал
  жамол камал кемал икбал билал ибрагим аксел марсел мигел мануел габриел исмаел рафаел даниел самуел
  мила камила людмила жамила джамила наила фазила адила нила ала ела бела вела нела стела павла даниела михаела
  габриела анджела мариела гизела лола мирела дарина
  павло михайло мило данило гаврило кирило
  али вали нели натали лили ели юли стели
  марио дарио фабио антонио клаудио серхио
  hamdi ferdi mehdi vecdi necdi mecdi şadi sadi hadi mahdi majdi fahdi rüştü ruştu rustu durmuş durmus kurtulmuş
  okumuş ordu aydın aydin erdin gündoğdu gundogdu ayverdi
  mila radmila dobromil dobromila ludmil havel hrabal vogel koval šindel kabel vrabel`.split(/\s+/),
);

const CYRILLIC = lazyPattern(String.raw`^\p{Script=Cyrillic}+$`, 'u');
// Past tense, its reflexive forms, and Serbian's masculine past.
const CYRILLIC_PAST = lazyPattern(
  String.raw`\p{L}[аяеёиыуоіїєю]л(?:а|о|и|ся|ась|ось|ись|ася|ося|ися|сь)?$|\p{L}[аеиу]о$`,
  'u',
);
// Ukrainian's masculine past: a vowel and -в, but not the surname endings -ов, -ев, -єв, -ів, nor a name's -слав; the
// verbs of going end -йшов ("пішов", "прийшов").
const UKRAINIAN_PAST = lazyPattern(String.raw`\p{L}{2}[аиіяуї]в(?:ся)?$|(?:йшов|пішов|ішла)$`, 'u');
const NOT_UKRAINIAN_PAST = /(?:слав|ів)$/u;
// Present tense and infinitive endings no name takes: "-ть" (Ukrainian's third person, Russian's infinitive), a vowel
// and -ет/-ют (Russian's -ает, -яет, -ует), a consonant and -ёт ("живёт", blind round 30: no name ends so), Ukrainian's
// -ає/-ує/-яє, reflexives after a verb ending.
const CYRILLIC_PRESENT = lazyPattern(
  String.raw`\p{L}{2}(?:ть|ти|ёт|ёшь|[аяеуюоі]ет|[аяеуюоі]ют|[аяуі]є|[аяуі]ють|(?:ет|ит|ёт|ут|ют|ат|ят|ть|л|ла|ло|ли|ем|им|ешь|ишь)(?:ся|сь))$`,
  'u',
);
const CYRILLIC_VERBS = new Set(
  `кричит кричат орёт орет орут бьёт бьет бьют грозит ходит звонит просит платит держит смотрит пишет сидит стоит спит
  курит пьёт пьет врёт врет ест хамит говорит говорят трогает лезет пристаёт пристает толкает
  удари каза падна бутна блъсна дойде викна наби заплаши ритна хвана рече изгони обиди докосна опипа уволни псува крещи
  вика бие удря заплашва тормози виче удара прети бије каже псује`.split(/\s+/),
);

const TURKISH_VERB = lazyPattern(
  [
    // Past: dövdü, geldi, gitti, vurdu, dövdüler, geldik, bağırdın.
    String.raw`\p{L}{2,}[dt][ıiuü](?:m|n|k|nız|niz|nuz|nüz|lar|ler)?`,
    // Present continuous, with its persons and pasts: bağırıyor, geliyorlar, vuruyordu.
    String.raw`\p{L}{2,}[ıiuü]?yor(?:um|sun|uz|sunuz|lar|du|dı|muş|mış)?`,
    // Reported past and future: dövmüş, gelecek, vuracaklar.
    String.raw`\p{L}{2,}m[ıiuü]ş(?:lar|ler|tır|tir|tur|tür)?`,
    String.raw`\p{L}{2,}(?:acak|ecek)(?:lar|ler|tır|tir)?`,
  ].join('|'),
  'u',
);
const TURKISH_WHOLE = lazyPattern(`^(?:${TURKISH_VERB.source})$`, 'u');
// Names of Arabic origin end in "-ettin", "-eddin" ("Nurettin", "Bahattin", "Alaaddin"), as "you did" does ("ettin").
const TURKISH_NAME_ENDING = lazyPattern(String.raw`\p{L}{2,}(?:ettin|eddin|attin|addin|ettın|attın)$`, 'u');
const TURKISH_LETTERS = /^[a-zçğıöşü]+$/u;
// A past of four letters or more ("dedi", "geldi"): shorter words ending so are other words ("adı", "ödü").
const TURKISH_MIN = 4;

// Tagalog: the deeds a report names, by name. Their shapes (-in-, -um-, nag-) begin names too ("dinesh", "humayun",
// "magnus"), so no shape is read.
const TAGALOG_VERBS = new Set(
  `sinuntok sinampal sinigawan sinigaw binugbog tinulak minura hinawakan binastos pinagalitan sinaktan tinamaan sinipa
  hinipuan kinuha sinabi sinabihan tinakot pinagbantaan pinilit pinaalis tinanggal sumigaw sumuntok nagalit nagsisigaw
  sumampal nanakit nanghipo nambastos inaway inaaway sinisigawan sinasaktan pinapagalitan minumura sinusuntok
  nahulog nadulas nasugatan namatay nawalan umalis dumating`.split(/\s+/),
);

/** Whether a word written small has only a verb's shape in the languages above and no list has it as a name. */
export function isVerbShaped(word: string): boolean {
  if (word !== word.toLowerCase()) return false;
  if (NAMES_SHAPED_AS_VERBS.has(word) || isGivenName(word)) return false;
  if (CYRILLIC.get().test(word)) {
    if (CYRILLIC_VERBS.has(word) || CYRILLIC_PRESENT.get().test(word) || CYRILLIC_PAST.get().test(word)) return true;
    return UKRAINIAN_PAST.get().test(word) && !NOT_UKRAINIAN_PAST.test(word);
  }
  if (!TURKISH_LETTERS.test(word)) return false;
  if (TURKISH_NAME_ENDING.get().test(word)) return false;
  return (word.length >= TURKISH_MIN && TURKISH_WHOLE.get().test(word)) || TAGALOG_VERBS.has(word);
}

/**
 * A word written small after a role or a name, kept as what happened: verb-shaped (isVerbShaped) and not followed by
 * another verb, which would make it the name of who did it ("мастер рамил избил её").
 */
export function isVerbNotName(word: string, next: string | undefined): boolean {
  if (next !== undefined && TURKISH_LIGHT_VERB.test(next) && isTurkishNounOfDeed(word)) return true;
  return isVerbShaped(word) && !(next !== undefined && isVerbShaped(next.toLowerCase()) && next === next.toLowerCase());
}

// Turkish makes a deed of a noun with "etmek" (to do): "tehdit etti" (threatened), "taciz ediyor" (harasses), "hakaret
// etmiş". The noun before it is what was done, unless a list has it as a name.
const TURKISH_LIGHT_VERB = /^(?:et|ed)(?:ti|tim|tin|tik|tiniz|tiler|iyor|iyorlar|iyordu|er|erler|ecek|miş|mişti|ip)$/u;
const isTurkishNounOfDeed = (word: string) =>
  word === word.toLowerCase() && TURKISH_LETTERS.test(word) && !NAMES_SHAPED_AS_VERBS.has(word) && !isGivenName(word);

/*
 * Turkish puts the person a deed is done to before the verb, after the role that did it: "ustabaşı kadını dövdü" (the
 * foreman beat the woman), "müdür bizi tehdit etti". These words for people and pronouns, in the cases a deed takes,
 * are no names; a name there ("ustabaşı mehmeti dövdü") is no word of this list and stays hidden.
 */
const TURKISH_PEOPLE_AS_OBJECTS = new Set(
  `kadın kadını kadına kadınları kadınlara adam adamı adama adamları işçi işçiyi işçiye işçileri işçilere çocuk çocuğu
  çocuğa çocukları kız kızı kıza kızları oğlan oğlanı herkes herkesi herkese hepimizi hepimize hepsini bizi bize beni
  bana seni sana onu ona onları onlara sizi size arkadaşımı arkadaşıma arkadaşımızı arkadaşlarımızı çalışanı
  çalışanları çalışanlara personeli personele elemanı elemanları stajyeri stajyerleri kadini kadina adami isciyi
  iscileri cocugu kizi herkesi`.split(/\s+/),
);

/** A Turkish word for a person a deed is done to ("kadını", "bizi"), written small: no name. */
export function isTurkishPersonAsObject(word: string): boolean {
  return TURKISH_PEOPLE_AS_OBJECTS.has(word);
}

/*
 * Czech, Slovak and Polish write the past in Latin letters with the same -l ("mistr zbil Janu", "šéf udeřil", "mistr
 * řekl"; Polish -ł: "kierownik uderzył"). Names written small end so too in every language a workforce speaks
 * ("neil", "sunil", "kunal", "abdul"), so the shape is read only after one of these languages' roles, and never of a
 * word the given-name or surname lists hold ("mistr pavel", "szef michał", "mistr bohumil").
 */
const SLAVIC_LATIN_ROLES = new Set(
  `mistr mistrová šéf šéfová vedoucí vedúci předák parťák majster majsterka predák szef szefowa kierownik kierowniczka
  brygadzista brygadzistka mistrz`.split(/\s+/),
);
const SLAVIC_LATIN_PAST = lazyPattern(
  String.raw`^\p{Ll}{2,}(?:[aeiouyáéíýěůó]l[aoiy]?|[kh]l[aoiy]?|ł[aoy]?|li|ły)$`,
  'u',
);

/** A Czech, Slovak or Polish past written small after one of their roles, which no list has as a name. */
export function isSlavicPastAfterRole(role: string, word: string, next: string | undefined): boolean {
  if (!SLAVIC_LATIN_ROLES.has(role) || word !== word.toLowerCase() || !SLAVIC_LATIN_PAST.get().test(word)) return false;
  if (NAMES_SHAPED_AS_VERBS.has(word) || isGivenName(word) || isCommonSurname(word)) return false;
  return !(next !== undefined && next === next.toLowerCase() && SLAVIC_LATIN_PAST.get().test(next));
}
