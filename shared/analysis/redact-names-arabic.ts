import { mask } from './redaction-kinds';

/*
 * Names in Arabic and Persian script. Without capitals, a name is told by
 * what opens it and by the shape of what follows:
 * - a title or role before it: "المدير أحمد", "السيدة فاطمة", "آقای رضایی";
 * - a kunya: "أبو خالد", "أم أحمد" ("father of", "mother of");
 * - a compound with عبد: "عبد الله", "عبد الرحمن", "عبدالله";
 * - a common given name on its own: "محمد", "يوسف", "فاطمة".
 * The name then goes on over what belongs to it: "بن علي" (son of), another
 * given name, and a family name with ال ("الأحمد", "الشمري", "القحطاني"),
 * so that "عبد الله الأحمد" is masked whole, not "[NAME] الله الأحمد".
 */

const TITLES = new Set(
  `المدير المديرة مديرنا مديري مديرتي المشرف المشرفة مشرفنا مشرفي مشرفتي الرئيس الرئيسة رئيسي رئيستي السيد السيدة
  الأستاذ الأستاذة زميلي زميلتي الأخ الأخت المهندس المهندسة الدكتور الدكتورة الحاج الحاجة الشيخ المعلم
  آقای آقا خانم جناب سرکار مهندس دکتر همکارم مدیر سرپرست رئیس`.split(/\s+/),
);

// Given names common enough, and no everyday word, to be read as names alone.
const GIVEN = new Set(
  `محمد أحمد احمد محمود مصطفى خالد يوسف إبراهيم ابراهيم إسماعيل اسماعيل عمر عثمان حسين طارق ماجد وليد هشام ياسر
  عادل رامي سامي مروان فيصل سلمان سلطان فهد تركي ناصر راشد حمد حمدان زياد باسم بلال حمزة أنس انس معاذ
  يحيى يزيد يعقوب يونس تامر توفيق ياسمين تسنيم
  فاطمة عائشة مريم زينب خديجة سارة ليلى هند رانيا دينا ريم سلمى سميرة هدى نادية رشا منى
  مهدی مهدي حسینی محمدرضا علیرضا زهرا مریم فاطمه`.split(/\s+/),
);
// The same, and words that are names only inside a name ("أحمد بن علي"): "سعيد" is happy, "كريم" generous.
const GIVEN_INSIDE = new Set([
  ...GIVEN,
  ...'علي حسن رضا سعيد كريم جميل أمين امين نور أمل صالح عبدالله الله الرحمن الرحيم العزيز الكريم المجيد'.split(' '),
  // Blind round 13: the second half of a compound given name ("فاطمة الزهراء", "نور الهدى", "صلاح الدين").
  ...'الزهراء الهدى الدين'.split(' '),
]);

// Titles written short, with their dot: "د. سمير" (doctor), "م. خالد" (engineer), "أ. منى" (teacher).
const ABBREVIATED_TITLES = new Set(['د', 'م', 'أ', 'ا']);

const KUNYA = new Set(['أبو', 'ابو', 'أبا', 'أبي', 'ابي']);
const MOTHER = new Set(['أم', 'ام']);
// "أبو ظبي" is a city.
const NOT_AFTER_KUNYA = new Set(['ظبي', 'ظبى']);
const SON_OF = new Set(['بن', 'ابن', 'بنت']);
// Words with the shape of a family name (ال…ي) that are ordinary: "who", "second", "current"...
const NOT_FAMILY = new Set(
  `الذي التي الثاني الحالي الماضي اليومي الأساسي الاساسي الرئيسي الشخصي الطبي الصحي الإضافي الاضافي الداخلي الخارجي
  العادي الكافي التالي الليلي الصباحي المسائي الوظيفي المالي الإداري الاداري الفني الأمني الامني العربي الدولي
  المحلي الحقيقي الكهربائي الجماعي الفردي النهائي الأولي الاولي الرسمي`.split(/\s+/),
);

// Frequent words that follow a title as the sentence goes on, not as a name:
// "المدير قال" (the manager said), "زميلي في" (my colleague in), "المدير الجديد" (the new manager).
const NOT_AFTER_TITLE = new Set(
  `في من على عن إلى الى مع عند ما لا لم لن قد كل كان كانت صار صارت راح رجع جا جاء اللي الي الذي التي هو هي هم
  هذا هذه بعد قبل دايما دائما كمان برضو قال قالت طلب طلبت أخذ اخذ عمل عملت سوى سوت حكى حكت ضرب ضربت
  الجديد الجديدة القديم القديمة السابق السابقة الحالي الحالية العام`.split(/\s+/),
);
// After these a given name that is also a word is the word: "غير عادل" (unfair), "لازم يزيد" (must increase).
const BEFORE_A_WORD = new Set(['غير', 'لازم', 'يجب', 'ممكن', 'قد', 'لن', 'لم']);

const ARABIC_WORD =
  /[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0671-\u06D3][\u0621-\u065F\u0670-\u06D3\u06D5\u06FA-\u06FF]*/gu;

interface ArabicWord {
  text: string;
  start: number;
  end: number;
  gap: string;
}

