import { eitherOrder, SENTENCE } from './one-sentence';

/*
 * A chemical in someone's eyes: splashed, spilled or leaked, told by the chemical and where it went ("le saltó lejía a
 * los ojos") or by the eyes that burn ("vazou produto químico no laboratório, duas pessoas com os olhos queimando").
 * Eyes that burn from a screen or from tiredness name no chemical, and a chemical named beside "os olhos" that are to
 * be protected ("proteger os olhos") puts nothing in them; nor does a precaution or an instruction for when it happens
 * ("para não espirrar químico nos olhos", "en caso de salpicadura en los ojos"): all stay calm. Each Romance language gives its words for
 * the three parts; this puts them together in one sentence, in either order.
 */

/**
 * A rule source: a chemical and the eyes it went into (`intoEyes`: "nos olhos", "dans les yeux"), or a chemical and eyes
 * that hurt (`eyesHurt`: "olhos queimando", "les yeux qui brûlent"), in one sentence, either order, and not after
 * words of precaution in that sentence (`precaution`: "para não", "en caso de").
 *
 * @example
 * new RegExp(chemicalInEyes('acido', 'nos olhos', 'olhos ardendo', 'para nao')).test('caiu acido nos olhos dela') // true
 */
export function chemicalInEyes(chemical: string, intoEyes: string, eyesHurt: string, precaution: string): string {
  const told = `${eitherOrder('latin', 40, chemical, intoEyes)}|${eitherOrder('latin', 80, chemical, eyesHurt)}`;
  return `(?<!\\b(?:${precaution})\\b${SENTENCE.latin}{0,40})(?:${told})`;
}
