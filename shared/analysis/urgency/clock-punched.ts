import { fold } from './normalise';
import { URGENCY_CATEGORIES, type UrgencyCategory } from './types';

/*
 * Which kind a report is when a time clock is "punched": "punching people out and pocketing the wages", "the
 * supervisor punches us out at 5 but we work till 7 and he keeps the money". To the threat rules "punch(ing)
 * someone" is a blow, so wages taken by the clock went as a threat of violence, to whoever owns threats, beside
 * (or instead of) fraud, to an owner who should not read it.
 *
 * The rule of precedence (docs/escalations.md, "Which kind when two rules match"): someone punched "out" or "in" in
 * a report that speaks of pay, hours, a shift or the clock is the time clock, never a blow. The report is read
 * again without those words: a threat still read there is a blow told beside it and stays; one no longer read was
 * the clock's, and goes, and the report is fraud (wages taken by moving the clock). "He punched him out cold" and a
 * report with no word of pay keep their threat. Only the kind changes here, never whether a report is urgent.
 *
 * Patterns run on folded text (lower case, no accents), so they are written in ASCII.
 */

// Someone punched out or in: the verb, up to three words of whom (me, us all, the new guys, the whole crew), then out or in.
// "In the break room", "in the face", "in front of everyone" are where the blow fell, never a clock: "dave punches me
// in the break room" went to the owner of fraud (found by a property test's drawn wording).
const PUNCHED =
  /\bpunch(?:es|ed|ing)? (?:[a-z']+ ){1,3}?(?:out|in)\b(?! cold\b| of\b| (?:the|a|an|my|his|her|their|our|your|front|public)\b)/gu;
// The clock's words: pay, hours, a shift, the clock, a time of day, early or late.
const CLOCK_SENSE =
  /\b(?:wages?|pay|paid|unpaid|paycheck|money|cash|hours?|overtime|ot|shifts?|clock|timesheet|time card|timecard|difference|lunch|breaks?(?! ?rooms?\b)|early|late|before (?:the )?(?:shift|end)|at \d{1,2}(?::\d\d)?(?: ?[ap]m)?)\b/u;
// A blow told in the same words: kept as one.
const BLOW = /\b(?:cold|face|nose|jaw|teeth|blood|bleeding|hospital|fight|knocked|unconscious|fists?)\b/u;

interface Reading {
  urgent: boolean;
  categories: UrgencyCategory[];
}

/**
 * The reading of an urgent report with a threat read from a time clock punched set right: it is fraud. `read` is the
 * detector's rules, asked again with those words blanked out (only for a report that reads a threat and holds them).
 */
export function withClockPunched(text: string, reading: Reading, read: (text: string) => Reading): Reading {
  if (!reading.urgent || !reading.categories.includes('threat') || typeof text !== 'string') return reading;
  const folded = fold(text);
  if (!folded.includes('punch')) return reading;
  PUNCHED.lastIndex = 0;
  if (!PUNCHED.test(folded) || !CLOCK_SENSE.test(folded) || BLOW.test(folded)) return reading;
  PUNCHED.lastIndex = 0;
  const without = read(folded.replace(PUNCHED, ' '));
  if (without.categories.includes('threat')) return reading;
  const categories = new Set<UrgencyCategory>(reading.categories);
  categories.delete('threat');
  categories.add('fraud');
  return { urgent: true, categories: URGENCY_CATEGORIES.filter((category) => categories.has(category)) };
}
