import { detectLanguage } from '../language';

/*
 * Danger told with an emoji: "man with 🔫 in the lobby", "warehouse on 🔥 people inside", "someone is 💀 on the
 * floor". The rules and the model read words, and an emoji was none to them (an attacker's finding: each of
 * these stayed calm while the same report in words escalated). A text with such an emoji is read a second time
 * with each one put as the word it stands for, in the text's language where the emoji's word is known, else in
 * English (English words inside other languages are read: `english-stretches.ts`). The text as written is read
 * too, and whichever reads urgent counts, so an emoji only ever adds a reading, never hides one.
 *
 * Emoji that stand for a danger by themselves: a weapon, a fire, an explosive, a dead or bleeding person, an
 * ambulance, a call for help, and the peach that texting uses for a body part touched; and emoji that stand for a thing
 * a danger report names (a socket, a current, an extinguisher, pills), which read only as their words would. A face
 * or a heart says how someone feels (the sentiment reads those).
 */

type Word = Partial<Record<string, string>> & { en: string };

// Each a run of the same emoji ("🔥🔥🔥" is one fire), with any presentation selector or skin tone after each.
const WORDS: readonly [RegExp, Word][] = [
  // A hand by a peach is a slap or a grab where it should not be ("he keeps 👋🍑 me"); the peach alone, the body part.
  [
    /[\u{1F44B}\u{270B}\u{1F91A}\u{1F590}][\u{FE0F}\u{1F3FB}-\u{1F3FF}]?\s*\u{1F351}/gu,
    {
      en: 'slapping my butt',
      es: 'tocándome el culo',
      pt: 'passando a mão na minha bunda',
      fr: 'me touche les fesses',
    },
  ],
  [/(?:\u{1F351}\u{FE0F}?)+/gu, { en: 'butt', es: 'culo', pt: 'bunda', fr: 'fesses', de: 'Hintern', it: 'sedere' }],
  [
    /(?:\u{1F52B}\u{FE0F}?)+/gu,
    { en: 'gun', es: 'pistola', pt: 'arma', fr: 'arme', de: 'Waffe', it: 'pistola', nl: 'wapen' },
  ],
  [
    /(?:[\u{1F52A}\u{1F5E1}]\u{FE0F}?)+/gu,
    { en: 'knife', es: 'cuchillo', pt: 'faca', fr: 'couteau', de: 'Messer', it: 'coltello' },
  ],
  [
    /(?:[\u{1F4A3}\u{1F9E8}]\u{FE0F}?)+/gu,
    { en: 'bomb', es: 'bomba', pt: 'bomba', fr: 'bombe', de: 'Bombe', it: 'bomba' },
  ],
  [/(?:\u{1F525}\u{FE0F}?)+/gu, { en: 'fire', es: 'fuego', pt: 'fogo', fr: 'feu', de: 'Feuer', it: 'fuoco' }],
  [
    /(?:[\u{1F480}\u{2620}]\u{FE0F}?)+/gu,
    { en: 'dead', es: 'muerto', pt: 'morto', fr: 'mort', de: 'tot', it: 'morto' },
  ],
  [/(?:\u{1FA78}\u{FE0F}?)+/gu, { en: 'blood', es: 'sangre', pt: 'sangue', fr: 'sang', de: 'Blut', it: 'sangue' }],
  [
    /(?:\u{1F691}\u{FE0F}?)+/gu,
    { en: 'ambulance', es: 'ambulancia', pt: 'ambulância', fr: 'ambulance', de: 'Krankenwagen' },
  ],
  [/(?:\u{1F198}\u{FE0F}?)+/gu, { en: 'help', es: 'ayuda', pt: 'socorro', fr: 'au secours', de: 'Hilfe', it: 'aiuto' }],
  // Things named by their emoji, no danger by themselves: put as their words, they read as the words would ("the 🔌 in
  // the break room is 🔥 and smoking" is "the socket … is fire and smoking"; "the 🔌 by my desk has no power" stays
  // a request). Blind rounds 26 and 27: a socket, a current, an extinguisher and pills told only by their emoji.
  [
    /(?:\u{1F50C}\u{FE0F}?)+/gu,
    { en: 'socket', es: 'enchufe', pt: 'tomada', fr: 'prise', de: 'Steckdose', it: 'presa', nl: 'stopcontact' },
  ],
  [
    /(?:\u{26A1}\u{FE0F}?)+/gu,
    { en: 'electricity', es: 'electricidad', pt: 'eletricidade', fr: 'électricité', de: 'Strom', it: 'corrente' },
  ],
  [
    /(?:\u{1F9EF}\u{FE0F}?)+/gu,
    { en: 'extinguisher', es: 'extintor', pt: 'extintor', fr: 'extincteur', de: 'Feuerlöscher', it: 'estintore' },
  ],
  [
    /(?:\u{1F48A}\u{FE0F}?)+/gu,
    { en: 'pills', es: 'pastillas', pt: 'comprimidos', fr: 'cachets', de: 'Tabletten', it: 'pillole' },
  ],
];

