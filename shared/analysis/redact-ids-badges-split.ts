import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * r38 (ra37's class): a badge or employee number written in two groups, a space between them, after its name: "my
 * badge is W-00 4417", "employee id E-77 1234", "mi gafete es MX-07 2231", and Haitian Creole's "nimewo anplwaye m se
 * 88213". The rules before read the first group as the whole id ("[ID] 4417" was left) or knew no Creole cue. Here the
 * cue, the words that say "my … is", and the id whole: a few letters and a dash, then figures, then more figures after
 * a space, dash, dot or slash. A count after the id is no part of it ("badge 4417 2 days ago": no group before a unit of
 * time, money or people).
 */

const CUE = String.raw`(?:badge|badge[ \t]+(?:number|no\.?|nr\.?|#|id)|(?:employee|staff|worker|payroll|personnel|clock(?:ing)?|id)[ \t]+(?:id|number|no\.?|nr\.?|#|code)|emp[ \t]*(?:id|no\.?|#)|gafete|credencial|crach[áa]|matr[íi]cula|matricule|matricola|tesserino|ausweis(?:nummer)?|personalnummer|mitarbeiter(?:nummer|-?id)|n[úu]mero[ \t]+de[ \t]+(?:empleado|trabajador|funcion[áa]rio|gafete|crach[áa])|num[ée]ro[ \t]+(?:de[ \t]+badge|d['’][ \t]?employ[ée])|nimewo[ \t]+(?:anplwaye|travay|travayè|badj|kat)|numero[ \t]+ng[ \t]+(?:empleyado|badge|id))`;
// "my … is": an owner, a verb of being, a colon, a number sign, in the languages of the cues.
const SAYS = String.raw`(?:[ \t]*(?:[:#=]|(?:is|was|es|era|é|est|ist|è|se|ay|ko|po|m|mwen|li|el|le|la|o|a|no\.?|nr\.?|n[º°]\.?|number|n[úu]mero)(?![\p{L}\p{N}])))*`;
const UNIT_AFTER = String.raw`(?![ \t]*(?:[.,:]\d|%|[ap]\.?m(?![\p{L}])|(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|people|persons?|dollars?|euros?|bucks|pesos?|horas?|días?|dias?|semanas?|meses|años|anos|jours?|heures?|tage?n?|stunden?|jè|è)(?![\p{L}])))`;
const ID = String.raw`((?:[A-Za-z]{1,4}[ \t]?-[ \t]?\d{1,6}|[A-Za-z]{1,4}\d{1,6}|\d{2,8})(?:(?:[ \t]+|[ \t]*[-/.][ \t]*)\d{1,6}(?![\p{L}\p{N}])${UNIT_AFTER})*)(?![\p{L}\p{N}])${UNIT_AFTER}`;

const SPLIT_ID = lazyPattern(String.raw`(?<![\p{L}\p{N}])${CUE}${SAYS}[ \t]*${ID}`, 'giu');

const GATE = lazyPattern(String.raw`\d{2}`, 'u');

// Three figures at least: "badge 12" may be a count.
const splitIds = maskMatches(SPLIT_ID, 'ID', (m) => (m[1]!.match(/\d/g)?.length ?? 0) >= 3, 1);

/** Masks a badge or employee number written in groups after its cue, whole (see above). */
export const maskSplitBadgeIds: Rule = (text) => (GATE.get().test(text) ? splitIds(text) : text);
