// Attack round 26: a surname written with a hyphen, or after a title as German, Polish and Russian decline or shorten it.
import { isEnglishWord } from './english-dictionary';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * - A title before a double surname, in any language the service reads: "Herrn Schmidt-Öztürk", "Mr Smith-Jones",
 *   "Sra. García-López", "Mme Dupont-Moreau", "Pani Kowalska-Nowak", "г-н Иванов-Петров". Two capitalised halves
 *   joined by a hyphen after a title are a person's surname, whatever list knows the halves. The title stays, as
 *   "Herr [NAME]" keeps it.
 * - A title as German declines it, or as Polish and Russian write it in a case or short ("Herrn", "Hrn.", "Pana",
 *   "Panu", "Panią", "г-жа", "господина"), before one capitalised word that is no everyday word of any language:
 *   "frag nach Herrn Brandtner". "Herrn Direktor" stays, a word of German.
 * - The rest of a hyphenated surname after a name already hidden: "[NAME]-mcdougall", "[NAME]-Öztürk"; a word that
 *   makes an adjective of a name ("[NAME]-led", "[NAME]-style") stays.
 */

const NAME_MARK = mask('NAME', 1);
const CAP = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}]+)?`;
const TITLE = String.raw`(?:Herrn?|Hrn?\.|Frau|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Dr\.?|Sr\.|Sra\.|Srta\.|M\.|Mme\.?|Mlle\.?|Pan|Pani|Pana|Panu|Panią|Sig\.(?:ra)?|Dott\.(?:ssa)?|г-н|г-жа|г-на|г-же|господин|госпожа|господина|госпоже)`;
const TITLED_DOUBLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(${TITLE})([ \t]{1,2})(${CAP}(?:-${CAP})+)(?![\p{L}\p{N}-])`,
  'gu',
);
const DECLINED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(Herrn|Hrn\.|Pana|Panu|Panią|г-жа|г-на|г-же|господина|госпоже)([ \t]{1,2})(${CAP})(?![\p{L}\p{N}-])`,
  'gu',
);
// A word and a figure after the hyphen is the unit a nickname is joined to ("[NAME]-Line 3", "[NAME]-Quai 2"), no surname.
const HYPHEN_TAIL = lazyPattern(String.raw`(?<=${NAME_MARK})-(\p{L}[\p{L}'’]+)(?![\p{L}\p{N}]|[ \t]?#?\d)`, 'gu');
// What makes an adjective or a compound of a name, not the second half of one.
const NOT_SURNAME_HALVES = new Set(
  'led run style like based owned ish esque free type era approved made friendly proof san kun chan sama ji sahib'.split(
    ' ',
  ),
);

// What a declined title is followed by that is a post, not a surname: "Herrn Direktor", "Pana Prezesa".
const POSTS = new Set(
  `direktor direktors doktor doktors professor kollege kollegen chef chefs meister präsident minister pfarrer kommissar
  bürgermeister abteilungsleiter schichtleiter prezesa prezesowi dyrektora dyrektorowi kierownika kierownikowi
  директора директору начальника начальнику`.split(/\s+/),
);

function isEveryday(lower: string): boolean {
  return (
    POSTS.has(lower) ||
    isEnglishWord(lower) ||
    ALL_STOPWORDS.has(lower) ||
    NOT_NAMES.has(lower) ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower) ||
    commonWordLanguages(lower) !== undefined
  );
}

/** Masks a titled double surname, a declined title's surname, and a hidden name's hyphenated rest (see above). */
export const maskCompoundSurnames: Rule = (text) => {
  let out = text;
  if (/-/.test(out))
    out = out.replace(
      TITLED_DOUBLE.get(),
      (_whole, title: string, gap: string, name: string) => title + gap + NAME_MARK.repeat(name.length),
    );
  out = out.replace(DECLINED.get(), (whole, title: string, gap: string, name: string) =>
    isEveryday(name.toLowerCase()) ? whole : title + gap + NAME_MARK.repeat(name.length),
  );
  if (out.includes(`${NAME_MARK}-`))
    out = out.replace(HYPHEN_TAIL.get(), (whole, rest: string) => {
      const lower = rest.toLowerCase();
      if (NOT_SURNAME_HALVES.has(lower) || ALL_STOPWORDS.has(lower)) return whole;
      // Written small, an English word is what the name makes ("[NAME]-approved"); capitalised it is a surname.
      if (rest === lower && isEnglishWord(lower) && !/^(?:mc|mac|o')/u.test(lower)) return whole;
      return NAME_MARK.repeat(whole.length);
    });
  return out;
};
