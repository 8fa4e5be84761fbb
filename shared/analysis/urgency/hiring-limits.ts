import { rule, type UrgencyRule } from './types';

/*
 * A limit on hiring said plainly (calm41, from the att40 attack): "no hires over 45", "solo contratamos menores de
 * 30", "keine Bewerber über 50", "wir stellen niemanden über 45 ein", "don't hire women for the warehouse". An upper
 * age limit, or a people or a sex shut out of hiring, is discrimination, the same as the age held against a worker
 * (discrimination-said.ts): it reaches whoever owns discrimination. Read only where the limit is hiring's (no, none,
 * only, binned, with a word for hiring, applicants or CVs beside it) and the age is one that shuts older people out
 * (over 30 to 79; "only under 25 to 69"), so a legal minimum ("must be over 18 to apply"), a count ("we hired over
 * 45 people", "on embauche plus de 45 saisonniers") and a freeze ("no hires until January") stay calm.
 *
 * Folded text: lower case, no accents. Tests: test/unit/analysis/urgency-calm41.test.ts.
 */

// An age that shuts older people out, and not a count, a sum or a length of service after it.
const NOT_A_COUNT = String.raw`(?!\s?(?:k\b|%|[.,]\d|people|persons|personas|personnes|pessoas|leute|persone|osob|employees|staff|workers|hours?|hrs|minutes?|mins|days|weeks|euros?|dollars|bucks|pounds|grand|miles|km|kg|lbs|horas|heures|stunden|ore|godzin|years? (?:of )?(?:experience|exp|service)|yrs|anos de (?:experiencia|casa)|ans d'experience|jahre(?:n)? (?:berufserfahrung|erfahrung)))`;
const OLDER = String.raw`(?:[3-7]\d)(?:s|\+)?\b${NOT_A_COUNT}`;
const YOUNGER = String.raw`(?:2[5-9]|[3-6]\d)(?:s|\+)?\b${NOT_A_COUNT}`;
// A film, a quiz or training around the words: no event here.
const NOT_REAL = String.raw`(?![^\n]{0,120}\b(?:movie|film|series|game|quiz|example|scenario|training|course|illegal|against the law|not allowed|pelicula|ejemplo|curso|formation|exemple|beispiel|schulung|esempio|corso|przyklad|szkolenie)\b)`;

// A people or a sex shut out of hiring, in English and Spanish.
const EN_SHUT_OUT = String.raw`(?:women|woman|girls|females|mothers|moms|mums|pregnant \w+|muslims|black (?:people|guys|girls|applicants|candidates)|blacks|foreigners|immigrants|mexicans|old(?:er)? (?:people|folks|guys|ladies|applicants|candidates|workers)|anyone (?:with|who has) (?:kids|children|an accent)|gay (?:people|guys)|trans (?:people|folks))`;

export const ENGLISH_HIRING_LIMITS: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`(?:\b(?:no|not|never|don'?t|dont|do not|won'?t|wont|refuse to|stop(?:ped)?|not to|cannot|can'?t)\b(?: \w+){0,2}? (?:hires?|hiring|interview\w*|recruit\w*|tak(?:e|ing) on|employ(?:ing)?|consider\w*|applicants?|candidates?|cvs?|resumes?|one|body|anyone|anybody)\b(?: \w+){0,3}? (?:over|above|older than|past|aged over|over the age of|above the age of) ${OLDER}|\b(?:only|just)\b (?:\w+ ){0,2}?(?:hire|hiring|hires|interview\w*|recruit\w*|take on|taking on|employ|consider\w*)\b(?: \w+){0,3}? (?:under|below|younger than|under the age of) ${YOUNGER}|\b(?:bin|binned|binning|toss\w*|trash\w*|throw\w* (?:out|away)|threw (?:out|away)|reject\w*|ignore\w*|shred\w*|delete\w*|discard\w*)\b(?: \w+){0,3}? (?:cvs?|resumes?|applications?|applicants?|candidates?)\b(?: \w+){0,3}? (?:over|above|older than|aged over|past) ${OLDER}|\b(?:don'?t|dont|do not|won'?t|wont|never|not to|refuse to|no longer|stop(?:ped)?) (?:hire|hiring|interview\w*|take on|recruit\w*|employ\w*) (?:any )?${EN_SHUT_OUT}\b)${NOT_REAL}`,
  ),
];

