import { isEnglishWord } from './english-dictionary';
import { deedFollows } from './verb-after-subject';
import { lazyPattern } from './lazy-pattern';
import { DEPARTMENTS, ROLE_CUES, TITLES } from './redact-names-words';
import { MASKED, mask } from './redaction-kinds';

/*
 * red40 (left by names39): a given name that is also a place or an everyday word, after a role someone holds, before
 * what a person does ("my manager Dallas yells at us", "my shift lead Phoenix steals tips", "my team leader Denver
 * pushed me", "la jefa Paz no nos deja salir", "il responsabile Sole ci insulta", "unser Schichtleiter Wolf brüllt").
 * The give-backs return a known city or a dictionary word hidden alone ("Dallas office closed early", "the Austin
 * site"), and the role rules take only what the name lists hold, so the person stayed visible. Read once everything
 * is given back, and only where the role is owned ("my", "our", "la", "il mio", "unser") and what follows is a deed
 * (English deeds and tenses, an adverb before a verb, an object pronoun or negation of the Romance, German and Slavic
 * languages, a German verb's "-t"): "my manager Monday meeting ran long", "our supervisor Teams chat is dead", "the
 * Supervisor said nothing" stay as written.
 */

const OWNER = String.raw`(?:my|our|your|the|mi|mis|nuestro|nuestra|el|la|il|lo|mio|mia|nostro|nostra|mon|ma|notre|le|o|a|meu|minha|nosso|nossa|mein|meine|unser|unsere|der|die|m\u00f3j|moja|nasz|nasza|\u043c\u0456\u0439|\u043c\u043e\u044f|\u043d\u0430\u0448|\u043d\u0430\u0448\u0430)`;
// The shared role words, and the compounds and Italian, German and Polish ones it lacks.
const MORE_ROLES = [
  'responsabile',
  'capo',
  'capoturno',
  'capa',
  'caporeparto',
  'chef',
  'responsable',
  'cheffe',
  'schichtleiter',
  'schichtleiterin',
  'teamleiter',
  'teamleiterin',
  'vorarbeiter',
  'vorarbeiterin',
  'abteilungsleiter',
  'meister',
  'kollege',
  'kollegin',
  'kierownik',
  'kierowniczka',
  'brygadzista',
  'szef',
  'szefowa',
  'encargado',
  'encargada',
  'supervisora',
  'chefe',
  'gerente',
];
const ROLES = [...new Set([...ROLE_CUES, ...MORE_ROLES])]
  .filter((w) => /^[\p{Ll}-]+$/u.test(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
// Case-blind for "My manager"; the word's capital is checked in code ("\p{Lu}" matches any letter under "i").
const ROLE_THEN_WORD = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${OWNER}(?:[ \t]+${OWNER})?(?:[ \t]+\p{L}{2,}){0,2}?[ \t]+(?:${ROLES})[ \t]+(\p{L}\p{Ll}+)(?![\p{L}\p{N}'\u2019\-])`,
  'giu',
);

const ADVERB_THEN_VERB = lazyPattern(
  String.raw`^[ \t]+(?:never|always|just|still|really|constantly|also|often|even|literally|basically|keeps|kept)[ \t]+\p{Ll}{2,}`,
  'u',
);
const PRESENT_DEEDS = new Set(
  `yells shouts screams steals lies cheats bullies harasses threatens ignores favors favours blames insults mocks
  touches grabs pushes hits curses swears takes makes gives docks cuts refuses treats talks forces picks micromanages
  drinks smokes sleeps hides writes changes denies belittles humiliates screws scolds targets stalks follows calls
  texts sends leaves skips comes goes wants thinks says tells asks`.split(/\s+/),
);
const FOREIGN_NEXT = lazyPattern(
  String.raw`^[ \t]+(?:ci|ce|mi|ti|vi|ne|non|no|sempre|mai|nos|me|te|les|nous|vous|n['\u2019]|m['\u2019]|t['\u2019]|n\u00e3o|nao|nunca|jamais|siempre|toujours|uns|mich|mir|dich|euch|immer|nie|nigdy|zawsze|mnie|nas|nam|\u043d\u0430\u0441|\u043d\u0430\u043c|\u043c\u0435\u043d\u0435|\u043c\u0435\u043d\u0456|\u043d\u0456\u043a\u043e\u043b\u0438|\u0437\u0430\u0432\u0436\u0434\u0438|\u043d\u0435)(?![\p{L}])`,
  'u',
);
const GERMAN_OWNER = /^(?:mein|meine|unser|unsere|der|die)[ \t]/iu;
const GERMAN_VERB = lazyPattern(String.raw`^[ \t]+\p{Ll}{3,}t(?![\p{L}])`, 'u');
const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|june|july|september|october|november|december)$/u;

/** Whether what follows a word after a role is what a person does. */
function personActs(after: string, owned: string): boolean {
  // "the Associate Managers and Shift Supervisor": "and" after the word joins titles as often as people.
  if (/^[ \t]*(?:and|&|,)/u.test(after)) return false;
  if (deedFollows(after) || ADVERB_THEN_VERB.get().test(after) || FOREIGN_NEXT.get().test(after)) return true;
  const next = /^[ \t]+(\p{Ll}+)/u.exec(after)?.[1];
  if (next !== undefined && PRESENT_DEEDS.has(next)) return true;
  return GERMAN_OWNER.test(owned) && GERMAN_VERB.get().test(after);
}

/** Hides a capitalised word after an owned role before a deed, once the give-backs have run (see above). */
export function hideWordNamesAfterOwnedRoles(read: string, masked: string): string {
  if (!/\p{Lu}/u.test(read)) return masked;
  let out = masked;
  for (const m of read.matchAll(ROLE_THEN_WORD.get())) {
    const word = m[1]!;
    if (!/^\p{Lu}/u.test(word)) continue;
    const start = m.index + m[0].length - word.length;
    const end = start + word.length;
    if (MASKED.test(out.slice(start, end))) continue;
    const lower = word.toLowerCase();
    // "Managers", "Leads": a plural English word is the role's group, not its holder.
    if (/[^s]s$/u.test(lower) && isEnglishWord(lower)) continue;
    if (WEEKDAY_OR_MONTH.test(lower) || ROLE_CUES.has(lower) || TITLES.has(lower) || DEPARTMENTS.has(lower)) continue;
    if (!personActs(read.slice(end), m[0])) continue;
    out = out.slice(0, start) + mask('NAME', word.length) + out.slice(end);
  }
  return out;
}
