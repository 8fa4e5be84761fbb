import { rule, type UrgencyRule } from './types';

/*
 * A wish to die told in a German clause with its verb last, as reported speech puts it ("mein Kollege hat gesagt,
 * dass er sich umbringen will", "sie meinte, dass sie sich das Leben nehmen wolle"): the German rules read "er will
 * sich umbringen" but not the verb-last order, and the learned model read it only through "hat gesagt, dass", which
 * no longer pages on its own (rs51, urgency.ts onlyNewsTold). Folded text; every part is a fixed word or short list.
 */
const HARM_VERB_LAST = String.raw`\b(?:mich|sich|dich|uns) (?:umbringen|umzubringen|das leben (?:nehmen|zu nehmen)|toten|erhangen|erschiessen|etwas antun|was antun)(?: (?:will|wolle|wollte|mochte|werde|wird|wurde|plant|vorhat))\b`;

export const GERMAN_HARM_SAID_VERB_LAST: UrgencyRule[] = [rule('self-harm', HARM_VERB_LAST)];
