import { type Context, type Word, isAllCaps, spaced } from './redact-names-reading';
import { ALL_STOPWORDS } from './redact-names-words';
import { isLowerAsciiOrEmpty } from './ascii-letters';

// Vietnamese names run family, middle, given: "Nguyen Van An", "Pham Thi Lan".
// After a family name and a middle name, the given name is taken whatever it
// is ("An" and "Lan" are words elsewhere).
const VIETNAMESE_FAMILY = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam mai cao luu dao doan thai quach lai ta ha'.split(
    ' ',
  ),
);
const VIETNAMESE_MIDDLE = new Set(
  'van thi duc minh ngoc huu quoc thanh xuan kim hong cong trung quang anh tuan bao gia khanh hai'.split(' '),
);

// Given names, for Vietnamese names written in lower case ("nguyen van an"), where no capital tells them apart.
const VIETNAMESE_GIVEN = new Set(
  'an anh binh chau chi cuong dung duc dat giang ha hai hanh hieu hoa hung huong huy khanh khoa lan linh loan long mai minh my nam nga ngoc nhung phong phuong quan quang quynh son tam thanh thao thu thuy tien trang trung tuan tu uyen van viet vy xuan yen bao thuan hoai nhi hien lien tuyet diep'.split(
    ' ',
  ),
);

/**
 * "Nguyen Van An", "Trần Thị Mai", "PHAM THI LAN": a Vietnamese family name,
 * a middle name, and the rest of the name, with or without the tones.
 */
export function vietnameseNameEnd(words: Word[], k: number): number | undefined {
  const [word, middle] = [words[k]!, words[k + 1]];
  if (!word.capitalised) return lowerCaseVietnameseNameEnd(words, k);
  if (
    !VIETNAMESE_FAMILY.has(toneless(word.lower)) ||
    !middle ||
    !spaced(middle) ||
    !middle.capitalised ||
    !VIETNAMESE_MIDDLE.has(toneless(middle.lower))
  )
    return undefined;
  let end = k + 1;
  while (
    end < k + 3 &&
    words[end + 1] &&
    spaced(words[end + 1]!) &&
    words[end + 1]!.capitalised &&
    (!isAllCaps(words[end + 1]!.text) || isAllCaps(word.text))
  )
    end++;
  return end;
}

/** "nguyen van an", "tran thi mai": family, middle and given names all known, with no capital to go by. */
function lowerCaseVietnameseNameEnd(words: Word[], k: number): number | undefined {
  // Most words are plainly no Vietnamese family name: "nguyễn" and "đỗ" are the few to read twice.
  if (!VIETNAMESE_FAMILY.has(words[k]!.lower) && isLowerAsciiOrEmpty(words[k]!.lower)) return undefined;
  const plain = (w: Word | undefined) => (w ? toneless(w.lower) : undefined);
  const [family, middle, given] = [plain(words[k]), plain(words[k + 1]), plain(words[k + 2])];
  if (
    !family ||
    !VIETNAMESE_FAMILY.has(family) ||
    !middle ||
    !VIETNAMESE_MIDDLE.has(middle) ||
    !given ||
    !spaced(words[k + 1]!) ||
    !spaced(words[k + 2]!)
  )
    return undefined;
  if (words[k + 1]!.capitalised || words[k + 2]!.capitalised || !VIETNAMESE_GIVEN.has(given)) return undefined;
  let end = k + 2;
  if (
    words[end + 1] &&
    spaced(words[end + 1]!) &&
    !words[end + 1]!.capitalised &&
    VIETNAMESE_GIVEN.has(plain(words[end + 1])!) &&
    !ALL_STOPWORDS.has(words[end + 1]!.lower)
  )
    end++;
  return end;
}

/** A Vietnamese family name, with or without its tones ("trần", "nguyen"): the only lower-case word a Vietnamese name starts with. */
export function isVietnameseFamilyName(lower: string): boolean {
  return VIETNAMESE_FAMILY.has(toneless(lower));
}

