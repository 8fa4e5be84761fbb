import type { Script } from './types';

/*
 * A whole message that is only a cry for help ("help", "HELP ME", "FIRE!!!",
 * "SOS", "救命！"): someone with no time to write more. Only when it is the
 * whole text (punctuation and repeats aside), so "help desk ticket", "I need
 * help with my payslip" or "the new game is fire" stay calm.
 */
const NOT_A_WORD: Record<Script, string> = {
  latin: '[^a-z0-9]',
  han: String.raw`[^\p{L}\p{N}]`,
  arabic: String.raw`[^\p{L}\p{N}]`,
};

/**
 * A rule source matching `cries` (an alternation, folded) when they are all
 * the text says, once or repeated.
 *
 * @example
 * new RegExp(cryForHelp('help(?: me)?|fire', 'latin')).test('fire fire!!') // true
 */
export function cryForHelp(cries: string, script: Script): string {
  const gap = NOT_A_WORD[script];
  return String.raw`(?<=^${gap}*)(?:${cries})(?:${gap}+(?:${cries}))*(?=${gap}*$)`;
}

// Emergency numbers known across the languages read (North America and the Philippines, Europe, the UK).
const EMERGENCY_NUMBER_ALONE = /^[^\p{L}\p{N}]*(?:911|112|999)(?:[^\p{L}\p{N}]+(?:911|112|999))*[^\p{L}\p{N}]*$/u;

/** Whether the whole text is an emergency number ("911", "112!!"): no language's rules read a text without letters. */
export const isEmergencyNumberAlone = (folded: string): boolean => EMERGENCY_NUMBER_ALONE.test(folded);
