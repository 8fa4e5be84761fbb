import { isEnglishWord, isNearEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { literalsAbsent, type Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { ALL_STOPWORDS, DEPARTMENTS, ROLE_CUES } from './redact-names-words';
import { type LazyPattern, lazyPattern } from './lazy-pattern';

/*
 * Blind round 16: a colleague's name written small right after what is done with a person, in words no name list
 * holds ("had a shift with rosalind yesterday", "reported it to gwendolyn twice", "hablé con yuliana y me dijo",
 * Hinglish "vo rakesh hai na", "pinky ne mujhe daanta", Russian "витёк с погрузки", "надя из бухгалтерии",
 * Portuguese "a gabi e o thiago", Vietnamese "anh tuan o kho"). Each cue is one a person stands after; the word there
 * is hidden when no dictionary of the languages the service hears knows it (or a list knows it as a given name),
 * so "told everyone about it", "with corona", "con ganas" stay. Blind round 25: "no quiero trabajar con lucia otra vez".
 */

// Not "ask", "tell": "ask costco at the front desk" asks a place (the lower-cued rules read a given name there).
const PERSON_AFTER = String.raw`(?:told|paired[ \t]+(?:up[ \t]+)?with|partnered[ \t]+with|teamed[ \t]+up[ \t]+with|shift[ \t]+with|(?:works?|worked|working)[ \t]+with|(?:reported|complained|mentioned|said|explained)(?:[ \t]+(?:it|this|that))?[ \t]+to|(?:talked|spoke|spoken|talking|speaking)[ \t]+(?:to|with)|(?:hablé|hable|trabajé|trabaje|trabajo|hablo|hablamos|estaba|estuve|salí|sali|peleé|pelee|trabajar|hablar|trabajando|hablando)[ \t]+con|(?:falei|trabalho|trabalhei|conversei)[ \t]+com|(?:parlato|lavoro|lavorato)[ \t]+con)`;
// Where a firm is as often meant as a person ("working with walmart", "trabajo con accenture"): a listed given name only.
const WEAK_CUE = /^(?:works?|worked|working|trabajo|trabalho|lavoro)\s/iu;
// Chat words no dictionary holds, which a cue may stand before ("let me tell yall").
const CHAT_WORDS = new Set(['yall', 'yalls', 'youse', 'yous', 'peeps', 'homies', 'fam', 'bae', 'everybodys', 'ppl']);
// What follows a person in the sentence: the sentence's end, when, who, or what was said of them.
const AFTER_NAME = String.raw`(?=[ \t]*(?:[,.!?;:)\n]|$)|[ \t]+(?:yesterday|today|tonight|again|twice|once|about|and|but|on|in|at|who|because|y|e|o|el|la|que|ayer|hoy|sobre|porque|otra|nunca|ontem|hoje|ieri|oggi|sul|sulla)(?![\p{L}]))`;
const AFTER_CUE = lazyPattern(String.raw`(?<![\p{L}])${PERSON_AFTER}[ \t]+(\p{Ll}{4,})${AFTER_NAME}`, 'dgiu');

// Hinglish: "vo rakesh hai na", "woh pinky thi", and the agent before "ne" ("pinky ne mujhe daanta").
const HINGLISH_IS = lazyPattern(
  String.raw`(?<![\p{L}])(?:vo|woh|wo|ye|yeh)[ \t]+(\p{Ll}{3,})[ \t]+(?:hai|tha|thi|hain)(?![\p{L}])`,
  'dgiu',
);
const HINGLISH_AGENT = lazyPattern(
  String.raw`(?<![\p{L}'’-])(\p{Ll}{3,})[ \t]+ne[ \t]+(?:mujhe|mujhko|hume|humein|hamein|humko|sabko|sabke|usko|usse|unko|mera|meri|mere|bola|boli|kaha|kiya|kari|diya|di)(?![\p{L}])`,
  'dgiu',
);
const HINGLISH_NE = /[ \t]ne[ \t]/iu;
// Words Hinglish puts before "ne" or after "vo" that are no names.
const HINGLISH_WORDS = new Set(
  `maine humne tumne usne unhone aapne sabne kisine kisi sab log logon banda bande bandi ladka ladki aadmi aurat
  wala wali wale yaar bhai bhaiya didi behen aunty uncle sahab saab madam boss sir manager supervisor company
  kal aaj abhi phir bas bahut kuch koi kaun kya kaise kyun accha acha theek sahi galat`.split(/\s+/),
);

// Russian: a given name or its everyday form written small, before "с/со/из/от" and where the person works.
const RUSSIAN_FAMILIAR = new Set(
  `витёк витек витя димон дима димка надя надюха саша саня санёк санек серёга серега серёжа сережа лёха леха лёша
  леша вова вован володя костя костян коля колян миша мишаня паша пашка толик толян жека женя ваня ванёк ванек петя
  петька юра юрка стас макс тёма тема андрюха андрюша наташа таня галя люда света лена ленка оля ира ирка маша машка
  катя катька аня анька юля юлька нина вера люба зина валя тоня гоша гриша лёня леня славик слава вадик игорёк игорек
  олежка рома ромка тимур артём артем денис никита кирилл антон олег игорь`.split(/\s+/),
);
const RUSSIAN_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(\p{Ll}{3,})[ \t]+(?:с|со|из|от)[ \t]+\p{Script=Cyrillic}{3,}`,
  'dgu',
);

// Portuguese writes an article before a first name: "a gabi e o thiago ficam…", "falei com a bia".
const PORTUGUESE_ARTICLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:a|o)[ \t]+(\p{Ll}{3,})[ \t]+e[ \t]+(?:a|o)[ \t]+(\p{Ll}{3,})(?![\p{L}])`,
  'dgu',
);

// Vietnamese calls a person by a kin word and the given name, small and often without tones: "anh tuan", "chi lan".
const VIETNAMESE_KIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:anh|chị|chi|em|cô|co|chú|chu|bác|bac|ông|ong|bà)[ \t]+(\p{Ll}{2,})(?![\p{L}])`,
  'dgu',
);
const VIETNAMESE_GIVEN = new Set(
  `an anh binh chau cuong dung duc dat giang hai hanh hieu hoa hung huong huy khanh khoa lan linh loan long mai minh
  nam nga ngoc nhung phong phuong quan quang quynh son tam thanh thao thuy tien trang trung tuan uyen viet vy xuan
  yen bao thuan hoai nhi hien lien tuyet diep tuấn lân linh hùng hương hà hải mai thảo trang dũng đức`.split(/\s+/),
);
const VIETNAMESE_TEXT = lazyPattern(
  String.raw`(?<![\p{L}])(?:o|ở|kho|ca|hay|la|là|cua|của|nha|nhà|khong|không|di|đi|ve|về|voi|với)(?![\p{L}])`,
  'u',
);

// Each pattern is read only on a text holding its words (redact-rule.ts): most texts hold none of them.
const runs = (pattern: LazyPattern) => {
  const absent = literalsAbsent(pattern);
  return (text: string) => !absent?.(text);
};
const [afterCue, hinglishIs, hinglishAgent, russianFrom, portuguese, vietnamese] = [
  AFTER_CUE,
  HINGLISH_IS,
  HINGLISH_AGENT,
  RUSSIAN_FROM,
  PORTUGUESE_ARTICLE,
  VIETNAMESE_KIN,
].map(runs);

function isKnownWord(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    isEnglishWord(lower) ||
    isNearEnglishWord(lower) ||
    commonWordLanguages(lower) !== undefined ||
    moreEverydayLanguages(lower) !== undefined ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower)
  );
}

const isListedName = (lower: string) => isGivenName(lower) && !isWordlikeName(lower);

/** Hides a name written small after a cue a person stands after, in English, Spanish, Hinglish, Russian … */
export const maskSmallNamesAfterCues: Rule = (text) => {
  let out = text;
  const hide = (start: number, length: number) => {
    out = out.slice(0, start) + mask('NAME', length) + out.slice(start + length);
  };
  // Each pattern has the "d" flag: where its group starts.
  const at = (m: RegExpMatchArray, group: number) => m.indices![group]![0];
  if (afterCue!(text))
    for (const m of text.matchAll(AFTER_CUE.get())) {
      const name = m[1]!;
      const lower = name.toLowerCase();
      // Written small only: a capital is the other rules' to read ("working with Nike").
      if (name !== lower || CHAT_WORDS.has(lower)) continue;
      // "coworkers", "suppliers": a plural of people no dictionary lists.
      if (/(?:ers|ors|ees|ies|ings)$/u.test(lower) && !isListedName(lower)) continue;
      if (isListedName(lower) || (!WEAK_CUE.test(m[0]) && !isKnownWord(lower))) hide(at(m, 1), name.length);
    }
  for (const pattern of [HINGLISH_IS.get(), HINGLISH_AGENT.get()]) {
    // "ne" is inside many words ("one", "need"): asked as a word first.
    if (pattern === HINGLISH_AGENT.get() ? !HINGLISH_NE.test(text) || !hinglishAgent!(text) : !hinglishIs!(text))
      continue;
    for (const m of text.matchAll(pattern)) {
      const lower = m[1]!.toLowerCase();
      if (HINGLISH_WORDS.has(lower) || isEnglishWord(lower) || ROLE_CUES.has(lower)) continue;
      if (commonWordLanguages(lower) !== undefined && !isListedName(lower)) continue;
      hide(at(m, 1), m[1]!.length);
    }
  }
  if (russianFrom!(text))
    for (const m of text.matchAll(RUSSIAN_FROM.get())) if (RUSSIAN_FAMILIAR.has(m[1]!)) hide(at(m, 1), m[1]!.length);
  if (portuguese!(text))
    for (const m of text.matchAll(PORTUGUESE_ARTICLE.get()))
      for (const group of [1, 2]) {
        const lower = m[group]!;
        if (isGivenName(lower) && !isEnglishWord(lower)) hide(at(m, group), lower.length);
      }
  if (vietnamese!(text) && VIETNAMESE_TEXT.get().test(text))
    for (const m of text.matchAll(VIETNAMESE_KIN.get())) if (VIETNAMESE_GIVEN.has(m[1]!)) hide(at(m, 1), m[1]!.length);
  return out;
};
