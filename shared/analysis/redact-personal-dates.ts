import { maskMatches, type Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { type LazyPattern, lazyPattern } from './lazy-pattern';

/*
 * A birthday or a hire date written in words, after the word that says whose date it is: "my birthday is March 14,
 * 1987", "born on the 14th of March 1987", "DOB: 14 mars 1987", "I turned 40 on Nov 3", "hired 12 June 2015". With
 * the site, a day of birth or of hire singles out one person. A birth date is hidden whole. A hire date loses its
 * day and month and keeps its year: "hired in 2015", "since 2015" is a tenure many share and the sponsor reads
 * (new starters, long service), while "12 June 2015" is one person's first day. Dates written in figures after a
 * birth or hire cue are hidden the same way ("my birthday is 14/03", "started 02/05/2019" keeps "2019"); a date
 * with no cue, or without a day ("born in 1987", "joined in March 2015"), stays.
 */

// Months in English, Spanish, French, Portuguese, Italian, German, Dutch and Polish, in full or short.
export const MONTH = String.raw`(?:jan(?:uary|uari|vier|eiro)?|feb(?:ruary|ruari|braio|ruar)?|f[ée]v(?:rier)?|fevereiro|mar(?:ch|s|zo|ço|co|zec)?|m[äa]rz|maart|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mei|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|ao[uû]t|ago(?:sto)?|sep(?:t|tember|tiembre|tembre)?|set(?:embro|tembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?|enero|febrero|janvier|gennaio|stycz\p{L}*|lut\p{L}*|kwie\p{L}*|maj\p{L}*|czerw\p{L}*|lip\p{L}*|sierp\p{L}*|wrze\p{L}*|pa[źz]dziern\p{L}*|listopad\p{L}*|grud\p{L}*)\.?`;
// Blind round 16: the day in words, "born on the fourth of july '88", "the twenty-first of May".
export const DAY_WORD = String.raw`(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
export const DAY = String.raw`(?:${DAY_WORD}|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|e|º|°|\.)?)`;
export const YEAR = String.raw`(?:19|20)\d\d`;
// "14 March 1987", "the 14th of March, 1987", "14 de marzo de 1987", "March 14, 1987", "Nov 3": a day and a month,
// the year if written; the year is group 1 (a hire date keeps it).
const DAY_MONTH_WORDS = String.raw`(?:(?:the\s+)?${DAY}\s+(?:of\s+|de\s+)?${MONTH}|${MONTH}\s+(?:the\s+)?${DAY})(?![\p{L}\p{N}])`;
const DAY_MONTH = String.raw`${DAY_MONTH_WORDS}(?:,?\s+(?:of\s+|de\s+)?(${YEAR})(?![\p{N}]))?`;

// In figures: "14/03", "03/14/1990", "02.05.2019", "14-03-90": a day and a month either way round (one of them 12 or
// less), the year if written (group 1). Not a fraction's or a score's neighbour: no digit or slash on either side.
const DAY_AND_MONTH_FIGURES = String.raw`(?<![\p{N}/.-])(?:(?:[12]\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])[/.-](?:[12]\d|3[01]|0?[1-9]))`;
export const NUMERIC_DAY_MONTH = String.raw`${DAY_AND_MONTH_FIGURES}(?:[/.-]((?:19|20)?\d\d))?(?![\p{N}]|[/-]\d|\.\d)`;

// What may stand between the cue and the date: "is", "was", "on", "the", ":", and the same in the other languages.
export const LINK = String.raw`(?:\s*(?::|-|(?:is|was|on|in|es|est|ist|era|fue|el|le|am|il|op|no|em|il|w|dnia|to)(?![\p{L}])))*\s*`;
// A birth: "birthday", "born", "DOB", "date of birth", "cumpleaños", "anniversaire", "Geburtstag", "aniversário",
// "compleanno", "verjaardag", "urodziny", "urodzi[łl]em się", "né le", "nacido el"; "turned 40" said on a day.
const BIRTH_CUE = String.raw`(?:my\s+)?(?:birthday|b-?day|born|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|cumplea[ñn]os|(?:fecha\s+de\s+)?nacimiento|nac[ií]d?[oa]?|anniversaire|date\s+de\s+naissance|n[ée]e?|geburtstag|geburtsdatum|geboren|anivers[áa]rio|nascid[oa]|nasci|compleanno|nat[oa]|data\s+di\s+nascita|verjaardag|jarig|urodziny|urodzi[łl]\p{L}*(?:\s+si[ęe])?|data\s+urodzenia|turned\s+\d{1,3}|cumpl[ií]\s+\d{1,3}(?:\s+a[ñn]os)?|j'ai\s+eu\s+\d{1,3}\s+ans|wurde\s+\d{1,3})`;
// A hire: "hired", "hire date", "start date", "I started" ("the fire started on 4 March" is no one's), "joined", "my first day was", "contratado el", "embauché le",
// "eingestellt am", "assunto il", "in dienst sinds".
const HIRE_CUE = String.raw`(?:(?<=^\s*|[.!?;\n]\s*)start(?:ed)?|hired|hire\s+date|date\s+of\s+hire|start(?:ing)?\s+date|(?:(?:i|i've|i\s+have|we)\s+)started|started\s+(?:here|work(?:ing)?(?:\s+here)?|with\s+(?:the\s+)?(?:company|us|them))|joined(?:\s+(?:the\s+company|the\s+team|us|here))?|(?:my\s+)?first\s+day\s+(?:here\s+)?(?:was|is)|contratad[oa]|fecha\s+de\s+(?:ingreso|contrataci[óo]n)|ingres[ée]|embauch[ée]e?|date\s+d'embauche|eingestellt|eintrittsdatum|admitid[oa]|assunt[oa]|in\s+dienst(?:\s+sinds)?|zatrudnion[ya])`;

// "born in 87, march 14", "born 1987 on the 14th of March": the year first, then the day; hidden with it.
const YEAR_THEN_DAY = String.raw`(?:19|20)?\d\d,?\s+(?:on\s+)?${DAY_MONTH}`;
// A birth year in two figures after the day: "born 4th July 85", "DOB 3 March '79" (hidden with the date).
const SHORT_YEAR = String.raw`(?:,?[ \t]+['’]?\d\d(?![\p{N}\p{L}]|[.,:]\d))?`;
const BIRTH = lazyPattern(
  String.raw`(?<![\p{L}])${BIRTH_CUE}(?![\p{L}])${LINK}(${YEAR_THEN_DAY}|${DAY_MONTH}${SHORT_YEAR}|${NUMERIC_DAY_MONTH})`,
  'giu',
);
const HIRE = lazyPattern(
  String.raw`(?<![\p{L}])${HIRE_CUE}(?![\p{L}])${LINK}(${DAY_MONTH}|${NUMERIC_DAY_MONTH})`,
  'giu',
);

/**
 * The hire date less its year: "12 June 2015" hides "12 June", keeps "2015". `hire`'s group 1 is the date, group 2
 * or 3 its year (redact-hire-dates-more.ts reads its cues with the same date).
 */
export function maskHireDays(text: string, hire: LazyPattern = HIRE): string {
  let out = text;
  const pattern = hire.get();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const date = m[1]!;
    const year = m[2] ?? m[3];
    const start = m.index + m[0].length - date.length;
    // Up to the year, less the ", " or " of " before it.
    const head = year ? date.slice(0, date.lastIndexOf(year)).replace(/[\s,/.-]*(?:(?:of|de)\s+)?$/iu, '') : date;
    const end = start + head.length;
    out = out.slice(0, start) + mask('ID', end - start) + out.slice(end);
  }
  return out;
}