export const SPANISH_HIRING_LIMITS: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`(?:\b(?:no|nunca|ni)\b (?:se )?(?:contrat\w*|acept\w*|entrevist\w*|agarr\w*|cog\w*|recib\w*)\b(?: \w+){0,3}? (?:mayor(?:es)? de|de mas de|arriba de|con mas de|por encima de|que pasen? de|pasad[oa]s? de) (?:los )?${OLDER}|\b(?:solo|solamente|unicamente|nada mas)\b (?:se )?(?:contrat\w*|acept\w*|entrevist\w*|agarr\w*|cog\w*|quier\w*|quer\w*)\b(?: \w+){0,3}? (?:menores de|de menos de|por debajo de|hasta(?: los)?|que no pasen? de) ${YOUNGER}|\b(?:contrat\w*|acept\w*)\b (?:\w+ )?(?:solo|solamente|unicamente) (?:a )?(?:\w+ )?(?:menores de|de menos de) ${YOUNGER}|\bno (?:se )?(?:contrat\w*|acept\w*) (?:a )?(?:mujeres|embarazadas|extranjeros|negros|gitanos|musulmanes|viejos|gente mayor)\b)${NOT_REAL}`,
  ),
];

export const FRENCH_HIRING_LIMITS: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`(?:\b(?:n'?embauch\w*|ne recrut\w*|pas de (?:candidat|cv|profil)\w*|aucun\w* (?:candidat|cv|profil)\w*|personne|refus\w*)\b[^.!?\n]{0,40}?\b(?:de )?(?:plus de|au-?dessus de|au-?dela de) ${OLDER} ans\b|\b(?:embauch\w*|recrut\w*|pren\w*|engag\w*) (?:que|seulement|uniquement) (?:des )?(?:\w+ )?(?:de )?moins de ${YOUNGER} ans\b)${NOT_REAL}`,
  ),
];

export const PORTUGUESE_HIRING_LIMITS: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`(?:\b(?:nao|nunca)\b (?:se )?(?:contrat\w*|aceit\w*|entrevist\w*|peg\w*)\b(?: \w+){0,3}? (?:acima de|acima dos|com mais de|maior(?:es)? de|de mais de|passad[oa]s? d[oa]s?) ${OLDER}|\b(?:so|somente|apenas)\b (?:se )?(?:contrat\w*|aceit\w*|peg\w*|quer\w*)\b(?: \w+){0,3}? (?:abaixo de|com menos de|menor(?:es)? de|ate) ${YOUNGER})${NOT_REAL}`,
  ),
];

export const GERMAN_HIRING_LIMITS: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`(?:\b(?:keine|keinen|kein|niemand(?:en)?|nicht)\b(?: \w+){0,3}? (?:bewerber\w*|bewerbung\w*|kandidat\w*|leute|personen|menschen|einstellen|eingestellt|nehmen|genommen)\b(?: \w+){0,2}? (?:uber|ab|alter als|jenseits von) ${OLDER}|\b(?:niemand(?:en)?|keine[n]?|kein) (?:\w+ )?(?:uber|ab|alter als) ${OLDER}(?: jahren?)?(?: \w+){0,2}? (?:ein|einstellen|eingestellt|nehmen|genommen|an)\b|\b(?:bewerbung\w*|lebenslauf\w*|cvs?|bewerber\w*)\b(?: \w+){0,3}? (?:uber|ab|alter als) ${OLDER}\b[^.!?\n]{0,40}?\b(?:wegwerfen|weggeworfen|wegschmeissen|aussortier\w*|ablehn\w*|abgelehnt|ignorier\w*|in den mull|losch\w*|geloscht|papierkorb)|\b(?:stell\w*|einstell\w*|nehm\w*|bewerb\w*|kandidat\w*)\b[^.!?\n]{0,30}?\b(?:nur|bloss|ausschliesslich) (?:\w+ ){0,2}?(?:unter|bis) ${YOUNGER}|\b(?:nur|bloss|ausschliesslich) (?:\w+ ){0,2}?unter ${YOUNGER}(?: jahren?)? (?:ein|einstellen|eingestellt|nehmen)\b)${NOT_REAL}`,
  ),
];

export const ITALIAN_HIRING_LIMITS: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`(?:\b(?:non|nessun\w*|niente)\b(?: \w+){0,2}? (?:assum\w*|prend\w*|selezion\w*|colloqui\w*|candidat\w*|cv)\b(?: \w+){0,3}? (?:sopra (?:i |gli )?|oltre (?:i |gli )?|over |con piu di |piu di |che abbia(?:no)? piu di )${OLDER}|\b(?:assum\w*|prend\w*|selezion\w*|cerc\w*)\b (?:\w+ )?(?:solo|soltanto|unicamente|esclusivamente) (?:\w+ ){0,2}?(?:under |sotto (?:i |gli )?|con meno di |fino a )${YOUNGER})${NOT_REAL}`,
  ),
];

export const POLISH_HIRING_LIMITS: UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`(?:\bnie (?:zatrudnia\w*|przyjm\w*|bierz\w*|brac|zatrudnic|rekrutuj\w*)\b(?: \w+){0,2}? (?:po|powyzej|ponad|starszych niz|starszych od|po skonczeniu) ${OLDER}|\b(?:zatrudnia\w*|przyjmuj\w*|bierzemy|rekrutuj\w*)\b (?:\w+ )?tylko (?:\w+ ){0,2}?(?:do|ponizej|mlodszych niz|mlodszych od) ${YOUNGER})${NOT_REAL}`,
  ),
];