/** "الأحمد", "الشمري", "رضایی": a family name after a given name. */
function isFamilyName(word: string): boolean {
  if (NOT_FAMILY.has(word)) return false;
  if (/^ال/u.test(word)) {
    const rest = word.slice(2);
    return GIVEN_INSIDE.has(rest) || GIVEN_INSIDE.has(`أ${rest.slice(1)}`) || (rest.length >= 3 && /[يی]$/u.test(rest));
  }
  // Persian family names end in ی: "رضایی", "محمدی", "احمدی".
  return word.length >= 4 && /(?:ی|يي|ایی|زاده|پور|نیا|فر)$/u.test(word);
}

/**
 * "هددني" (threatened me), "ضربنا" (hit us), "طردها" (fired her), "عاقبوهم": a verb that carries its object as an
 * ending (ني me, نا us, ها her, هم them, كم you, ه him, after وا/و of a plural). A name after a title never ends so
 * but for the few given names that look alike ("أماني", "تهاني", "دينا": known names are read before this).
 */
function isVerbWithObject(word: string): boolean {
  if (word.length < 4 || /اني$/u.test(word)) return false;
  return /(?:ني|نا|ها|هم|كم|هن|وه|وك)$/u.test(word);
}

// Blind round 12: "أم سعد" (Saad's mother) is how a woman is called at work, whatever son's name follows. "أم" is "or"
// in a question ("هل …"), before "لا" (or not), a pronoun or question word, a word with "ال", a verb or an adverb.
const NOT_AFTER_OR = new Set(
  'لا ماذا متى كيف أين اين هو هي هم أنا انا أنت انت نحن في من على عن إلى الى شو ايش وين ليش كمان'.split(' '),
);
function isMothersKunya(words: ArabicWord[], k: number): boolean {
  const next = words[k + 1]!.text;
  if (words.slice(0, k).some((w) => w.text === 'هل')) return false;
  // "ليلا أم نهارا" (by night or by day): an adverb's ending "ا".
  return (
    next.length >= 3 &&
    !NOT_AFTER_OR.has(next) &&
    !/^(?:ال|[يتن])/u.test(next) &&
    !/ا$/u.test(next) &&
    !isVerbWithObject(next)
  );
}

/** If a name starts at word `k`, the index of its last word. */
function nameStart(words: ArabicWord[], k: number): number | undefined {
  const word = words[k]!.text;
  const next = words[k + 1];
  const joinedNext = next && /^\s+$/u.test(next.gap);
  if (KUNYA.has(word)) return joinedNext && !NOT_AFTER_KUNYA.has(next.text) ? k + 1 : undefined;
  // "أم" is also "or": only before a known name.
  if (MOTHER.has(word))
    return joinedNext && (GIVEN_INSIDE.has(next.text) || isMothersKunya(words, k)) ? k + 1 : undefined;
  if (word === 'عبد') return joinedNext ? k + 1 : undefined;
  const previous = words[k - 1];
  if (GIVEN.has(word) && previous && BEFORE_A_WORD.has(previous.text)) return undefined;
  if (/^عبد(?:ال|ر)\p{L}{2,}/u.test(word) || GIVEN.has(word)) return k;
  // After a title, a word that opens as a verb does ("المدير يصرخ", "the manager shouts", and the
  // spoken "بيطلب", "is asking") or a frequent word ("قال", "said") is no name.
  if (
    previous &&
    ((TITLES.has(previous.text) && /^\s+$/u.test(words[k]!.gap)) ||
      (ABBREVIATED_TITLES.has(previous.text) && /^\.\s*$/u.test(words[k]!.gap))) &&
    !/^(?:[يت]|ب[يتنأ]\p{L}{3})/u.test(word) &&
    !isVerbWithObject(word) &&
    !NOT_AFTER_TITLE.has(word)
  )
    return k;
  return undefined;
}

/** Masks the names in Arabic and Persian script (see redaction-kinds.ts). */
export function maskArabicNames(text: string): string {
  if (!/[\u0600-\u06FF]/u.test(text)) return text;
  const words: ArabicWord[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(ARABIC_WORD)) {
    // Blind round 13: "ومريم" (and Maryam): "و" is written onto the word it joins; the name after it is read alone
    // ("وليد" is a name whole).
    const joined = m[0].length > 3 && m[0].startsWith('و') && !GIVEN.has(m[0]) && GIVEN.has(m[0].slice(1)) ? 1 : 0;
    const start = m.index + joined;
    words.push({ text: m[0].slice(joined), start, end: m.index + m[0].length, gap: text.slice(previousEnd, start) });
    previousEnd = m.index + m[0].length;
  }
  let out = text;
  for (let k = 0; k < words.length; k++) {
    let end = nameStart(words, k);
    if (end === undefined) continue;
    // The rest of the name: "بن علي", "عبد الرحمن", another given name, the family name.
    for (;;) {
      const next = words[end + 1];
      if (!next || !/^\s+$/u.test(next.gap)) break;
      const after = words[end + 2];
      if ((SON_OF.has(next.text) || next.text === 'عبد') && after && /^\s+$/u.test(after.gap)) end += 2;
      else if (GIVEN_INSIDE.has(next.text) || isFamilyName(next.text)) end += 1;
      else break;
    }
    out = out.slice(0, words[k]!.start) + mask('NAME', words[end]!.end - words[k]!.start) + out.slice(words[end]!.end);
    k = end;
  }
  return out;
}
