import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';
import { isCommonSurname } from './surnames';

/*
 * Everyday words the name rules took for a name (op43's operator attack, 2026-12-07): "Entregué mi reporte al
 * supervisor" and "Estaciono mi carro en el espacio 14" were stored "[NAME] mi reporte …", "Ma voiture, c'est la Clio
 * rouge" as "[NAME], c'est …", "Szkoła Podstawowa nr 12" (primary school no. 12) as "[NAME] nr 12": a verb, the
 * writer's own thing and a kind of school name no one, and hiding them took the sentence's sense. Given back:
 *
 * - a verb the writer says of themselves opening a sentence, hidden alone: the Spanish and Portuguese past of "I"
 *   ("Entregué", "Recibí", "Entreguei"), the Spanish and Portuguese present of "I" before "my", an article or a
 *   preposition ("Estaciono mi carro", "Trabalho na linha"), the Polish "I" past and present ("Oddałem", "Parkuję");
 *   never a given name or a common surname ("José en el almacén", "Marco me gritó"), nor a word before an Italian
 *   "mi" and its verb ("Okonkwo mi ha spinto": there "mi" is "me");
 * - "my" and a thing written small, hidden as one name ("Ma voiture", "Mon vélo", "Mi carro"): a name's second part
 *   is written with a capital ("Ma Lin" stays hidden);
 * - a school's kind alone, hidden as a name ("Szkoła Podstawowa", "Escuela Primaria", "École Maternelle"): which one
 *   is its number or name after it, and the preview warns of a writer's child's school (self-descriptions-child-school.ts).
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

const PAST_OF_I = lazyPattern(String.raw`^\p{Lu}\p{Ll}{2,14}(?:\u00e9|\u00ed|ei|\u0142em|\u0142am|\u0119)$`, 'u');
const PRESENT_OF_I = lazyPattern(String.raw`^\p{Lu}\p{Ll}{4,14}o$`, 'u');
// What follows a verb of "I" in Spanish and Portuguese (a noun's article or possessive, a preposition).
const AFTER_VERB = lazyPattern(
  String.raw`^[ \t]+(?:mi|mis|el|la|los|las|en|un|una|unos|al|del|a|todos|todas|cada|siempre|con|por|desde|meu|minha|meus|minhas|o|os|as|no|na|nos|nas|um|uma|ao|\u00e0|com|todo|toda)(?![\p{L}])`,
  'iu',
);
// Italian "mi" is "me" before a verb: "Okonkwo mi ha spinto" names someone.
const ITALIAN_ME = lazyPattern(
  String.raw`^[ \t]+mi[ \t]+(?:ha|hanno|aveva|avevano|\u00e8|era|sta|stava|fa|faceva|dice|disse|urla|grida|tocca|spinge|chiama|chiede|guarda|manda|prende|d\u00e0|deve|vuole|insulta|minaccia|molesta|segue|tratta|parla|offende)(?![\p{L}])`,
  'iu',
);
const OWNER = new Set(
  'ma mon mes mi mis mein meine meu minha mio mia m\u00f3j moja moje my notre nuestro nuestra nosso nossa unser unsere'.split(
    ' ',
  ),
);
const SCHOOL_KIND = new Set(
  `szko\u0142a szko\u0142y szkole szko\u0142\u0119 szko\u0142\u0105 podstawowa podstawowej podstawow\u0105 \u015brednia \u015bredniej
  przedszkole przedszkola przedszkolu liceum gimnazjum technikum og\u00f3lnokszta\u0142c\u0105ce og\u00f3lnokszta\u0142c\u0105cego zawodowa
  zawodowej publiczna publicznej escuela primaria secundaria colegio instituto preparatoria jard\u00edn \u00e9cole
  primaire maternelle coll\u00e8ge lyc\u00e9e escola estadual municipal scuola elementare media materna grundschule
  realschule gesamtschule gymnasium kita kindergarten`.split(/\s+/u),
);

/** `masked` with each verb, owned thing or school's kind the name rules hid given back from `read` (see above). */
export function keepVerbsOwnedThingsAndSchoolKinds(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const found = read.slice(start, end);
    const words = found.split(/[ \t]+/u);
    if (givenBack(read, start, end, words)) out = out.slice(0, start) + found + out.slice(end);
  }
  return out;
}

function givenBack(read: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.every((word) => SCHOOL_KIND.has(word.toLowerCase()))) return true;
  const opens = /(?:^|[.!?\n][ \t]*|^[ \t]+)$/u.test(read.slice(Math.max(0, start - 3), start));
  if (words.length === 2) {
    const [owner, thing] = words as [string, string];
    return opens && OWNER.has(owner.toLowerCase()) && /^\p{Ll}{3,}$/u.test(thing) && !isGivenName(thing);
  }
  if (words.length !== 1 || !opens) return false;
  const word = words[0]!;
  const lower = word.toLowerCase();
  if (isGivenName(lower) || isCommonSurname(lower)) return false;
  const after = read.slice(end, end + 40);
  if (!/^[ \t]+\p{Ll}/u.test(after) || ITALIAN_ME.get().test(after)) return false;
  if (PAST_OF_I.get().test(word)) return true;
  return PRESENT_OF_I.get().test(word) && AFTER_VERB.get().test(after);
}
