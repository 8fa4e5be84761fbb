import { isGivenName } from './given-names';
import { ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 18: a given name that is also a word, written small after a role in Italian, Spanish, Portuguese or
 * French ("il capo franco ci fa fare straordinari", "el jefe rosendo nos grita", "o chefe santo não paga"): the lists
 * know the name but read the word ("franco" frank, "santo" holy), so no rule took it. After a role and its article,
 * and before what a person does to the writer (a pronoun object, "non", "sempre") or a surname, it is the name; the
 * surname after it goes too ("il capo franco Bianchi" showed "franco"). "il capo franco e diretto" (frank and direct)
 * stays: an adjective is followed by "e", not by a pronoun. Blind round 25: Roman says "er capo massimo ce fa".
 */
const ROLE_WORDS = [...ROLE_CUES].filter((w) => /^\p{Ll}+$/u.test(w)).join('|');
const ROLE_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:il|la|lo|el|er|le|o|a|l['’]|mio|mia|mi|meu|minha|mon|ma|nostro|nostra|nuestro|nuestra)[ \t]*(?:${ROLE_WORDS})[ \t]+(\p{Ll}{3,})(?=[ \t]+(?:ci|ce|mi|ti|vi|ne|non|sempre|nos|me|te|les|lo|la|se|nous|vous|não|nao|nunca|jamais|siempre|toujours|\p{Lu}\p{Ll}{2,}|[\uE000-\uE006]+)(?![\p{L}]))`,
  'gu',
);
const ROLE_GATE = lazyPattern(String.raw`(?:${ROLE_WORDS})[ \t]+\p{Ll}`, 'u');

/** Hides a word after a role that the lists know as a given name, before what a person does: "il capo franco ci". */
export const maskWordlikeNamesAfterRoles: Rule = (text) => {
  if (!ROLE_GATE.get().test(text)) return text;
  let out = text;
  for (const m of text.matchAll(ROLE_THEN_NAME.get())) {
    const name = m[1]!;
    if (!isGivenName(name)) continue;
    const start = m.index + m[0].length - name.length;
    out = out.slice(0, start) + mask('NAME', name.length) + out.slice(start + name.length);
  }
  return out;
};
