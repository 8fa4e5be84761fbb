import type { Span } from './name-readings';

/*
 * A sponsor's first name alone, in Arabic or Hebrew script, on a site of
 * theirs ("لي أغلق مخرج الطوارئ", "דנה צעקה עלינו"): those scripts have no
 * capitals to tell a name from a word, and write few vowels, so a short
 * foreign name is often spelled like a frequent word: Lee is "لي" / "לי",
 * also "to me"; Sam is "سام", also "toxic". Such a word counts as the name
 * only where a name stands and the word seldom does: opening the text or a
 * sentence ("لي أغلق…", where "to me" follows its verb), or after a title or
 * role ("المدير لي", "מר לי"). Any other spelling of the name counts anywhere
 * on their site, as a first name in Latin script does.
 */

/**
 * Frequent Arabic, Hebrew, Urdu and Persian words that spell a short foreign first name (in folded form: no
 * vowel marks): Urdu "لی" (took, as in لے لی) is Lee, "سیم" (wire) Sam, Persian and Urdu "دانا" (wise) Dana.
 */
const EVERYDAY = new Set(
  `لي لى لا لو ليه لية ال الا إلا الى إلى على علي عن من ما مع لم لن له لها لك لنا لكم لهم هو هي هم انا أنا انت أنت
  نحن كل قد او أو ان أن إن كان يا بس مش لسه سام سامة دي ده دا دى ذا هذا هنا هناك لين ليل نور امل أمل مين
  לי לא לו לה לך לנו לכם להם אל על של עם כל גם רק אם כי או מה מי זה זו זאת יש אין הוא היא הם הן אני אתה את
  אנחנו דן טל גל חן רון שם סם אז עד אחרי לפני בין
  لی لے کی کے کا کو سے نے ہے ہیں میں تھا تھی تھے یہ وہ پر تک بھی جو نہ کیا دی دیا لیا دے ہو ہم تم آپ اس ان کہ
  سیم دانا دانہ جان
  که چه از با به را تا این آن او ما شما من تو هم یا اگر دیگر لیلی`.split(/\s+/),
);

/** Titles and roles that a name follows. */
const TITLES = new Set(
  `السيد السيدة الأستاذ الاستاذ الأستاذة الاستاذة المدير المديرة مديرنا مديري مديرتي المشرف المشرفة مشرفنا مشرفي
  الرئيس الرئيسة رئيسي رئيستي المهندس المهندسة الدكتور الدكتورة زميلي زميلتي مستر مسيو مدام الآنسة الانسة
  מר גב גב' גב׳ גברת המנהל המנהלת מנהל מנהלת האחראי האחראית הממונה דוקטור ד"ר ד״ר
  جناب مسٹر مسز محترم محترمہ منیجر مینیجر سپروائزر ڈاکٹر آقای خانم مدیر سرپرست دکتر`.split(/\s+/),
);

/** Vowel marks (harakat, niqqud) and tatweel, dropped before a word is looked up. */
const MARKS = /[\u0591-\u05c7\u064b-\u065f\u0670\u0640]/gu;

/** Ends a sentence: a name may open what follows. */
const SENTENCE_END = /[.!?؟۔\n:;؛]\s*$/u;

/** The word of `raw` just before `start` (after spaces), or undefined at the text's start. */
function wordBefore(raw: string, start: number): string | undefined {
  const m = raw.slice(0, start).match(/([^\s.,!?؟،:;؛()"«»]+)\s*$/u);
  return m?.[1];
}

/**
 * Whether an Arabic or Hebrew word the matcher read as a sponsor's first
 * name stands as the name: it is no frequent word, or it is where a name
 * stands and such a word seldom does (see the module's comment).
 */
export function abjadFirstNameStands(raw: string, span: Span, name: string): boolean {
  // A whole word only: "על" (on) holds a silent ע and then an l, which is not Lee.
  if (/\p{L}$/u.test(raw.slice(0, span.start)) || /^\p{L}/u.test(raw.slice(span.end))) return false;
  const written = raw.slice(span.start, span.end).replace(MARKS, '');
  if (!vowelsFit(written, name)) return false;
  if (!EVERYDAY.has(written)) return true;
  const before = raw.slice(0, span.start);
  if (/^\s*["'«“]?\s*$/u.test(before) || SENTENCE_END.test(before)) return true;
  const title = wordBefore(raw, span.start)?.replace(MARKS, '');
  return title !== undefined && isTitle(title);
}

/** A title, or one with a preposition or conjunction joined to it ("للسيد" to Mr, "למר", "والمدير"). */
const isTitle = (word: string): boolean =>
  TITLES.has(word) ||
  (/^[وفلبכלבוש]/u.test(word) && TITLES.has(word.slice(1))) ||
  (word.startsWith('لل') && TITLES.has(`ال${word.slice(2)}`));

/** The kind of vowel an Arabic or Hebrew letter writes, where it writes one. */
const VOWEL_LETTER: Record<string, 'a' | 'i' | 'u'> = {
  ا: 'a',
  أ: 'a',
  آ: 'a',
  ى: 'a',
  ة: 'a',
  إ: 'i',
  ي: 'i',
  ی: 'i',
  و: 'u',
  א: 'a',
  י: 'i',
  ו: 'u',
};

/** The vowel kinds each vowel of an English name may be written with ("Dana" as دينا, "Lee" as لي, never لا). */
function nameVowels(name: string): Set<string>[] {
  return [...name.toLowerCase().matchAll(/[aeiouy]+/g)].map(({ 0: v }) =>
    /[ou]/.test(v) ? new Set(['u', 'a']) : /^a+$/.test(v) ? new Set(['a', 'i']) : new Set(['i']),
  );
}

/**
 * Whether the vowels a word writes are, in order, vowels the name has: vowels
 * may go unwritten, but "لا" (no) and "لو" (if) write vowels Lee has not.
 * A letter that also writes a consonant (و as w, י as y) is read as one at a
 * word's start.
 */
function vowelsFit(written: string, name: string): boolean {
  const wanted = nameVowels(name);
  let at = 0;
  for (const [i, ch] of [...written].entries()) {
    const kind = VOWEL_LETTER[ch];
    if (!kind || (i === 0 && /[وיו]/u.test(ch))) continue;
    // A vowel letter after another writes the same vowel (ייי, يي).
    if (i > 0 && VOWEL_LETTER[[...written][i - 1]!] === kind && at > 0 && wanted[at - 1]!.has(kind)) continue;
    while (at < wanted.length && !wanted[at]!.has(kind)) at++;
    if (at === wanted.length) return false;
    at++;
  }
  return true;
}
