import { APOSTROPHE_INSIDE, APOSTROPHE_THEN_LETTER, isSmallWordWithApostrophe } from './apostrophe-words';
import { isEnglishWord, isProperNoun } from './english-dictionary';
import { ALL_STOPWORDS, NOT_NAMES } from './redact-names-words';
import { mask } from './redaction-kinds';
import { isVerbNotName } from './redact-names-verb-shapes';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 27, two shapes of a name in a script other than Latin, read before the names rules:
 * - a role borrowed from English or said in the language, then the person ("سوپروایزر رضا", "مینیجر فیصل", "مدیر
 *   شیفت مهرداد", "шеф вальо", "бригадир толик", "সুপারভাইজার মিজান", "மேலாளர் செந்தில்", "ਸੁਪਰਵਾਈਜ਼ਰ ਹਰਜੀਤ",
 *   "ሱፐርቫይዘሩ ተስፋዬ", "მენეჯერი ლევანი"): the next word of the same script is the name unless it is one of the
 *   language's everyday words that follow a role ("our", "always", "again", "us");
 * - a name written twice, once in Latin letters and once in its own script, bare, with the text going on in Latin
 *   letters ("Nino ნინო from HR", "Abebe አበበ the cleaning supervisor", "Rahim রহিম bhai"): both are the person.
 *   A word of English or a known place or firm before the other script is left ("Tokyo 東京 office", "Samsung 삼성").
 */

