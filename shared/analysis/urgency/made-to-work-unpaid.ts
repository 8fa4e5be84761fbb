import { rule, type UrgencyRule } from './types';

/*
 * Tagalog (u37b): made to work on, past the shift or after clocking out, with no pay ("pinapatrabaho kami ng libre
 * pagkatapos ng shift", "pinagtrabaho pa kami ng dalawang oras na walang bayad"): pay taken, fraud. The learned model
 * read these as safety, and the clock-out frame needs the clock named within ten words. Work paid ("bayad na ang
 * sahod") or a free meal ("libre ang pagkain") is none: the work verb and the missing pay are read in one sentence.
 */
const TL_MADE_TO_WORK = String.raw`(?:pinapatrabaho|pinatrabaho|pinagtatrabaho|pinagtrabaho|pinapagtrabaho|pinag-?trabaho|pinapag-?trabaho|pinapapasok|pinapaiwan|pinaiwan|pinapag-?stay|pinag-?stay|pinapag-?extend|pinag-?extend|pinaglinis|pinapaglinis)`;
const TL_NO_PAY = String.raw`(?:walang bayad|walang sahod|walang sweldo|walang suweldo|hindi (?:bayad|binabayaran|binayaran|bayaran)|di (?:bayad|binabayaran|binayaran)|ng libre|nang libre|libre lang|ng walang bayad)`;
export const TAGALOG_MADE_TO_WORK_UNPAID: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\b${TL_MADE_TO_WORK}\b[^.!?\n]{0,80}?\b${TL_NO_PAY}\b|\b${TL_NO_PAY}\b[^.!?\n]{0,60}?\b${TL_MADE_TO_WORK}\b`,
  ),
];
