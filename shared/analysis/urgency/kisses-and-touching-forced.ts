import { lazyPattern } from '../lazy-pattern';
import { fold } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * A kiss or a touch forced on someone: "le responsable m'a coincée dans la réserve et a essayé de m'embrasser de
 * force", "the shift lead pinned me against the lockers and forced a kiss on me", "силою поцілував", "li bo m pa fòs".
 * Sexual harassment or assault, whoever does it, and most of all a boss: its owner is whoever owns harassment
 * (docs/escalations.md). The rules read the cornering ("coincée dans la réserve", "pinned me") as someone shut in or
 * held, safety or a threat, and the report never reached the owner of harassment; in Haitian Creole it was not read
 * at all (att42). Here a kiss forced, tried against a refusal, or given without consent, and a groping of the writer,
 * are harassment in every language read in full and in Ukrainian and Haitian Creole; what else was read stays.
 *
 * Folded text (lower case, no accents): ASCII, Ukrainian in \u escapes (bundles stay ASCII). Each pattern starts
 * with a word, not a lookbehind, and bounds the words it lets between. A denial just before ("he never tried to kiss
 * me") leaves the text as it was read.
 */

const EN = String.raw`\b(?:forc(?:ed|es|ing|e) (?:a kiss|kisses|himself|herself|his (?:lips|mouth|tongue)|her (?:lips|mouth|tongue)) on (?:me|her|him|us|them)|(?:tried|tries|trying|attempted|wanted|forced me|made me|tried to make me) to kiss (?:me|him|her)|kiss(?:ed|es|ing)? (?:me|her|him) (?:by force|against (?:my|her|his) will|without (?:my|her|his) consent|even (?:though|tho) (?:i|she|he) said no|after (?:i|she|he) said no|when (?:i|she|he) said no)|(?:grop(?:ed|es|ing|e)|fondl(?:ed|es|ing|e)|molest(?:ed|s|ing)?) (?:me|her|him|my|us)|(?:put|puts|shoved|stuck|slid) (?:his|her) hands? (?:up|down|under|inside) (?:my|her|his) (?:skirt|shirt|top|dress|trousers|pants|blouse|bra|uniform))\b`;
const ES = String.raw`\b(?:bes(?:o|ar|arme|arla|arlo|ado|ada|aron|andome)|beso) (?:\w+ ){0,2}(?:a la fuerza|por la fuerza|sin (?:mi|su) (?:permiso|consentimiento)|contra (?:mi|su) voluntad)|\b(?:intento|quiso|trato de|intentaba|queria) besarme\b|\bme (?:manoseo|manosea|manoseaba|metio mano|mete mano|toco (?:los pechos|el culo|la entrepierna|las nalgas))\b`;
const FR = String.raw`\b(?:embrass\w*|bisou\w*) (?:\w+ ){0,2}(?:de force|par la force|sans (?:mon|son) (?:accord|consentement)|contre (?:mon|son) gre)|\b(?:essaye|essayait|tente|tentait|voulu|voulait|cherche|cherchait) de m'embrasser\b|\bm'a (?:\w+ )?(?:pelotee?|tripotee?|attouchee?)\b|\bmains? (?:aux fesses|sur mes seins|sous ma jupe|sous mon t-shirt)\b`;
const PT = String.raw`\bbeij\w* (?:\w+ ){0,2}(?:a forca|na forca|a forcas|sem (?:meu|seu) (?:consentimento|consentir)|sem (?:minha|sua) (?:permissao|autorizacao)|contra a (?:minha|sua) vontade)|\b(?:tentou|quis|queria|tentava) (?:me beijar|beijar-me)\b|\bme (?:apalpou|apalpa|bolinou|bolina|agarrou e beijou|passou a mao)\b`;
const DE = String.raw`\b(?:versucht|versuchte|wollte|probiert)(?: \w+){0,3} (?:mich )?zu kussen\b|\b(?:gegen meinen willen|gegen ihren willen|mit gewalt|ungefragt|ohne (?:meine|ihre) zustimmung)(?: \w+){0,3} (?:gekusst|kusste|kusst|begrapscht|angefasst)\b|\b(?:gekusst|kusste mich|kusst mich) (?:\w+ )?(?:gegen (?:meinen|ihren) willen|mit gewalt|ohne (?:meine|ihre) zustimmung)\b|\bmich (?:\w+ )?(?:begrapscht|angegrapscht|befummelt|betatscht)\b`;
const IT = String.raw`\bbaci\w* (?:\w+ ){0,2}(?:con la forza|a forza|contro la (?:mia|sua) volonta|senza (?:il mio|il suo) consenso)|\b(?:cercato|provato|tentato|voluto|cercava|provava|tentava) (?:di )?baciarmi\b|\bmi ha (?:palpat[oa]|palpeggiat[oa]|mess[oa] le mani addosso|toccat[oa] (?:il sedere|il seno|le parti intime))\b`;
const PL = String.raw`\b(?:probowal|probowala|chcial|chciala|usilowal|usilowala) mnie (?:\w+ )?pocalowac\b|\bpocalowa\w* (?:\w+ )?(?:mnie )?(?:na sile|sila|wbrew (?:mojej|jej) woli|bez (?:mojej|jej) zgody)|\b(?:na sile|wbrew mojej woli|bez mojej zgody) (?:\w+ )?pocalowa\w*|\b(?:obmacywa\w*|obmaca\w*|macal mnie|macala mnie|maca mnie)\b`;
const TL = String.raw`\b(?:hinalikan|hinahalikan|hahalikan)(?: \w+){0,3} (?:nang )?(?:sapilitan|pwersahan|puwersahan|kahit ayaw ko|kahit umayaw ako)|\b(?:sapilitan|pwersahan|puwersahan)(?:g|ng)? (?:\w+ ){0,2}(?:hinalikan|hinahalikan|hinipuan|hinawakan)|\b(?:sinubukan|tinangka|pinilit)(?: \w+){0,2} (?:akong )?(?:halikan|hinalikan)|\bhinipuan (?:ako|niya ako)\b`;
const HT = String.raw`\bbo (?:m|mwen|li) (?:\w+ )?(?:pa fos|ak fos|san (?:konsantman|pemisyon) (?:mwen|li)|kont volonte (?:mwen|li))|\b(?:eseye|te vle|fose) (?:pou )?bo (?:m|mwen)\b|\b(?:fose m|fose mwen) bo\b|\bmanyen (?:m|mwen|ko m|ko mwen|tete m|dada m|fes mwen)\b`;
// "силою / проти моєї волі / без згоди поцілував", "намагався мене поцілувати", "лапав / мацав / обмацував мене".
const UK = String.raw`(?:\u0441\u0438\u043b\u043e\u044e|\u043f\u0440\u043e\u0442\u0438 \u043c\u043e\u0454\u0456 \u0432\u043e\u043b\u0456|\u0431\u0435\u0437 \u0437\u0433\u043e\u0434\u0438)(?: [\p{L}']+){0,2} \u043f\u043e\u0446\u0456\u043b\u0443\u0432|\u043f\u043e\u0446\u0456\u043b\u0443\u0432\p{L}*(?: [\p{L}']+){0,2} (?:\u0441\u0438\u043b\u043e\u044e|\u043f\u0440\u043e\u0442\u0438 \u043c\u043e\u0454\u0456 \u0432\u043e\u043b\u0456|\u0431\u0435\u0437 \u0437\u0433\u043e\u0434\u0438)|\u043d\u0430\u043c\u0430\u0433\u0430\p{L}*(?: \u043c\u0435\u043d\u0435)? \u043f\u043e\u0446\u0456\u043b\u0443\u0432\u0430\u0442\u0438|(?:\u043b\u0430\u043f\u0430\u0432|\u043c\u0430\u0446\u0430\u0432|\u043e\u0431\u043c\u0430\u0446\u0443\u0432\u0430\u0432)\p{L}* \u043c\u0435\u043d\u0435`;

const FORCED = lazyPattern([EN, ES, FR, PT, DE, IT, PL, TL, HT, UK].join('|'), 'gu');
// A denial just before the act: "he never tried to kiss me", "no me besó a la fuerza".
const DENIED = lazyPattern(
  String.raw`\b(?:never|didn'?t|did not|has not|hasn'?t|not|no|nunca|jamas|jamais|pas|nao|nie|nicht|nie|hindi|pa|janm|mai|non)\b(?: \S+){0,2} ?$`,
  'u',
);

/** Whether the folded text tells a kiss or a touch forced on someone, not denied. */
export function tellsForcedKissOrTouch(folded: string): boolean {
  const pattern = FORCED.get();
  pattern.lastIndex = 0;
  for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
    if (!DENIED.get().test(folded.slice(Math.max(0, found.index - 30), found.index))) return true;
    if (found[0].length === 0) pattern.lastIndex += 1;
  }
  return false;
}

/** The reading with harassment added (and urgent) where a kiss or a touch was forced on someone. */
export function withForcedKissOrTouch(text: string, reading: Reading): Reading {
  if (reading.categories.includes('harassment') || typeof text !== 'string') return reading;
  if (!tellsForcedKissOrTouch(fold(text))) return reading;
  return withKindsAdded(reading, 'harassment');
}
