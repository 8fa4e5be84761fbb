import { isEnglishWord } from './english-dictionary';
import { DEPARTMENTS, PERSON_DEEDS, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import { verbFollows } from './verb-after-subject';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * What points to one person without naming them:
 * - the number of their own place: "desk 4B-117", "cubicle 12", "workstation 14", "locker 233", "hot desk C-4". One
 *   desk is one person's; the number is hidden, the word stays ("desk [ID]"). A room, a bay, a line or a building is
 *   where a hazard is, shared by many, and the sponsor must know it: "room 12", "bay 4", "line 3" stay;
 * - initials for a name: after a role ("manager JKR", "my supervisor J.K."), as a signature after a dash at the
 *   end ("— J.K.R."), and dotted before what the person did ("J.R. told us"). Two or three capitals after a role are read as initials unless they are a department or a
 *   title everyone has ("manager HR", "lead QA", "supervisor CEO"); a signature's must carry their dots, as
 *   "— OK" or "- ASAP" end sentences too.
 */

// A person's own place, in English, Spanish, French, Portuguese, Italian, German, Dutch and Polish.
const OWN_PLACE = String.raw`(?:desk|hot\s?desk|cubicle|cube|workstation|work\s+station|locker|pigeonhole|mailbox|escritorio|cub[íi]culo|taquilla|casillero|casier|poste|box|arm[áa]rio|cacifo|scrivania|armadietto|schreibtisch|spind|arbeitsplatz|bureau|kluisje|szafka|biurko)`;
const OWN_PLACE_NUMBER = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${OWN_PLACE}(?![\p{L}])(\s*(?:number|no\.?|nr\.?|num[ée]ro|n[úu]mero|nummer|numer|n[°º]\.?|#|is|was|:)?\s*)(#?[A-Z]{0,3}[-.]?\d[\dA-Z]*(?:[-./][\dA-Z]+)*)(?![\p{L}\p{N}%]|[.,:]\d)`,
  'giu',
);
const ANY_OWN_PLACE = lazyPattern(OWN_PLACE, 'iu');
// Blind round 16: the place named first, the writer's number a few words on: "lockers are busted again, mine is #212",
// "the desks got moved, mine's 4B now", "las taquillas están rotas, la mía es la 31".
const MINE_AFTER_PLACE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${OWN_PLACE}(?:s|es)?(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:mine|mine['’]s|my[ \t]+one|la[ \t]+m[íi]a|el[ \t]+m[íi]o|le[ \t]+mien|la[ \t]+mienne|meiner|meins|o[ \t]+meu|a[ \t]+minha)(?![\p{L}])[ \t]*(?:is|was|es|est|ist|é|=|:)?[ \t]*(?:(?:el|la|le|number|no\.?|nr\.?|n[úu]mero|num[ée]ro|nummer)[ \t]*)?(#?\d{1,5}[A-Z]?)(?![\p{L}\p{N}%]|[.,:]\d|[ \t]+(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|min(?:ute)?s?|dollars?|bucks|euros?|pounds?|quid|kg|lbs?|cm|ft|feet|inch(?:es)?|times?|a[ñn]os|meses|d[íi]as|ans|jahre)(?![\p{L}]))`,
  'giu',
);
// nc44: the writer's own place, then a verb "to be" and its number: "mi taquilla es la 114", "mon casier est le
// 114", "mein Spind ist Nummer 114", "il mio armadietto è il 114", "o meu cacifo é o 114", "moja szafka to numer 114",
// "my locker's 114" (OWN_PLACE_NUMBER reads the number only right after the place or one marker). After a possessive
// only, and never a measure or a count after the number ("my desk is 2 metres from the door").
const OWN_PLACE_IS_NUMBER = lazyPattern(
  String.raw`(?<![\p{L}])(?:my|our|mi|nuestr[oa]|mon|ma|notre|mein|meine|meinen|unser|unsere|(?:o|a|il|la)[ \t]+(?:meu|minha|mio|mia)|meu|minha|mio|mia|m[óo]j|moja|moje)[ \t]+${OWN_PLACE}(?:['\u2019]s)?(?![\p{L}])[ \t]*,?[ \t]*(?:(?:is|was|es|era|est|c['\u2019]est|ist|war|hat|è|ha|é|to|jest|ma)(?![\p{L}])[ \t]*)?(?:(?:el|la|le|il|lo|o|a|die|der|das|the|number|no\.?|nr\.?|n[úu]mero|num[ée]ro|nummer|numer|numero|n[°º]\.?|#)[ \t]*){0,2}(\d{1,5}[A-Za-z]?)(?![\p{L}\p{N}%]|[.,:]\d)(?![ \t]*(?:%|years?|yrs?|months?|weeks?|days?|hours?|hrs?|min(?:ute)?s?|m|cm|mm|metres?|meters?|ft|feet|inch(?:es)?|kg|lbs?|dollars?|euros?|times?|a[ñn]os|meses|d[íi]as|ans|jahre|metros?|m[èe]tres?|metri|lat|fois|veces|vezes|volte|mal|razy)(?![\p{L}]))`,
  'giu',
);
// The writer's own home: "my flat is 4B", "our apartment 12C", "mi piso 3A", "meine Wohnung Nr. 7" (a door in a
// building, which with the site names one household). After a possessive only: "a flat 20 dollars" stays; a
// street's number after it is the address rules' ("my flat is 3 Park Lane").
const OWN_HOME_NUMBER = lazyPattern(
  String.raw`(?<![\p{L}])(?:my|our|mi|mis|nuestro|nuestra|mon|ma|notre|mein|meine|meiner|unsere|unserer|meu|minha|mio|mia|mój|moje|mijn|onze)\s+(?:flat|apartment|apt\.?|appartement|apartamento|departamento|depto\.?|piso|wohnung|appartamento|mieszkanie|flatje)(?![\p{L}])(\s*(?:number|no\.?|nr\.?|n[úu]mero|num[ée]ro|nummer|numer|#)?\s*(?:is|was|es|est|ist|jest|é|è|:)?\s*)(#?\d{1,4}[A-Za-z]?|[A-Za-z]-?\d{1,4})(?![\p{L}\p{N}%]|[.,:]\d)(?![ \t]+(?:\d|\p{L}+[ \t]+(?:street|st|road|rd|lane|ln|avenue|ave|close|way|drive|dr|court|ct|place|terrace|crescent|straße|strasse|calle|rue|via)(?![\p{L}])))`,
  'giu',
);
// Blind round 22: the writer's own seat, bunk or parking space: "my seat is 14C on the shuttle", "my parking spot 27",
// "mi plaza de parking es la 112". After a possessive only: "seat 4 on the forklift", "parking bay 3" are anyone's.
const OWN_SEAT_NUMBER = lazyPattern(
  String.raw`(?<![\p{L}])(?:my|our|mi|nuestra|mon|ma|mein|meine|meu|minha|mio|mia|mój|moje|mijn)\s+(?:assigned\s+)?(?:seat|bunk|parking\s+(?:space|spot|bay|place|slot)|car\s+park\s+space|asiento|plaza\s+de\s+(?:parking|aparcamiento|estacionamiento|garaje)|place\s+de\s+parking|sitzplatz|parkplatz|vaga\s+de\s+(?:garagem|estacionamento)|assento|posto\s+auto|miejsce(?:\s+parkingowe)?|parkeerplaats|stoel)(?![\p{L}])(\s*(?:number|no\.?|nr\.?|n[úu]mero|num[ée]ro|nummer|numer|#)?\s*(?:is|was|es|est|ist|jest|é|è|:)?\s*(?:(?:la|el|le|the)\s+)?)(#?\d{1,4}[A-Za-z]?|[A-Za-z]-?\d{1,4})(?![\p{L}\p{N}%]|[.,:]\d)(?![ \t]*(?:%|years?|yrs?|months?|weeks?|days?|hours?|hrs?|min(?:ute)?s?|dollars?|bucks|euros?|pounds?|quid|kg|lbs?|times?|a[ñn]os|meses|d[íi]as|ans|jahre)(?![\p{L}]))`,
  'giu',
);
// ra35: "desk 12 has a broken chair", "szafka nr 5 jest zepsuta", "Spind 4 ist kaputt": the place as a thing to mend,
// its number for facilities to find it, said of no one. Not what is done to its holder ("locker 12 was broken into").
const BROKEN_THING = lazyPattern(
  String.raw`^[ \t]*(?:(?:is|was|are|has[ \t]+been)[ \t]+(?:still[ \t]+)?(?:broken(?![ \t]+(?:into|open))|jammed|stuck|wobbly|out[ \t]+of[ \t]+order|not[ \t]+working)|(?:has|had)[ \t]+(?:a|an|no)[ \t]+(?:broken|wobbly|cracked|missing|loose|bad)|(?:keeps|kept)[ \t]+(?:jamming|breaking|wobbling)|(?:won'?t|doesn'?t|does[ \t]+not|will[ \t]+not)[ \t]+(?:close|lock|work)|needs[ \t]+(?:fixing|repair|a[ \t]+new)|ist[ \t]+(?:immer[ \t]+noch[ \t]+)?(?:kaputt|defekt)|jest[ \t]+(?:zepsut[aey]|uszkodzon[aey])|est[\u00e1a][ \t]+(?:rot[oa]|estropead[oa]|da\u00f1ad[oa])|est[ \t]+(?:cass\u00e9e?|en[ \t]+panne|ab\u00eem\u00e9e?)|\u00e8[ \t]+(?:rott[oa]|guast[oa])|est\u00e1[ \t]+(?:quebrad[oa]|estragad[oa]))(?![\p{L}])`,
  'iu',
);
// "bureau" and "poste" are also an office and a post or a phone extension: only with a letter in the number, or a
// marker; "box" only as "locker box" would be, never a PO box (the address rules'), so it needs "#" or "no.".
const LOOSE_PLACE = /^(?:bureau|poste|box)$/iu;

// Initials after a role word: "manager JKR", "supervisor J.K.", "boss J.K.R.". Two capitals without dots are as
// often a word of the trade ("supv OT approval", "lead IT"): three, or dotted, or two before what a person does
// ("my boss DK keeps touching people", "my lead KM shouts").
const DEED = String.raw`[ \t]+(?:${PERSON_DEEDS.join('|')})(?![\p{L}])`;
const ROLE_INITIALS = lazyPattern(
  String.raw`(?<![\p{L}])(\p{L}+)\s+((?:[A-Z]\.\s?){2,3}|[A-Z]{3}|[A-Z]{2}(?=${DEED}))(?![\p{L}\p{N}])`,
  'gu',
);
// Dotted initials as the one who did something, or where they work: "J.R. told us to skip it", "T.J. from nights
// was drunk", "J.R. in maintenance", and written small (blind round 15: "j.r. from the cold room"). Abbreviations
// everyone writes so ("the U.S. in", "P.S. in case", "9 a.m. in the office", "e.g. from") are NOT_INITIALS.
const ACTING_INITIALS = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.])((?:[A-Z]\.[ \t]?){2,3}|(?:[a-z]\.){2,3})(?=${DEED}|[ \t]*(?:from|in|on)[ \t]+(?:the[ \t]+)?\p{Ll})`,
  'gu',
);
// Dotted initials before any verb, as its subject: "J.R. took my phone", "M.K. had us skip the lockout", "J.R. and
// K.T. took the guard off", "the new lead, J.R., took the guard off" (ACTING_INITIALS knows only some deeds). Not
// after an article or a possessive ("the A.C. was broken"), nor the abbreviations everyone writes (NOT_INITIALS).
const SUBJECT_INITIALS = lazyPattern(String.raw`(?<![\p{L}\p{N}.])((?:[A-Z]\.[ \t]?){2,3})`, 'gu');
const THING_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:the|a|an|this|that|our|my|your|their|its|his|her|new|old)[ \t]+$`,
  'iu',
);