// A few words may come between the cue and a date with its full year ("hr has my bday wrong, its 07/19/1991"): a
// whole date a few words after "birthday" is the birthday. Without the year it could be any day of the week told.
// The same day and month as above, in words or in figures, with the year no longer optional.
const FULL_DATE = String.raw`(?:${DAY_MONTH_WORDS},?\s+(?:of\s+|de\s+)?${YEAR}(?![\p{N}])|${DAY_AND_MONTH_FIGURES}[/.-](?:19|20)\d\d(?![\p{N}]))`;
const BIRTH_FEW_WORDS_ON = lazyPattern(
  String.raw`(?<![\p{L}])${BIRTH_CUE}(?![\p{L}])(?:[\s,:;'’-]+[\p{L}'’]+){1,5}[\s,:;'’-]+(${FULL_DATE})`,
  'giu',
);

// Made once, not per text: each reads its pattern's words the first time it runs.
const maskBirthCued = maskMatches(BIRTH, 'ID', () => true, 1);
const maskBirthFewWordsOn = maskMatches(BIRTH_FEW_WORDS_ON, 'ID', () => true, 1);
const maskBirthDates: Rule = (text) => maskBirthFewWordsOn(maskBirthCued(text));

const SCREEN =
  /birth|b-?day|born|dob|d\.o\.b|cumplea|nac|anniv|naiss|n[ée]e?\b|geburt|geboren|anivers|nasc|nasci|complean|nat[oa]|verjaardag|jarig|urodz|turned|cumpl|ans|wurde|hire|start|joined|first day|contrat|ingres|embauch|eingestellt|eintritt|admitid|assunt|dienst|zatrudn/iu;

// A text with no figure may hold a day in words ("the third of March").
const DAY_IN_WORDS =
  /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)/iu;

/** Masks birthdays and hire days written in words (see above). */
export const maskPersonalDates: Rule = (text) =>
  (/\d/.test(text) || DAY_IN_WORDS.test(text)) && SCREEN.test(text) ? maskHireDays(maskBirthDates(text)) : text;