/** Any of them, for a quick look before anything is replaced. */
const ANY =
  /[\u{1F351}\u{1F52B}\u{1F52A}\u{1F5E1}\u{1F4A3}\u{1F9E8}\u{1F525}\u{1F480}\u{2620}\u{1FA78}\u{1F691}\u{1F198}\u{1F50C}\u{26A1}\u{1F9EF}\u{1F48A}]/u;

/**
 * The text with its danger emoji put as words, or none when it has none: every one as its word, and, when one
 * comes back later in the text, also with only its first put and the others left out ("🔥🔥 in the warehouse 🔥
 * people inside": a word said twice around the report reads as a stammer to the rules, once as the report).
 */
export function withEmojiAsWords(text: string): string[] {
  if (!ANY.test(text)) return [];
  return asWords(
    text
      .replace(FIRE_SAID_BEFORE, (said, _words, emoji: string) => said.slice(0, -emoji.length))
      .replace(PRAISE_BEFORE, (said, _words, emoji: string) => said.slice(0, -emoji.length)),
  );
}

/*
 * A 🔥 after a word for fire in its clause repeats the word ("新产品在抖音火了🔥", "오늘 불금이다 🔥", "المشروع نار 🔥",
 * "tá pegando fogo 🔥 kkkk", "warehouse on fire 🔥", "এই গানটা আগুন! 🔥", round 30): the words are read as written, and the text as written is always
 * read, so the emoji adds nothing to read. Put as an English "fire" beside words English does not read, it was a cry
 * of "fire" alone (blind round 26: praise in Korean, Chinese, Arabic and Hinglish read as a fire).
 */
/*
 * A 🔥 after a word of praise in its clause says how good it is ("新メニュー、ヤバいくらい美味しい🔥", "신메뉴 대박 🔥🔥",
 * "the new chilli is amazing 🔥"): put as an English "fire" beside words English does not read, it was a cry of "fire"
 * alone (blind round 27). Only with nothing between that names where a fire would be or who is in danger.
 */
const PRAISE_BEFORE =
  /((?<![a-z])(?:amazing|delicious|tasty|yummy|awesome|great|best|banger|goat|lit|dope|insane|rico|riquisimo|delicioso|buenisimo|brutal|top|gostoso|delicia|demais|genial|incroyable|trop bon|lecker|geil|mega|buonissimo|pyszne|sarap|ngon|enak|mantap|lezzetli|harika)(?![a-z])|美味し|うまい|旨い|最高|ヤバ|やば|すご|凄|대박|맛있|최고|짱|好吃|太棒|真棒|牛|赞|绝了|رهيب|لذيذ|تحفة|बढ़िया|मस्त)[^.!?\n\u{1F525}]{0,12}?((?:\s*\u{1F525}\u{FE0F}?)+)(?![^.!?\n]{0,30}(?:inside|people|help|trapped|still in|안에|사람|도와|中に|人が|助け|里面|有人|救命))/giu;

const FIRE_SAID_BEFORE =
  /((?<![a-z])(?:fire|lit|hot|flames?|burning|fuego|fogo|feu|feuer|fuoco|ogie[nń]|ardemos|arde|aag|ate[sş]|yang[ıi]n|ch[aá]y|l[uử]a|api|sunog|apoy|moto|wuta|dab)(?![a-z])|火|燃|불|炎|نار|حريق|آگ|आग|আগুন|ਅੱਗ|እሳት|огонь|горит|пожар)[^.!?\n\u{1F525}]{0,40}?!*\s*((?:\u{1F525}\u{FE0F}?)+)/giu;

function asWords(text: string): string[] {
  if (!ANY.test(text)) return [];
  // The language of the words around them (emoji and their presentation selectors left out).
  const language = detectLanguage(text.replace(/\p{Extended_Pictographic}|\u{FE0F}/gu, ' ')).split('-')[0]!;
  let every = text;
  let first = text;
  for (const [emoji, word] of WORDS) {
    const said = ` ${word[language] ?? word.en} `;
    every = every.replace(emoji, said);
    let seen = false;
    first = first.replace(emoji, () => {
      const out = seen ? ' ' : said;
      seen = true;
      return out;
    });
  }
  // A selector or skin tone left by itself after its emoji went.
  const tidy = (s: string) => s.replace(/[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu, '');
  return first === every ? [tidy(every)] : [tidy(every), tidy(first)];
}
