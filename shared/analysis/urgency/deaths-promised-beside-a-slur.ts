import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * A killing threat told with a slur keeps its threat (att44, K1, u46a): "he said he'd slit my throat you stupid
 * wetback", "the note said die n*gger and there was a noose drawn on it", "he told me im dead meat after shift,
 * f*ggot" were read as discrimination only. The slur is discrimination (kind-of-wrong.ts), and reading the text again
 * without it, the rules alone do not read a death promised in words they have no rule for; the model did, and its
 * threat was dropped with the slur's. docs/escalations.md promises that a threat told beside a slur stays: a death
 * promised in so many words (a throat slit, "dead meat", "you're dead", "die" said or written at someone, a killing,
 * a shooting, a stabbing, a lynching, a hanging) is a threat beside the discrimination, whoever owns each.
 * English, Spanish, French and Portuguese. Tests: test/unit/analysis/urgency-att44-u46a.test.ts.
 */

const DEATH_PROMISED = lazyPattern(
  foldPattern(
    [
      String.raw`\b(?:slit|cut|slice|slash)(?: open)? (?:my|your|ur|his|her|their) (?:throat|neck)s?\b`,
      String.raw`\bdead meat\b`,
      String.raw`\b(?:you(?:'re| are)?|ur|u r|youre|you'll be|u'll be|youll be|you will be|you're gonna be|ur gonna be|you are going to be) (?:so |already |fucking |f\*+ing |as good as )?dead\b(?! (?:to (?:me|us|them|him|her)|tired|serious|wrong|right|last|center|centre|ahead|set|on|end))`,
      String.raw`\b(?:said|says|wrote|writes|written|reads?|read|yelled|shouted|screamed|go|just|should|deserve to|gonna|will|hope (?:you|u)|wants? (?:me|you|us) to)\s["'\u201c]?die\b`,
      String.raw`\b(?:kill|shoot|stab|lynch|hang|burn|gut|murder|bury)(?:ing)? (?:you|u|me|him|her|them|us|all of you|every one of you)\b(?! (?:with kindness|at|in (?:a|the) game))`,
      String.raw`\b(?:put|putting) a bullet in\b`,
      String.raw`\b(?:te|lo|la|los|nos) (?:voy|vamos|va|van) a (?:matar|colgar|quemar|degollar|apunalar)\b|\b(?:te|lo|la) (?:mato|matamos|mata|matan)\b|\b(?:estas|eres) (?:hombre )?muerto\b`,
      String.raw`\bje (?:vais|vas) te (?:tuer|buter|crever|egorger)\b|\bt'es mort\b|\btu es mort\b`,
      String.raw`\bvou te matar\b|\b(?:voce|tu) (?:ta|esta|tas) mort[oa]\b`,
    ].join('|'),
  ),
  'u',
);

/** Whether the text promises a death in so many words. */
export function promisesADeath(text: string): boolean {
  return DEATH_PROMISED.get().test(fold(text));
}

/** A reading of discrimination with no threat gets its threat back where a death is promised in words. */
export function withDeathPromisedBesideASlur(text: string, reading: Reading): Reading {
  if (!reading.categories.includes('discrimination') || reading.categories.includes('threat')) return reading;
  if (typeof text !== 'string' || !promisesADeath(text)) return reading;
  return withKindsAdded(reading, 'threat');
}
