/*
 * op58 (2026-12-08): the writer's own medical condition, treatment or medicine, and what they are ("I have Crohn's",
 * "I have type 1 diabetes", "tengo diabetes tipo 1", "j'ai une endométriose", "ich habe PTBS", "I'm doing IVF", "I had
 * a miscarriage", "I take insulin", "I'm transgender", "soy testigo de Jehová", "ich bin HIV-positiv"). Few at a site
 * share one; HR's file or the leave log answers "who" at once. The stored text keeps it (it is often what the report
 * is about); the preview warns.
 *
 * Said of the writer as self-descriptions-health-events.ts reads it (`saidOfTheWriter`): a word of "I" a few words
 * before, no kin and no "not" between ("my dad has diabetes", "I don't have PTSD" are not named); what someone is
 * only after "I am" ("soy", "je suis", "ich bin", "sou", "sono", "jestem"). "The first-aid kit has no insulin",
 * "diabetes awareness day", "PTSD patients" name no one.
 *
 * Each span is bounded. Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { KIN } from './self-descriptions-apart-words';
import { saidOfTheWriter } from './self-descriptions-health-events';
import { lazyPattern } from './lazy-pattern';

// Something one has, takes or goes through, in en es fr pt de it (any case).
const HAVING = [
  // Diabetes, with its type.
  String.raw`(?:type[ \t]+(?:1|2|one|two|I|II)[ \t]+)?diabetes(?:[ \t]+(?:tipo|type|Typ|de[ \t]+tipo)[ \t]+(?:1|2|I|II|uno|dos|um|dois))?|diab\u00e8te(?:[ \t]+de[ \t]+type[ \t]+[12])?|Zuckerkrankheit|diabete`,
  // Bowel and autoimmune illnesses.
  String.raw`Crohn(?:['\u2019]s)?|(?:ulcerative[ \t]+)?colitis|colite|celiac[ \t]+disease|coeliac[ \t]+disease|celiaqu\u00eda|c\u0153liaquie|Z\u00f6liakie|doen\u00e7a[ \t]+cel\u00edaca|celiachia|lupus|l\u00fapus|fibromyalgi\p{L}*|fibromialgi\p{L}*`,
  // Trauma, mood and mind.
  String.raw`post-?traumatic[ \t]+stress(?:[ \t]+disorder)?|estr\u00e9s[ \t]+postraum\u00e1tico|stress[ \t]+post-?traumatique|Posttraumatische\p{L}*[ \t]+Belastungsst\u00f6rung|bipolar[ \t]+disorder|trastorno[ \t]+bipolar|trouble[ \t]+bipolaire|transtorno[ \t]+bipolar|bipolare[ \t]+St\u00f6rung|schizophreni\p{L}*|esquizofreni\p{L}*|schizophr\u00e9nie|autism|autismo|autisme|Autismus`,
  // Fertility and pregnancy loss.
  String.raw`in[ \t]+vitro|IVF[ \t]+treatment|fertility[ \t]+treatment|tratamiento[ \t]+de[ \t]+fertilidad|miscarriage|miscarried|aborto[ \t]+espont\u00e1neo|fausse[ \t]+couche|Fehlgeburt|aborto[ \t]+espont\u00e2neo|endometriosis|endom\u00e9triose|endometriose|Endometriose|endometriosi`,
  // Cancer and its treatment, dialysis.
  String.raw`cancer|c\u00e1ncer|c\u00e2ncer|Krebs|leuka?emia|leucemia|leuc\u00e9mie|Leuk\u00e4mie|lymphoma|linfoma|lymphome|Lymphom|chemotherapy|quimioterapia|chimioth\u00e9rapie|Chemotherapie|chemioterapia|dialysis|di\u00e1lisis|dialyse|Dialyse|di\u00e1lise|dialisi`,
  // HIV, multiple sclerosis in the languages the neighbours miss.
  String.raw`HIV|VIH|esclerose[ \t]+m\u00faltipla|ecl\u00e9rose[ \t]+en[ \t]+plaques`,
  // Medicines one takes for such a condition.
  String.raw`insulin|insulina|insuline|Insulin|metformin\p{L}*|methotrexate?|metotrexato|antidepressants?|antidepresivos?|antid\u00e9presseurs?|antidepressivos?|Antidepressiva|antidepressivi|lithium|litio|l\u00edtio`,
].join('|');
// Letters that are words too in small letters ("ms", "fiv"): only as capitals.
const HAVING_CAPITALS = String.raw`PTSD|C-PTSD|TEPT|ESPT|PTBS|IVF|ADHD|TDAH|ADHS|COPD|HIV|(?<=(?:have|has|had|got|with|habe|hab|tengo|tenho|ai|ho)[ \t]{1,3})(?:MS|SEP|FIV)(?![ \t]*[\p{Lu}\p{N}])`;
// "my daughters with autism", "my wife was diagnosed with lupus": someone close or another person before it is theirs.
const SOMEONE_ELSE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:${KIN})s?|he|she|his|her|they|their|him|\u00e9l|ella|il|elle|er|sie|ele|ela|lui|lei)(?![\p{L}])`,
  'iu',
);
// What someone is: only after "I am" and its kin.
const BEING = [
  String.raw`transgender|transgendered|trans|non-?binary|transg\u00e9nero|transexual|transgenre|transsexuel(?:le)?|transg\u00eanero|transsexual|nicht-?bin\u00e4r|transessuale|non[ \t]+binari[oa]`,
  String.raw`autistic|autista|autiste|Autist(?:in)?|autistic[oa]|bipolar|bipolaire|bipolare|diabetic|diab\u00e9tic[oa]|diab\u00e9tique|diab\u00e9tic[oa]|Diabetiker(?:in)?|diabetic[oa]|epileptic|epil\u00e9ptic[oa]|\u00e9pileptique|Epileptiker(?:in)?|epilettic[oa]|dyslexic|disl\u00e9xic[oa]|dyslexique|Legastheniker(?:in)?|dislessic[oa]|schizophrenic|esquizofr\u00e9nic[oa]|schizophr\u00e8ne|schizophren|celiac|coeliac|cel\u00edac[oa]|c\u0153liaque|Z\u00f6liakie|celiac[oa]`,
  String.raw`HIV[ \t-]?positive|HIV[ \t-]?positiv|seropositiv[oa]|s\u00e9ropositi(?:f|ve)|soropositiv[oa]|sieropositiv[oa]`,
  // A faith few at a site share, said as what one is ("I'm Muslim", "je suis juive", "ich bin Sikh").
  String.raw`muslim|musulm\u00e1n|musulmana|musulmane?|mu\u00e7ulman[oa]|Muslim(?:a|in)|musulman[oa]|sikh|hindu|jewish|jud\u00edo|jud\u00eda|juif|juive|judeu|judia|j\u00fcdisch|J\u00fcdin|ebre[oa]|mormon|morm\u00f3n|buddhist|budista|bouddhiste|Buddhist(?:in)?|buddista`,
  String.raw`(?:a[ \t]+)?Jehovah['\u2019]?s[ \t]+[Ww]itness|testig[oa][ \t]+de[ \t]+Jehov\u00e1|t\u00e9moin[ \t]+de[ \t]+J\u00e9hovah|testemunha[ \t]+de[ \t]+Jeov\u00e1|Zeug(?:e|in)[ \t]+Jehovas|testimone[ \t]+di[ \t]+Geova|\u015bwiadkiem[ \t]+Jehowy`,
].join('|');
const CONDITION = lazyPattern(String.raw`(?<![\p{L}\p{N}])(?:(${HAVING})|(${BEING}))(?![\p{L}\p{N}])`, 'giu');
const CAPITALS = lazyPattern(String.raw`(?<![\p{L}\p{N}])(?:${HAVING_CAPITALS})(?![\p{L}\p{N}])`, 'gu');
// "sufro de", "padezco", "je souffre de", "ich leide an", "sofro de", "soffro di", "diagnosed with": the writer's.
const SUFFERING = lazyPattern(
  String.raw`(?<![\p{L}])(?:sufro|padezco|souffre|leide|sofro|soffro|diagnosed|diagnosticad[oa]|diagnostiqu\u00e9e?|diagnostiziert)(?![\p{L}])(?:[ \t]+[\p{L}'\u2019]+){0,2}?[ \t]+$`,
  'iu',
);
const NOT = /(?<![\p{L}])(?:not|never|no|nie|nicht|pas|n['\u2019]t)(?![\p{L}])/iu;
const MAYBE = /[^.!?\n]/u; /* a sentence's letter: the 40 characters before may not cross a stop (see suffered below) */

