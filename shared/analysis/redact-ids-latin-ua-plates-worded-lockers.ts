import { lazyPattern } from './lazy-pattern';
import { mask } from './redaction-kinds';
import { maskMatches, type Rule } from './redact-rule';

/*
 * op50b (2026-12-07), from the blind operator attack op49 (class 1 "related", class 3): a plate of the Ukrainian
 * format typed in Latin capitals inside a text of another language ("BC 1234 AB is my car plate", "Kennzeichen AA 5678
 * KX") was kept whole, or kept its last two letters ("[PLATE] KX"): with the region and the number they find one car.
 * And the writer's locker with its number said in words, in Vietnamese and Tagalog ("tủ số mười bốn", "tủ đồ thứ
 * mười bốn", "numero katorse ang locker ko", "locker ko ay labing-apat"), was kept, though the same locker in figures
 * is hidden (redact-ids-cyrillic-plates-set-apart-lockers.ts).
 *
 * Now: two capitals of those that a Ukrainian plate uses (A B C E H I K M O P T X), four digits and two more, with or
 * without spaces, are hidden as [PLATE]; two such capitals right after a plate already hidden join it. A locker word
 * with "số" or "thứ" and a Vietnamese number in words, or two number words, and a Tagalog locker word with a Spanish
 * or Tagalog number word after it (or "numero …" before it) are hidden as [ID]. "tủ hai cánh" (a two-door cabinet),
 * "numero uno" and a count with no locker stay.
 */

const UA = 'ABCEHIKMOPTX';
const LATIN_UA_PLATE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[${UA}]{2}[ \t-]?\d{4}[ \t-]?[${UA}]{2}(?![\p{L}\p{N}])`,
  'gu',
);
// A plate already hidden, then the series the other rule left: "\uE006\uE006\uE006 KX".
const SERIES_LEFT = lazyPattern(String.raw`\uE006([ \t-]?[${UA}]{2})(?![\p{L}\p{N}])`, 'gu');

const VI_LOCKER = String.raw`(?:t[u\u1ee7](?:[ \t]+(?:(?:(?:\u0111\u1ef1ng|dung)[ \t]+)?[\u0111d][\u1ed3o]|kh[\u00f3o]a|kho[\u00e1a]|c[\u00e1a][ \t]+nh[\u00e2a]n))?|locker|ng\u0103n[ \t]+(?:\u0111\u1ed3|t\u1ee7)|ngan[ \t]+(?:do|tu))`;
const VI_NUM = String.raw`(?:m\u1ed9t|mot|hai|ba|b\u1ed1n|bon|t\u01b0|tu|n\u0103m|nam|l\u0103m|lam|s\u00e1u|sau|b\u1ea3y|bay|t\u00e1m|tam|ch\u00edn|chin|m\u01b0\u1eddi|muoi|m\u01b0\u01a1i|m\u1ed1t|tr\u0103m|tram|linh|l\u1ebb|le)`;
// "tủ số mười bốn", "tủ đồ thứ mười bốn", "ngăn đồ mười bốn".
const VI_LOCKER_WORDED = lazyPattern(
  String.raw`(?<![\p{L}])${VI_LOCKER}[ \t]+(?:(?:s[\u1ed1o]|th[\u1ee9u])[ \t]+(${VI_NUM}(?:[ \t]+${VI_NUM}){0,3})|(${VI_NUM}(?:[ \t]+${VI_NUM}){1,3}))(?![\p{L}])`,
  'giu',
);
const TL_NUM = String.raw`(?:dos|tres|kwatro|kuwatro|singko|sais|syete|siyete|otso|nuwebe|diyes|dyis|onse|dose|trese|katorse|kinse|disisais|disisyete|disiotso|disinuwebe|bente|beinte|(?:labing|ika|pang)-?(?:isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam|labing-?\p{L}{3,7}))`;
const TL_LOCKER = String.raw`(?:locker|aparador|kabinet|kabinete)`;
// "locker ko ay labing-apat", "aparador ko, numero katorse", "ang locker ko ay pang-labing-apat".
const TL_LOCKER_WORDED = lazyPattern(
  String.raw`(?<![\p{L}])${TL_LOCKER}(?:[ \t]+(?:ko|namin|natin))?[ \t]*,?[ \t]*(?:(?:ay|na|yung|ang|ung|iyong|number|numero|no\.?|#)[ \t]*){0,3}(${TL_NUM})(?![\p{L}])`,
  'giu',
);
// "numero katorse ang locker ko".
const TL_NUMBER_THEN_LOCKER = lazyPattern(
  String.raw`(?<![\p{L}])(?:numero|number|#)[ \t]*(${TL_NUM})(?=[ \t]+(?:(?:ang|ng|yung|ay|na)[ \t]+)?${TL_LOCKER})`,
  'giu',
);

const maskPlates = maskMatches(LATIN_UA_PLATE, 'PLATE');
const viLockers = maskMatches(VI_LOCKER_WORDED, 'ID', () => true, 1);
const viLockersBare = maskMatches(VI_LOCKER_WORDED, 'ID', () => true, 2);
const tlLockers = [TL_LOCKER_WORDED, TL_NUMBER_THEN_LOCKER].map((p) => maskMatches(p, 'ID', () => true, 1));

/** Hides the plates and lockers above. */
export const maskLatinUkrainianPlatesAndWordedLockers: Rule = (text) => {
  let out = text;
  if (/\d{4}/u.test(out)) out = maskPlates(out);
  if (out.includes('\uE006'))
    out = out.replace(SERIES_LEFT.get(), (_all, series: string) => `\uE006${mask('PLATE', series.length)}`);
  if (/t[u\u1ee7]|locker|ng[a\u0103]n/iu.test(out)) out = viLockersBare(viLockers(out));
  if (/locker|aparador|kabinet/iu.test(out)) out = tlLockers.reduce((t, rule) => rule(t), out);
  return out;
};