/** Whether the dotted initials at `start`, `length` long, stand as the subject of a verb (SUBJECT_INITIALS). */
function initialsAsSubject(text: string, start: number, length: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (THING_BEFORE.get().test(before)) return false;
  let after = text.slice(start + length);
  // "the new lead, J.R., took": set off by commas, the initials are still the subject.
  if (/,[ \t]*$/u.test(before)) after = after.replace(/^,(?=[ \t])/u, '');
  return verbFollows(after.startsWith(' ') || after.startsWith('\t') ? after : ` ${after}`);
}

// Capitals that follow a role and are no one: departments, titles, shifts and sites' short names.
export const NOT_INITIALS = new Set(
  'PS NB EG IE AKA ETC RIP BC AD AC TV PO LA NY UN HR IT QA QC OT OPS CEO CFO CTO COO CIO VP SVP EVP GM PM AM EHS HSE SHE ESH MD DC UK US USA EU OK ASAP FYI TBD NA ID PR AP AR RN LPN CNA DHL UPS SOP KPI PTO WFH ETA EOD SLA POS PPE CPR RTO LOA FMLA OSHA ERP CRM MES WMS TMS RMA SKU QMS LMS BPO NOC SOC MRO DM SM ASM LP OM AGM RGM'.split(
    ' ',
  ),
);
// A signature: a dash, then dotted initials, at the end of a line or the text: "— J.K.R.", "-J.R."
const SIGNED_INITIALS = /(?<=(?:^|[\s.!?])[-\u2013\u2014~]{1,2}\s?)((?:[A-Z]\.\s?){2,3})(?=\s*$)/gmu;