/** A family, middle or given name of a Vietnamese name, with or without its tones ("trần", "thi", "mai"). */
export function isVietnameseNamePart(lower: string): boolean {
  const plain = toneless(lower);
  return VIETNAMESE_FAMILY.has(plain) || VIETNAMESE_MIDDLE.has(plain) || VIETNAMESE_GIVEN.has(plain);
}

/** "trần" → "tran", "đỗ" → "do"; plain ASCII, as most words are, is returned as it is. */
function toneless(lower: string): string {
  return isLowerAsciiOrEmpty(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/*
 * Vietnamese puts a kinship word before a person's name as English puts a
 * title: "chị Hương", "anh Tuấn", "chú Dũng", "cô Loan", "em Vy". The given
 * name alone is a syllable of everyday words ("Loan", "Sơn", "Yến"), so it is
 * its place after one of these, capitalised, in a Vietnamese text, that makes
 * it a name.
 */
const KINSHIP = new Set('anh chị em cô chú bác ông bà thầy cậu dì mợ bạn chị-em'.split(' '));
// Blind round 13: a role's last word does the same ("tổ trưởng Hùng", "giám đốc Tâm", "sếp Long"): the team lead, the
// director, the boss.
const ROLE_ENDS = new Set('trưởng sếp đốc'.split(' '));
const UNITS = new Set('phòng ban bộ tổ ca xưởng kho nhóm chuyền đội khu'.split(' '));

/** "chị", "anh", "tổ trưởng": a kinship word or a role, after which a Vietnamese text may name anyone with a capital. */
export function isKinshipWord(lower: string): boolean {
  return KINSHIP.has(lower) || ROLE_ENDS.has(lower);
}

/** "chị Hương", "anh Tuấn Anh": the capitalised words after a kinship word of a Vietnamese text. */
export function vietnameseKinshipNameEnd(context: Context, k: number): number | undefined {
  const { words } = context;
  const [before, word] = [words[k - 1], words[k]!];
  // Asked in this order: most words follow no kinship word, and the language guess costs most.
  if (!before || !isKinshipWord(before.lower) || !word.capitalised || isAllCaps(word.text)) return undefined;
  // "… cho em. Em có …": a new sentence, not a name after its kinship word.
  if (!spaced(word) || word.afterFullStop) return undefined;
  // "trưởng Phòng Nhân Sự": after a role a unit's word names the unit the person heads, not the person.
  if (ROLE_ENDS.has(before.lower) && UNITS.has(word.lower)) return undefined;
  if (context.language !== 'vi') return undefined;
  let end = k;
  while (end < k + 2 && words[end + 1] && spaced(words[end + 1]!) && words[end + 1]!.capitalised) end++;
  return end;
}

/*
 * Vietnamese names its months and weekdays by number: "Tháng Tám" (August), "Thứ Hai" (Monday), "tháng Giêng".
 * A number after "tháng" or "thứ" is a date, however capitalised ("Tám", "Năm" are names elsewhere).
 */
const DATE_WORDS = new Set(['tháng', 'thứ', 'mùng', 'mồng']);
const NUMBER_WORDS = new Set(
  'một hai ba tư bốn năm sáu bảy tám chín mười giêng chạp mot bon nam sau bay tam chin muoi gieng chap'.split(' '),
);

/** Whether word `k` is the number of a Vietnamese month or weekday ("Tháng Tám", "Thứ Hai", "Tháng Mười Hai"). */
export function isVietnameseDateNumber(words: Word[], k: number): boolean {
  let n = k;
  while (n > 0 && NUMBER_WORDS.has(words[n]!.lower) && spaced(words[n]!)) {
    if (DATE_WORDS.has(words[n - 1]!.lower)) return NUMBER_WORDS.has(words[k]!.lower);
    n--;
  }
  return false;
}
