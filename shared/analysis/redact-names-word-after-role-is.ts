import { ROLE_CUES } from './redact-names-words';
import { ROLES_ABROAD } from './redact-names-word-nicknames';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: a role, "is", then a given name that is also a small word of the language, ending the clause: "the
 * supervisor on nights is will", "our team leader is may", "the manager on the late shift is hope", "el encargado de
 * noche es will", "der Schichtleiter ist may", "le chef d'équipe c'est hope", "il capo turno è will". Round 32 took
 * "the night supervisor is rob" but left the modals and virtues ("will", "may", "hope") out, as they open a question
 * or a clause as often ("the problem is will they pay us", "the manager is hoping", "what we need is hope and
 * change"). Ending the clause after a role, only a person stands there.
 */

const WORD_NAMES = 'will|may|hope|faith|joy|summer|autumn|grace|dawn|bill|mark|sue|rob|jack|ray|art|drew|gene|guy|pat';
// The copula, the word, then the clause ends (end, punctuation, or a word that opens another clause).
const AT_CLAUSE_END = lazyPattern(
  String.raw`(?<![\p{L}])(?:is|was|es|era|ist|war|est|c['\u2019]est|\u00e8|e['\u2019])[ \t]+(${WORD_NAMES})(?=[ \t]*(?:$|[.,!?;:\n)]|[ \t](?:and|but|who|he|she|they|btw|lol|und|y|et|e|qui|que|der|die)(?![\p{L}])))`,
  'giu',
);
// The role a few words before the copula, with at most a short phrase after it ("on nights", "on the late shift",
// "de noche", "d'équipe", "turno").
const ROLE_THEN_PHRASE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(\p{L}+)((?:[ \t]+(?:on|of|in|at|for|de|del|di|du|vom|der|des|d['\u2019]|the|la|le|el|il|\p{Ll}+)){0,4})[ \t]*$`,
  'u',
);

function roleBefore(before: string): boolean {
  const clause = before.split(/[.!?;\n]/u).pop() ?? '';
  const words = clause
    .trim()
    .split(/[ \t']+/u)
    .slice(-6)
    .map((w) => w.toLowerCase());
  if (!ROLE_THEN_PHRASE.get().test(clause)) return false;
  return words.some((w) => ROLE_CUES.has(w) || ROLES_ABROAD.has(w));
}

const GATE = lazyPattern(String.raw`[ \t](?:${WORD_NAMES})(?:$|[^\p{L}])`, 'iu');

/** Hides a given name that is a small word, after a role and "is", where it ends the clause (see above). */
export const maskWordNamesAfterRoleIs: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  return text.replace(AT_CLAUSE_END.get(), (whole: string, name: string, at: number, all: string) => {
    // Written with a capital it is a name to the other rules already; small, a capital word before it is no role.
    if (!roleBefore(all.slice(Math.max(0, at - 60), at))) return whole;
    return whole.slice(0, whole.length - name.length) + mask('NAME', name.length);
  });
};

/*
 * Round 34 (r34a): a name of two letters after a role and "is", ending the clause: "the supervisor is Bo and he yells
 * all day", "my supervisor is Al", "the supervisor is Ed from nights", "el supervisor es Sy y nos grita", lowercase
 * "the supervisor is bo". No list holds every such name (Bo, Al, Ty, Jo, Ed, Vi, An, Cy, Sy …), and few two-letter
 * words end a clause after a role and "is": those that do ("in", "at", "ok", "so", "up", "on", "it", "me", "da", "là")
 * stay, as does a pair of capitals ("the manager is HR").
 */
const TWO_LETTERS_AT_CLAUSE_END = lazyPattern(
  String.raw`(?<![\p{L}])(?:is|was|es|era|ist|war|est|c['\u2019]est|\u00e8|\u00e9|e)[ \t]+(\p{Lu}\p{Ll}|\p{Ll}{2})(?=[ \t]*(?:$|[.,!?;:\n)]|[ \t](?:and|but|who|he|she|they|btw|lol|from|on|in|at|y|et|e|und|qui|que|der|die|de|del|aus|vom)(?![\p{L}])))`,
  'gu',
);
const TWO_LETTER_WORDS = new Set(
  `in on up ok so at it me us we he no go do to by of as is or if my hi oh ah eh uh um ha yo ya ye na id ex tu da ja
  ne nu su si la el le lo un os as se te \u00e9l t\u00fa l\u00ec l\u00e0 s\u00ed j\u00e1 l\u00e1 c\u00e1 a\u00ed ai`.split(
    /\s+/,
  ),
);
const TWO_LETTER_GATE = lazyPattern(
  String.raw`(?<![\p{L}])(?:is|was|es|era|ist|war|est|\u00e8|\u00e9|e)[ \t]+\p{L}{2}(?:$|[^\p{L}])`,
  'u',
);

/** Hides a name of two letters after a role and "is", where it ends the clause (see above). */
export const maskTwoLetterNamesAfterRoleIs: Rule = (text) => {
  if (!TWO_LETTER_GATE.get().test(text)) return text;
  return text.replace(TWO_LETTERS_AT_CLAUSE_END.get(), (whole: string, name: string, at: number, all: string) => {
    if (TWO_LETTER_WORDS.has(name.toLowerCase()) || !roleBefore(all.slice(Math.max(0, at - 60), at))) return whole;
    return whole.slice(0, whole.length - name.length) + mask('NAME', name.length);
  });
};