/** Each phrase in which the writer says their own condition, treatment, medicine, or what they are (see above). */
export function conditionsOfTheWriter(text: string): string[] {
  const found: string[] = [];
  if (!/[a-z\u00c0-\u017f]{2}|[A-Z]{2}/u.test(text)) return found;
  const read = (start: number, end: number, being: boolean) => {
    const phrase = saidOfTheWriter(text, start, end, being) ?? (being ? undefined : suffered(text, start, end));
    if (!phrase) return;
    const at = phrase.indexOf(text.slice(start, end));
    if (at > 0 && SOMEONE_ELSE.get().test(phrase.slice(0, at))) return;
    found.push(phrase);
  };
  for (const m of text.matchAll(CONDITION.get())) read(m.index, m.index + m[0].length, m[2] !== undefined);
  for (const m of text.matchAll(CAPITALS.get())) read(m.index, m.index + m[0].length, false);
  return found;
}

/** "sufro de diabetes", "diagnosed with Crohn's": a verb of the writer's illness just before it, with no "not". */
function suffered(text: string, start: number, end: number): string | undefined {
  let from = start;
  while (from > 0 && start - from < 40 && MAYBE.test(text[from - 1]!)) from--;
  const before = text.slice(from, start);
  const verb = SUFFERING.get().exec(before);
  if (!verb || NOT.test(before.slice(Math.max(0, verb.index - 8)))) return undefined;
  // "my wife was diagnosed with lupus": someone else's.
  if (SOMEONE_ELSE.get().test(before.slice(0, verb.index))) return undefined;
  return text.slice(from + verb.index, end);
}