const ROLES = [
  // Cyrillic
  'шеф',
  'шефа',
  'бригадир',
  'бригадирша',
  'майстер',
  'мастер',
  'начальник',
  'начальница',
  'прораб',
  'менеджер',
  'супервайзер',
  'управител',
  'керівник',
  // Arabic script: Persian and Urdu (Arabic's roles and the names after them are redact-names-arabic.ts's)
  'سوپروایزر',
  'سوپروایزرمون',
  'سرپرست',
  'مینیجر',
  'منیجر',
  'سپروائزر',
  'سپر وائزر',
  'مدیر شیفت',
  // Bengali, Tamil, Gurmukhi, Devanagari, Ethiopic, Georgian
  'সুপারভাইজার',
  'ম্যানেজার',
  'মেনেজার',
  'மேலாளர்',
  'சூப்பர்வைசர்',
  'மேனேஜர்',
  'ਸੁਪਰਵਾਈਜ਼ਰ',
  'ਸੁਪਰਵਾਈਜ਼ਰ',
  'ਮੈਨੇਜਰ',
  'ሱፐርቫይዘሩ',
  'ሱፐርቫይዘር',
  'ማናጀሩ',
  'ማናጀር',
  'ኃላፊው',
  'მენეჯერი',
  'ცვლის უფროსი',
  'უფროსი',
  // Blind round 28 and the outside attacker (atp29): Tamil's own word for a supervisor, Georgian's foreman, Amharic's
  // supervisor and "Mr." (አቶ), Nepali's spelling of supervisor, Khmer's team leader, Lao's head.
  'மேற்பார்வையாளர்',
  'ოსტატი',
  'ተቆጣጣሪው',
  'ተቆጣጣሪያችን',
  'ተቆጣጣሪ',
  'አቶ',
  'सुपरभाइजर',
  'ប្រធានក្រុម',
  'ຫົວໜ້າ',
  // The text is read after NFKC, which writes Lao's ໜ as ຫນ.
  'ຫົວຫນ້າ',
];
// Everyday words that follow a role in these languages, never a name; attack round 29: what a role is head of
// ("начальник смены", shift supervisor; "начальник цеха", "мастер участка", "керівник відділу").
const NOT_AFTER_ROLE = new Set(
  `опять снова всегда никогда уже тоже нас нам нами всех всем не ни на в с у к по за из от до и а но или что как так
  это его её их мне меня мы вы они он она вчера сегодня постоянно вечно каждый пак пак отново винаги ни нас
  ме те го я ви ги му ѝ й им се си ми ти ја је га ју вас их јој још увек стално опет
  ما ما را به که از با در را هم همیشه هر ہمیں ہم ہر نے کو کی کا کے سے ہے روز هو هي لا لم قد كل يوم اليوم دائما
  смены смен цеха участка отдела склада бригады службы производства охраны зміни цеху дільниці відділу складу смяната
  цеха склада
  আমাদের আমাকে সবসময় எங்களை எங்கள் எப்போதும் ਸਾਨੂੰ ਸਾਡਾ ਸਾਡੇ ਹਮੇਸ਼ਾ የኛ ሁልጊዜ ჩვენი ყოველთვის ყოველდღე`.split(/\s+/),
);
// Round 31: what a role is head of, or whose it is, between it and the name ("начальник смены петров орёт",
// "سرپرست ما علی رضایی"): the name after it.
const HEAD_OF = String.raw`(?:смены|цеха|участка|отдела|склада|бригады|службы|производства|охраны|зміни|цеху|дільниці|відділу|складу|смяната|ما|مون)`;
const SCRIPT_WORD = String.raw`[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Gurmukhi}\p{Script=Devanagari}\p{Script=Ethiopic}\p{Script=Georgian}\p{Script=Khmer}\p{Script=Lao}][\p{L}\p{M}\u200c\u200d]*${APOSTROPHE_INSIDE}`;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ROLE_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{L}\p{M}])(?:${ROLES.sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|')})[ \t]+(?:${HEAD_OF}[ \t]+)?(${SCRIPT_WORD})(?![\p{L}\p{M}]|${APOSTROPHE_THEN_LETTER})`,
  'giu',
);
const NAME_MARK = mask('NAME', 1);
const GEORGIAN_SURNAME_AFTER = lazyPattern(
  String.raw`(?<=${NAME_MARK})([ \t]+)(\p{Script=Georgian}+(?:ძე|შვილი|ია|ავა|ური|ანი|ელი))(?![\p{L}\p{M}])`,
  'gu',
);
// Round 31: a Persian surname after the hidden given name, by its shape: "-ی" ("رضایی", "احمدی"), "-زاده", "-پور",
// "-نیا", "-یان" ("[NAME] رضایی"); not the everyday words so ending ("خیلی", very; "وقتی", when; "ولی", but).
const PERSIAN_SURNAME_AFTER = lazyPattern(
  String.raw`(?<=${NAME_MARK})([ \t]+)(\p{Script=Arabic}{2,}(?:ی|زاده|پور|نیا|یان|فر))(?![\p{L}\p{M}])`,
  'gu',
);
const NOT_PERSIAN_SURNAMES = new Set(
  'خیلی وقتی یعنی کسی چی ولی همی جایی چیزی کمی بعدی قبلی اصلی خوبی بدی دیگری هیچی روی برای ای فی علی'.split(' '),
);
const FATHERS_NAME_AFTER_ATO = lazyPattern(
  String.raw`(?<=አቶ[ \t]+${NAME_MARK}+)([ \t]+)(\p{Script=Ethiopic}+)(?=[ \t]+\p{Script=Ethiopic})`,
  'gu',
);
const ROLE_GATE = lazyPattern(ROLES.map(escaped).join('|'), 'iu');

const ALPHABETS = String.raw`\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Ethiopic}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Thai}`;
const LATIN_THEN_SCRIPT = lazyPattern(
  String.raw`(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}{2,})([ \t]+)([${ALPHABETS}][\p{L}\p{M}\u200c\u200d]{1,20}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,4})(?=[ \t]+\p{Script=Latin})`,
  'gu',
);
const SCRIPT_GATE = lazyPattern(
  String.raw`\p{Lu}\p{Ll}{2,}[ \t]+[${ALPHABETS}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`,
  'u',
);

const isNameLike = (word: string) => {
  const lower = word.toLowerCase();
  return !ALL_STOPWORDS.has(lower) && !NOT_NAMES.has(lower) && !isEnglishWord(lower) && !isProperNoun(lower);
};

const NEXT_WORD = lazyPattern(String.raw`^[ \t]+([\p{L}\p{M}]+)`, 'u');
const nextWord = (text: string, from: number) => NEXT_WORD.get().exec(text.slice(from, from + 64))?.[1];

/** Masks a name after a role in another script, and a name written again in its own script beside it (see above). */
export function maskNamesAfterScriptRoles(text: string): string {
  let out = text;
  if (ROLE_GATE.get().test(out))
    out = out.replace(ROLE_THEN_NAME.get(), (whole: string, name: string, at: number, input: string) =>
      // Attack round 29: "мастер избил её", "прораб упал с лесов": what the role did is no name.
      // A word written small with an apostrophe inside ("б'є", beats) is a word (apostrophe-words.ts).
      NOT_AFTER_ROLE.has(name.toLowerCase()) ||
      isSmallWordWithApostrophe(name) ||
      isVerbNotName(name, nextWord(input, at + whole.length))
        ? whole
        : whole.slice(0, whole.length - name.length) + mask('NAME', name.length),
    );
  // Blind round 28: the surname after it, where its shape says so: Georgian's endings ("გიორგი ბერიძე"), and the
  // father's name after Amharic's "Mr." with the text going on ("አቶ ብርሃኑ ገብረመድህን ደሞዛችንን ይሰርቃል").
  if (out !== text)
    out = out
      .replace(
        GEORGIAN_SURNAME_AFTER.get(),
        (whole: string, gap: string, surname: string) => gap + mask('NAME', surname.length),
      )
      .replace(PERSIAN_SURNAME_AFTER.get(), (whole: string, gap: string, surname: string) =>
        NOT_PERSIAN_SURNAMES.has(surname) ? whole : gap + mask('NAME', surname.length),
      )
      .replace(FATHERS_NAME_AFTER_ATO.get(), (whole: string, gap: string, father: string) =>
        NOT_AFTER_ROLE.has(father) ? whole : gap + mask('NAME', father.length),
      );
  if (SCRIPT_GATE.get().test(out))
    out = out.replace(LATIN_THEN_SCRIPT.get(), (whole: string, latin: string, gap: string, other: string) =>
      isNameLike(latin) ? mask('NAME', latin.length) + gap + mask('NAME', other.length) : whole,
    );
  return out;
}
