import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 30: a given name or surname in a case form of Polish, Hungarian, Finnish, Czech, Slovak or Lithuanian
 * ("Zoltánnal", "Annától", "Tóthék", "Mikolle", "Virtasen kanssa", "Novákovi", "Petrem", "Tomui", "dėl Vytauto").
 * The lists hold the names, not their cases, and a stem read off any word takes words ("Mardi", "Tomo", round 27).
 * So each language's own endings are taken off, and only in a text of that language (its own letters or words): the
 * word is hidden when what is left, put back as that language writes the name alone (a vowel made short again, a
 * consonant doubled again, "-se-" back to "-nen"), is a name the lists know, and the word itself is no word.
 */

interface Language {
  /** Whether the text reads as this language. */
  readonly writes: RegExp;
  /** The names `lower` may be a case form of. */
  readonly bases: (lower: string, text: string, end: number) => string[];
}

const HUNGARIAN_ENDINGS =
  /(?:éknál|éknél|éktől|éktól|ékkel|ékhez|éket|ék|nak|nek|nál|nél|tól|től|ról|ről|hoz|hez|höz|ért|val|vel|ra|re|ba|be|ban|ben|ból|ből|ot|et|öt)$/u;
const FINNISH_ENDINGS = /(?:lle|lta|ltä|lla|llä|sta|stä|ksi|kin)$/u;
// Finnish's genitive "-n" is the ending of too many words ("Toivon, että …" is "I hope that"): only before a word
// that wants a genitive before it ("Jukan takia", "Virtasen kanssa").
const FINNISH_AFTER_GENITIVE = lazyPattern(
  String.raw`^[ \t]+(?:kanssa|takia|vuoksi|luona|luota|luokse|mukaan|kautta|jälkeen|puolesta|kanssani|takana|vieressä|kans)(?![\p{L}])`,
  'u',
);
// The most frequent Finnish surnames (the lists hold few): "Virtanen", and its forms read back through "-se-".
const FINNISH_SURNAMES = new Set(
  `korhonen virtanen mäkinen nieminen mäkelä hämäläinen heikkinen koskinen järvinen lehtonen lehtinen saarinen
  salminen heinonen heikkilä kinnunen salonen turunen laitinen tuominen rantanen karjalainen jokinen mattila
  savolainen lahtinen ahonen hiltunen leinonen hirvonen miettinen aaltonen pitkänen manninen seppälä anttila
  väisänen leppänen hyvönen räsänen mustonen honkanen laaksonen peltonen kettunen moilanen pesonen toivonen
  kärkkäinen partanen huttunen jääskeläinen koponen pulkkinen rautiainen ikonen oksanen tikkanen vartiainen
  lindholm nurminen kokkonen kauppinen harju ojala ketola lahti niskanen`.split(/\s+/u),
);
const CZECH_ENDINGS = /(?:ovi|em|ovou|ové|ou)$/u;

