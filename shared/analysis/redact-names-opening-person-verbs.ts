import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { ALL_STOPWORDS, DEPARTMENTS, ROLE_CUES, TITLES } from './redact-names-words';
import { MASKED, mask } from './redaction-kinds';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * red41 (att41, left by red40): a name that is also a place or a word, opening a sentence before what a person does
 * to the writer ("Dallas said we can't take breaks", "Phoenix told me I'd be fired", "Paz me gritó", "Lourdes nos
 * insulta"). The give-backs return a city or a word hidden alone, and no rule read the opening of a sentence, so the
 * person stayed. Decided by what follows: told/asked/warned someone, said to the writer ("said we/I/to me"), yelled
 * at, grabbed or touched someone, a habit of doing so ("keeps touching"), or, in the Romance languages, German and
 * Polish, an object pronoun of the writer before a verb ("me gritó", "m'a poussée", "hat mich", "mnie popchnęła").
 * Read once everything is given back. Kept where a place reads: "Paris is expensive", "Sydney keeps growing",
 * "Denver grabbed the lead", "Madrid me encanta", and "Dallas announced layoffs" or "Dallas said the rota was fixed"
 * (an office may announce or say so; a person is read only where the writer is told, spoken to or touched). A firm
 * everyone knows ("Amazon told me they'd refund it"), a department, a role, a relative or a god is no one here.
 */

// A full stop after an abbreviation opens no sentence: "Chuy de la Col. Roma nos grita" (a neighbourhood, "colonia").
const ABBREVIATION = String.raw`(?<!(?:^|[^\p{L}])(?:Col|Av|Avda|Dr|Dra|Sr|Sra|Srta|St|Mt|No|Nr|Ing|Lic|Prof|Mr|Mrs|Ms|Gen|Sta|Sto|Bd|Bld|Blvd|Pl|Rd|Ave)\.[ \t]*)`;
const OPENING = String.raw`(?:^|(?<=[.!?\n][ \t]*)${ABBREVIATION}|(?<=[:;][ \t]+))`;
const WRITER = String.raw`(?:me|us|him|her|them|my|our|his|everyone|everybody|the[ \t]+(?:new|other|girls|guys|women|temps|interns))`;
const EN = String.raw`[ \t]+(?:(?:told|tells|asked|texted|messaged|warned|ordered|forced|called|threatened|insulted|harassed|bullied|mocked|blamed|humiliated|cornered|followed|grabbed|touched|groped|pushed|shoved|hit|slapped|kissed|punched|kicked|pinched|hugged|choked|tripped|elbowed|stalked|fired|screamed[ \t]+at|yelled[ \t]+at|shouted[ \t]+at|swore[ \t]+at|spat[ \t]+(?:at|on)|lunged[ \t]+at|laughed[ \t]+at|snapped[ \t]+at)[ \t]+${WRITER}|(?:said|says)[ \t]+(?:to[ \t]+(?:me|us)|(?:that[ \t]+)?(?:we|i|you|i['\u2019]d|we['\u2019]d|i['\u2019]m|we['\u2019]re|i['\u2019]ll|we['\u2019]ll|if[ \t]+(?:i|we)))|(?:keeps|kept|is[ \t]+always|was[ \t]+always|won['\u2019]?t[ \t]+stop|never[ \t]+stops)[ \t]+(?:touching|grabbing|calling|texting|messaging|following|staring|asking|hitting|harassing|yelling|screaming|shouting|bullying|groping|mocking|insulting|threatening|pushing|commenting|rubbing|hugging|flirting|cornering|pinching|leering|stroking))(?![\p{L}])`;
// An object pronoun of the writer, then a verb: Spanish, Portuguese, Italian, French, German, Polish.
const ABROAD = String.raw`[ \t]+(?:(?:me|nos|mi|ci|nous|mnie|nas|mich|uns)(?![\p{L}])|m['\u2019])(?:[ \t]*a[ \t]+|[ \t]+(?:ha|han|hat|hatte|ont|avait|est)[ \t]+|[ \t]*)(\p{Ll}{3,})`;
const FEELINGS = new Set(
  `encanta encant\u00f3 gusta gust\u00f3 gustan fascina fascin\u00f3 parece pareci\u00f3 queda qued\u00f3 manca mancano piace
  piacciono manque manquent pla\u00eet plait falta faltan interesa conviene sirve aburre agrada cansa mata encantan
  gef\u00e4llt fehlt interessiert`.split(/\s+/),
);
// German puts the verb first: "hat mich angeschrien", "schreit mich an", "schubst uns".
// "hat uns" is an office's as often ("Berlin hat uns die Boni gestrichen"): only "hat mich".
const GERMAN = String.raw`[ \t]+(?:(?:hat|hatte)[ \t]+mich|(?:schreit|schubst|beleidigt|fasst|begrapscht|bedroht|schl\u00e4gt|bel\u00e4stigt|beschimpft|tritt|packt)[ \t]+(?:mich|uns))(?![\p{L}])`;
const OPENER = lazyPattern(String.raw`${OPENING}(\p{Lu}\p{Ll}+)(?=${EN}|${ABROAD}|${GERMAN})`, 'gu');
const ABROAD_AFTER = lazyPattern(String.raw`^${ABROAD}`, 'u');
const EN_AFTER = lazyPattern(String.raw`^${EN}`, 'u');
const FIGURATIVE =
  /^[ \t]+(?:pushed|hit|forced|called|followed|kicked|tripped|choked|fired|threatened|cornered|touched|hugged|killed|drove|pulled|dragged|knocked|caught|blamed)(?![\p{L}])/u;
const NO_ONE = new Set(
  `god jesus allah santa siri alexa mom mum dad mama papa mommy daddy boss management corporate legal security payroll
  everyone everybody nobody somebody someone anyone they hq headquarters admin staff customer customers`.split(/\s+/),
);

/** Whether a capitalised word opening a sentence may be a person's name here (see above). */
function mayBeName(lower: string): boolean {
  if (NO_ONE.has(lower) || ALL_STOPWORDS.has(lower) || ROLE_CUES.has(lower) || TITLES.has(lower)) return false;
  if (DEPARTMENTS.has(lower) || WELL_KNOWN_FIRMS.has(lower)) return false;
  return isGivenName(lower) || WELL_KNOWN_CITIES_LATIN.has(lower) || isProperNoun(lower) || !isEnglishWord(lower);
}

/** Hides a name that is a place or word opening a sentence before what a person does to the writer. */
export function hideNamesOpeningBeforePersonVerbs(read: string, masked: string): string {
  if (!/\p{Lu}/u.test(read)) return masked;
  let out = masked;
  for (const m of read.matchAll(OPENER.get())) {
    const word = m[1]!;
    const start = m.index;
    const end = start + word.length;
    if (MASKED.test(out.slice(start, end)) || !mayBeName(word.toLowerCase())) continue;
    // A word a season, a feeling or a thing can be does what a person does only in a figure: "Hope pushed me to
    // finish the course", "Summer hit us hard" (rounds 30 and 31 keep them); "Sierra told me" is still a person.
    if (
      isEnglishWord(word.toLowerCase()) &&
      !WELL_KNOWN_CITIES_LATIN.has(word.toLowerCase()) &&
      FIGURATIVE.test(read.slice(end))
    )
      continue;
    const abroad = EN_AFTER.get().test(read.slice(end)) ? undefined : ABROAD_AFTER.get().exec(read.slice(end));
    // Another language's pronoun and verb: only a name or a place the lists know ("Si me daban", "Seguro medico",
    // "Subtweet me one more time" are no one), before a verb of no English ("me daban" is Spanish, "me and" is not).
    if (abroad) {
      const lower = word.toLowerCase();
      if (FEELINGS.has(abroad[1]!) || isEnglishWord(abroad[1]!) || ALL_STOPWORDS.has(abroad[1]!)) continue;
      if (!isGivenName(lower) && !WELL_KNOWN_CITIES_LATIN.has(lower) && !isProperNoun(lower)) continue;
    }
    out = out.slice(0, start) + mask('NAME', word.length) + out.slice(end);
  }
  return out;
}
