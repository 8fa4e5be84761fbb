import { lazyPattern } from './lazy-pattern';
import { maskMatches, type Rule } from './redact-rule';

/*
 * op48b (2026-12-07), from the blind operator attack op47 (classes 3 and 4): numbers that name someone, kept.
 *
 * - A plate typed in Cyrillic letters. Ukrainian and Bulgarian plates use only the Cyrillic letters that look Latin
 *   (А В Е І К М Н О Р С Т У Х), and a Ukrainian or Bulgarian keyboard types those: one or two letters, four digits,
 *   two letters ("КА 7781 ВІ", "ВН4521АО", "СА 1234 ВК"); a Russian plate is a letter, three digits, two letters and
 *   the region's two or three digits ("А123ВС 77"). With or without spaces, in capitals or small, letters of both
 *   scripts mixed ("АА 1234 BC"), after "номер" or alone: hidden whole as [PLATE]. A model's number ("ВАЗ 2107") or a
 *   price ("1234 грн") has no letters on both sides and stays.
 * - The writer's locker in Vietnamese said with its number set apart: after "là" ("tủ số 47 là của tôi"), after a
 *   comma ("tủ của tôi, số 52"), written without accents ("tu do so 47 cua toi"), and a person placed at a locker
 *   ("thằng ở tủ 88"). A locker with no owner keeps its number ("tủ đồ số 12 ở hành lang").
 * - The writer's locker in Tagalog with a comma, "yung", "na" or "number" between ("locker ko, number 52", "sa
 *   locker ko, yung 41", "locker ko na number 29"); not a count after it ("locker ko, 3 beses binuksan").
 */

const LOOK_LATIN =
  '\u0410\u0412\u0415\u0406\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425\u0430\u0432\u0435\u0456\u043a\u043c\u043d\u043e\u0440\u0441\u0442\u0443\u0445ABEIKMHOPCTYXabeikmhopctyx';
const CYRILLIC_PLATE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:[${LOOK_LATIN}]{1,2}[ \t-]?\d{4}[ \t-]?[${LOOK_LATIN}]{2}|[${LOOK_LATIN}][ \t]?\d{3}[ \t]?[${LOOK_LATIN}]{2}(?:[ \t]?\d{2,3})?)(?![\p{L}\p{N}])`,
  'gu',
);
// Only where a letter of the plate is Cyrillic (Latin plates have their own rule) and none is small beside a capital:
// "кА 1234 вС" is no one's typing.
const isCyrillicPlate = (m: RegExpExecArray) => {
  const letters = m[0].replace(/[^\p{L}]/gu, '');
  return (
    /\p{Script=Cyrillic}/u.test(letters) && (letters === letters.toUpperCase() || letters === letters.toLowerCase())
  );
};

// "tủ", "tủ đồ", "tủ khóa", "tủ cá nhân", "locker", and the same written without accents.
const VI_LOCKER = String.raw`(?:t[u\u1ee7](?:[ \t]+(?:[\u0111d][\u1ed3o]|kh[\u00f3o]a|kho[\u00e1a]|c[\u00e1a][ \t]+nh[\u00e2a]n))?|locker)`;
const VI_MINE = String.raw`c(?:\u1ee7|u)a[ \t]+(?:t\u00f4i|toi|em|m\u00ecnh|minh|tao|tui|t\u1edb)(?![\p{L}])`;
const VI_NUMBER_WORD = String.raw`(?:s[\u1ed1o]|l[\u00e0a])`;
// "tủ số 47 là của tôi", "tu do so 47 cua toi".
const VI_LOCKER_THEN_MINE = lazyPattern(
  String.raw`(?<![\p{L}])${VI_LOCKER}[ \t]+(?:${VI_NUMBER_WORD}[ \t]*)?(\d{1,5})(?![\p{L}\p{N}])(?=[ \t]*,?[ \t]*(?:l[\u00e0a][ \t]+)?${VI_MINE})`,
  'giu',
);
// "tủ của tôi, số 52", "tu cua toi so 23".
const VI_MINE_THEN_NUMBER = lazyPattern(
  String.raw`(?<![\p{L}])${VI_LOCKER}[ \t]+${VI_MINE}[ \t]*,?[ \t]*(?:${VI_NUMBER_WORD}[ \t]+){0,2}(\d{1,5})(?![\p{L}\p{N}])`,
  'giu',
);
// "thằng ở tủ 88", "chị ở tủ số 12": a person placed at a locker.
const VI_PERSON_AT_LOCKER = lazyPattern(
  String.raw`(?<![\p{L}])(?:th\u1eb1ng|con|anh|ch\u1ecb|em|\u00f4ng|b\u00e0|c\u00f4|ch\u00fa|d\u00ec|ng\u01b0\u1eddi)[ \t]+(?:\u1edf|o)[ \t]+${VI_LOCKER}[ \t]+(?:s[\u1ed1o][ \t]*)?(\d{1,5})(?![\p{L}\p{N}])`,
  'giu',
);
const TL_MY_LOCKER_SET_APART = lazyPattern(
  String.raw`(?<![\p{L}])locker[ \t]+ko[ \t]*(?:,[ \t]*)?(?:(?:ay|na|yung|iyong|ung|yong|number|num|no\.?|#)[ \t]*){0,3}(\d{1,5})(?![\p{L}\p{N}])(?![ \t]*(?:beses|besis|araw|oras|linggo|buwan|taon|times?|days?|minuto|piraso|pcs)(?![\p{L}]))`,
  'giu',
);

const maskCyrillicPlates = maskMatches(CYRILLIC_PLATE, 'PLATE', isCyrillicPlate);
const lockers = [VI_LOCKER_THEN_MINE, VI_MINE_THEN_NUMBER, VI_PERSON_AT_LOCKER, TL_MY_LOCKER_SET_APART].map((p) =>
  maskMatches(p, 'ID', () => true, 1),
);

/** Hides the plates and lockers above. */
export const maskCyrillicPlatesAndSetApartLockers: Rule = (text) => {
  let out = text;
  if (/\p{Script=Cyrillic}/u.test(out)) out = maskCyrillicPlates(out);
  if (/\d/u.test(out)) out = lockers.reduce((t, rule) => rule(t), out);
  return out;
};