const LANGUAGES: readonly Language[] = [
  {
    // Polish changes the name's last consonant in the dative and locative: "o Jadwidze" (Jadwiga), "Monice" (Monika),
    // "Barbarze", "Marcie", "Wandzie" (round 28's known miss).
    writes: /[ąęłńśźż]|(?<![\p{L}])(?:że|nie|się|jest|wszyscy|mnie|już|było|bo)(?![\p{L}])/iu,
    bases: (lower) => {
      const m = /^(\p{L}{2,}?)(dze|dzie|ce|rze|cie)$/u.exec(lower);
      if (!m) return [];
      return [`${m[1]}${{ dze: 'ga', dzie: 'da', ce: 'ka', rze: 'ra', cie: 'ta' }[m[2] as 'dze']}`];
    },
  },
  {
    writes:
      /[őű]|(?<![\p{L}])(?:és|nem|hogy|már|nincs|sincs|egy|meg|mert|csak|mindent|megint|mindenki|lehet)(?![\p{L}])/iu,
    bases: (lower) => {
      const out: string[] = [];
      const stem = lower.replace(HUNGARIAN_ENDINGS, '');
      if (stem !== lower) out.push(stem, stem.replace(/á$/u, 'a').replace(/é$/u, 'e'));
      // "-val"/"-vel" take the last consonant of the name: "Zoltánnal", "Péterrel", "Erzsébettel".
      const doubled = /^(\p{L}+(\p{L}))\2(?:al|el)$/u.exec(lower);
      if (doubled) out.push(doubled[1]!);
      return out;
    },
  },
  {
    writes:
      /[äö]|(?<![\p{L}])(?:ja|ei|kanssa|että|hän|mutta|minä|meille|takia|enää|kaikki|mitään|sain|kerroin)(?![\p{L}])/iu,
    bases: (lower, text, end) => {
      const stems: string[] = [];
      const stem = lower.replace(FINNISH_ENDINGS, '');
      if (stem !== lower) stems.push(stem);
      if (lower.endsWith('n') && FINNISH_AFTER_GENITIVE.get().test(text.slice(end, end + 16)))
        stems.push(lower.slice(0, -1));
      // "Virtase-n", "Lahtise-lta" are "Virtanen", "Lahtinen"; "Miko-lle", "Juka-n" are "Mikko", "Jukka".
      return stems.flatMap((s) => [s, s.replace(/se$/u, 'nen'), s.replace(/([kpt])([aeiouyäö])$/u, '$1$1$2')]);
    },
  },
  {
    writes: /[ěřůňťď]|(?<![\p{L}])(?:jsem|jsme|nikdo|nic|už|že|není|sme|som|nikto|nič|jsi|jste)(?![\p{L}])/iu,
    bases: (lower) => {
      const stem = lower.replace(CZECH_ENDINGS, '');
      if (stem === lower) return [];
      // A vowel that drops in the cases: "Zdeňk-ovi" is "Zdeněk", "Mark-em" is "Marek".
      const fleeting = stem.replace(/ňk$/u, 'něk').replace(/([^aeiouyáéíóúůý])k$/u, '$1ek');
      return [stem, fleeting, `${stem}á`];
    },
  },
  {
    writes: /[ąęėįųū]|(?<![\p{L}])(?:ir|kad|nėra|dėl|buvo|nieko|yra|aš|jis|visi)(?![\p{L}])/iu,
    bases: (lower) => {
      const stem = /^(\p{L}{3,}?)(?:ui|o|ą|u|ai)$/u.exec(lower)?.[1];
      return stem ? [`${stem}as`, `${stem}is`, `${stem}us`, `${stem}ys`] : [];
    },
  },
];

const CAPITALISED = lazyPattern(
  String.raw`(?<![\p{L}\p{M}\p{N}_@.'’\-\uE000-\uE006])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}\p{N}_@'’-])`,
  'gu',
);

// Surnames of three letters are Chinese and Korean ("Pan", "Lee"), no Slavic case form's stem ("Pánovi", to the sir).
const isName = (base: string) =>
  base.length >= 3 &&
  ((isGivenName(base) && !isEnglishWord(base)) ||
    (base.length >= 4 && isCommonSurname(base)) ||
    FINNISH_SURNAMES.has(base));
// Finnish pronouns in the same cases: "Meille" (to us) is no "Mei".
const PRONOUNS = new Set(
  `meille teille heille hänelle minulle sinulle meiltä teiltä heiltä häneltä minulta sinulta meillä teillä heillä
  hänellä minulla sinulla meistä teistä heistä hänestä minusta sinusta`.split(/\s+/u),
);

/** Hides a name the lists know written in a case form of Polish, Hungarian, Finnish, Czech, Slovak or Lithuanian. */
export const maskNamesInCaseForms: Rule = (text) => {
  const languages = LANGUAGES.filter((l) => l.writes.test(text));
  if (!languages.length) return text;
  let out = text;
  for (const m of text.matchAll(CAPITALISED.get())) {
    const word = m[0];
    const lower = word.toLowerCase();
    const end = m.index + word.length;
    // Finnish surnames are listed here alone: "esimies Korhonen", "Virtanen Kalevi".
    const finnishSurname = FINNISH_SURNAMES.has(lower) && languages.includes(LANGUAGES[2]!);
    if (PRONOUNS.has(lower)) continue;
    if (!finnishSurname && (isGivenName(lower) || commonWordLanguages(lower) || isEnglishWord(lower))) continue;
    if (finnishSurname || languages.some((l) => l.bases(lower, text, end).some(isName)))
      out = out.slice(0, m.index) + mask('NAME', word.length) + out.slice(end);
  }
  return out;
};