// Blind round 12: dotted initials a person signs with, a few words after the signing ("signs every write up R.T.W.",
// "signed by J.K.", "supervisor signs as K.L.M."), dots and all.
const SIGNING_INITIALS = lazyPattern(
  String.raw`(?<=(?<![\p{L}])(?:signs?|signed|signing|initials?|initiale?d|initialled|by|per|cc)(?:[ \t]+\p{Ll}+){0,3}[ \t]+)((?:[A-Z]\.[ \t]?){1,2}[A-Z]\.)`,
  'gu',
);

function maskAt(text: string, start: number, length: number): string {
  return text.slice(0, start) + mask('NAME', length) + text.slice(start + length);
}

/** Masks the numbers of a person's desk, locker, seat or parking space, and initials after a role or as a signature (see above). */
export const maskPersonalPlacesAndInitials: Rule = (text) => {
  let out = text;
  if (/\d/.test(out) && /flat|apart|apt|piso|depto|wohnung|mieszkanie/iu.test(out))
    out = out.replace(
      OWN_HOME_NUMBER.get(),
      (found: string, _marker: string, number: string) =>
        found.slice(0, found.length - number.length) + mask('ID', number.length),
    );
  if (/\d/.test(out) && /seat|bunk|park|asiento|plaza|place|platz|vaga|assento|posto|miejsce|stoel/iu.test(out))
    out = out.replace(
      OWN_SEAT_NUMBER.get(),
      (found: string, _marker: string, number: string) =>
        found.slice(0, found.length - number.length) + mask('ID', number.length),
    );
  if (/\d/.test(out) && ANY_OWN_PLACE.get().test(out))
    out = out.replace(OWN_PLACE_NUMBER.get(), (found: string, marker: string, number: string, at: number) => {
      const word = found.slice(0, found.length - marker.length - number.length);
      if (LOOSE_PLACE.test(word) && !marker.trim() && !/[A-Za-z]/.test(number)) return found;
      if (BROKEN_THING.get().test(out.slice(at + found.length, at + found.length + 40))) return found;
      return word + marker + mask('ID', number.length);
    });
  if (/\d/.test(out) && ANY_OWN_PLACE.get().test(out))
    out = out.replace(
      OWN_PLACE_IS_NUMBER.get(),
      (found: string, number: string) => found.slice(0, found.length - number.length) + mask('ID', number.length),
    );
  if (/\d/.test(out) && /mine|my one|m[íi][ao]|mien|meine?r?s?|meu|minha/iu.test(out) && ANY_OWN_PLACE.get().test(out))
    out = out.replace(
      MINE_AFTER_PLACE.get(),
      (found: string, number: string) => found.slice(0, found.length - number.length) + mask('ID', number.length),
    );
  if (/[A-Z][A-Z.]|[a-z]\.[a-z]\./.test(out)) {
    for (const m of out.matchAll(ROLE_INITIALS.get())) {
      const role = m[1]!.toLowerCase();
      const initials = m[2]!;
      const letters = initials.replace(/[^A-Z]/g, '');
      if (!ROLE_CUES.has(role) || NOT_INITIALS.has(letters) || DEPARTMENTS.has(letters.toLowerCase())) continue;
      // Text in capitals ("STORE MANAGER FOR 10 YEARS"), a grade ("Associate III") or a title going on ("Manager LVD
      // Distribution") is no one's initials.
      if (!/\p{Ll}/u.test(m[1]!) || /^[IVXL]+$/.test(letters) || isEnglishWord(letters.toLowerCase())) continue;
      if (/^\s+\p{Lu}/u.test(out.slice(m.index + m[0].length))) continue;
      // "Senior Manager TCX": a job title, as review headlines and signatures write one.
      if (/^\p{Lu}/u.test(m[1]!) && /\p{Lu}\p{L}*\s+$/u.test(out.slice(Math.max(0, m.index - 30), m.index))) continue;
      const trimmed = initials.replace(/\s+$/u, '');
      out = maskAt(out, m.index + m[0].length - initials.length, trimmed.length);
    }
    for (const m of out.matchAll(SIGNED_INITIALS)) out = maskAt(out, m.index, m[1]!.replace(/\s+$/u, '').length);
    for (const m of out.matchAll(SIGNING_INITIALS.get()))
      if (!NOT_INITIALS.has(m[1]!.replace(/[^A-Z]/g, ''))) out = maskAt(out, m.index, m[1]!.length);
    for (const m of out.matchAll(ACTING_INITIALS.get())) {
      const initials = m[1]!.replace(/\s+$/u, '');
      if (!NOT_INITIALS.has(initials.toUpperCase().replace(/[^A-Z]/g, ''))) out = maskAt(out, m.index, initials.length);
    }
    for (const m of out.matchAll(SUBJECT_INITIALS.get())) {
      const initials = m[1]!.replace(/[ \t]+$/u, '');
      if (NOT_INITIALS.has(initials.replace(/[^A-Z]/g, ''))) continue;
      if (initialsAsSubject(out, m.index, initials.length)) out = maskAt(out, m.index, initials.length);
    }
  }
  return out;
};
