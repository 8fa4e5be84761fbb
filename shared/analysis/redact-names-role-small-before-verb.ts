import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { ALL_STOPWORDS, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';

/*
 * ra35 (blind re-attack): a given name that is also a word, written small after a role, before a verb and what it is
 * done to ("la jefa rosa insulta a las chicas", "la encargada rosa empuja a los nuevos", "o chefe branco empurra os
 * novos"). Blind round 18 (redact-names-role-wordlike.ts) read it only before a pronoun ("el jefe rosendo nos grita").
 * The verb stays (redact-names-kept-plants-verbs.ts gives it back where the name rules took it as a surname); "la
 * camisa rosa" (no role) and "la jefa nueva insulta" (no given name) stay as written.
 */
// Roles written small and as one word (no pattern made at import: redact-rule.ts's lazy patterns).
const ROLE_WORDS = [...ROLE_CUES].filter((w) => w === w.toLowerCase() && !/[\s|()]/.test(w)).join('|');
const ROLE_NAME_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:${ROLE_WORDS})[ \t]+(\p{Ll}{3,})[ \t]+(\p{Ll}{3,}[ae])(?=[ \t]+(?:a|al|la|las|los|lo|le|les|el|un|una|o|os|as|um|uma|i|il|gli|tutti|todos|todas|des|du|tout|tous)(?![\p{L}]))`,
  'gu',
);
const ROLE_GATE = lazyPattern(String.raw`(?:${ROLE_WORDS})[ \t]+\p{Ll}{3,}[ \t]+\p{Ll}{3,}[ae][ \t]`, 'u');

/** Hides a small given name after a role and before a verb with its object (see above). */
export const maskSmallNamesAfterRolesBeforeVerbs: Rule = (text) => {
  if (!ROLE_GATE.get().test(text)) return text;
  let out = text;
  for (const m of text.matchAll(ROLE_NAME_VERB.get())) {
    const [, name, verb] = m as unknown as [string, string, string];
    if (!isGivenName(name) || isGivenName(verb) || isCommonSurname(verb) || ALL_STOPWORDS.has(verb)) continue;
    const start = m.index + m[0].length - verb.length - 1 - name.length;
    if (out.slice(start, start + name.length) !== name) continue;
    out = out.slice(0, start) + mask('NAME', name.length) + out.slice(start + name.length);
  }
  return out;
};
