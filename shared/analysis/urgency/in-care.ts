import { inOneSentence, SENTENCE, word } from './one-sentence';
import type { Script } from './types';

/*
 * Harm to someone in the writer's care: a resident, a patient, a pupil, a small child. The writer is not the victim,
 * so the rules that read "he hit me" do not fire; yet a carer who slaps a resident, a teacher who leaves a toddler shut
 * in the nap room for an hour, a parent a pupil says beats him, are for someone to act on today. Each language gives
 * its words for the three parts (who looks after them, what was done, who to); this puts them together in one
 * sentence, in the orders the language tells it in:
 *
 * - the carer, what they did, then whom: "the night carer slapped Mrs Okafor", "护工晚上打3号房的老奶奶";
 * - whom, then what was done to them (by whom, between a passive marker and the verb in Chinese and Vietnamese):
 *   "老人被护理员用拖鞋打了", "bà cụ bị nhân viên đánh";
 * - whom, who, then the act done to them: "طفل في الصف الثالث قال أبوه يضربه";
 * - a child left alone, then for how long: "left alone in the nap room for an hour".
 *
 * A carer alone ("the nurse hit the call button"), a child alone ("the kid left his lunch"), or harm without anyone
 * in care ("he hit the target") is none of these.
 */
/**
 * A rule source for harm to someone in care: the carer before what was done and the person it was done to
 * (`carer`, `harm`, `dependant`), or the person before a passive marker, at most `agentGap` characters (the agent:
 * "被护理员用拖鞋"), and what was done (`passive`, `harmed`). Leave `passive` empty where the language has no such
 * order. `harmsThem` (an act with the victim as its object, "يضربه", "beats him") reads a pupil who tells of it: the
 * child, who does it, then the act ("a child in year 3 says his dad beats him").
 */
export function harmInCare(
  script: Script,
  words: { carer: string; harm: string; dependant: string; passive?: string; harmed?: string; harmsThem?: string },
  agentGap = 12,
): string {
  const told = words.harmsThem
    ? `|${inOneSentence(script, 40, words.dependant, words.carer)}${SENTENCE[script]}{0,12}?${word(words.harmsThem, script)}`
    : '';
  // Who did it may be told a few words before (a time, a place); whom it was done to comes right after the act.
  const active = `${inOneSentence(script, 24, words.carer, words.harm)}${SENTENCE[script]}{0,${script === 'han' ? 6 : 12}}?${word(words.dependant, script)}`;
  if (!words.passive || !words.harmed) return active + told;
  const marker = `(?:${words.passive})${SENTENCE[script]}{0,${agentGap}}?${word(words.harmed, script)}`;
  return `${active}|${word(words.dependant, script)}${SENTENCE[script]}{0,24}?${marker}${told}`;
}

/**
 * A rule source for someone in care restrained by staff: tied, strapped or fastened to a bed, chair or radiator
 * ("Bewohner werden nachts ans Bett gefesselt", "les résidents sont attachés au lit", "amarran a los ancianos a la
 * cama"). `dependant` and `tiedTo` (tied to a bed, in the passive) in one sentence in either order, or `tie` (the act)
 * then the dependant then `furniture` ("binden Frau Krüger jede Nacht am Bett fest"); never where the sentence says
 * the restraint is an illness keeping them in bed (`bedridden`: "ist seit Wochen ans Bett gefesselt", "mit Grippe").
 */
export function restrainedInCare(
  script: Script,
  words: { dependant: string; tiedTo: string; tie: string; furniture: string; bedridden: string },
): string {
  // A sentence, in which the full stop of an initial ("Frau K. wird ans Bett gefesselt") does not end it.
  const inSentence = String.raw`(?:${SENTENCE[script]}|(?<=\b\w)\.(?= ))`;
  const any = `${inSentence}{0,160}`;
  const near = `${inSentence}{0,80}?`;
  const [dependant, tiedTo] = [word(words.dependant, script), word(words.tiedTo, script)];
  const active = `${word(words.tie, script)} (?:[\\w.']+ ){0,2}?${dependant}\\.?(?: [\\w.']+){0,6}? ${word(words.furniture, script)}`;
  return `(?<!(?:${words.bedridden})${any})(?!${any}(?:${words.bedridden}))(?:${dependant}${near}${tiedTo}|${tiedTo}${near}${dependant}|${active})`;
}
