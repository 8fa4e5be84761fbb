import { ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';
import { recentPattern } from './recent-patterns';

/*
 * Round 32: initials in brackets after a word for a person say who is meant ("the forklift driver (jb) was drunk",
 * "my supervisor (JB) keeps shouting", "the guy on nights (j.b.) grabbed her", "mi jefe (jb) me grita", "mein Chef
 * (JB) schreit"). Two or three letters with no vowel between them (a word's letters have one: "(lol)", "(sap)"), or
 * dotted; never the abbreviations people bracket after a role ("the manager (HR)", "the driver (HGV)", "(tbh)").
 */

// Words for a person, a few words before the bracket.
const PERSON_WORDS = new Set(
  `guy guys lad lads man woman lady girl boy bloke fella chap dude one temp cleaner driver picker packer loader porter
  cook chef starter worker agent colleague coworker supervisor kollege kollegin chef chefin typ frau mann jefe jefa tipo
  tio chico chica compa\u00f1ero compa\u00f1era capo collega ragazzo ragazza tizio gars mec type coll\u00e8gue patron`.split(
    /\s+/,
  ),
);
/*
 * A job's or a qualification's letters bracketed after the role ("the nurse (RN) said I am fine", "the nurse
 * (LPN) was rude", "the pharmacist (RPh)", "my sergeant (Sgt)"): what the person is, which many share, not who. Those
 * with no vowel, which would read as initials: nursing and care, medicine, therapy, police and forces, trades,
 * management, finance and law. Written together only: "(D S)" written apart is someone's initials, not a sergeant.
 */
export const JOB_LETTERS = new Set(
  `rn lpn lvn rgn rmn srn crn np dnp aprn fnp bsn msn pct hcp rph phd dphil md do dds dmd dpt slp pa ot pt emt cna hca
  rrt rt mlt cst cns prn spr fy hct cpl sgt pvt lt cpt cdr pcso pc dc ds dsgt ssgt hgv psv lgv fltr cpcs nvq svq
  ceo cfo coo cto vp svp avp rvp gm am pm tl sl dm rm tm asm csm sm pmp cfp cpp jd llb llm kc sc cdt mgr snr jnr sr jr
  hr it ppe eta osha ada faq asap awol pto loa fmla eeo qa qc ehs hse coshh sop`.split(/\s+/),
);

// What people bracket after a role that is no one's initials.
export const NOT_INITIALS = new Set(
  `hr it am pm uk us eu hgv lgv pcv ppe sms pdf gm md vp hq qc qa tl sl sm ops mgr ft pt nhs tbh lol smh imo fyi idk
  lmk btw omg wtf ffs jk cv tv pc gp bp dm ok kg km lb mph fl ct nvq sia cscs flt rtw tlc dbs crb cdl dvla`.split(
    /\s+/,
  ),
);

const BRACKETED = lazyPattern(
  String.raw`(\p{L}+)((?:[ \t]+\p{L}+){0,3})[ \t]*\((\p{L}{2,3}|\p{L}\.[ \t]?\p{L}\.?(?:[ \t]?\p{L}\.?)?)\)`,
  'gu',
);

function readsAsInitials(inside: string): boolean {
  const letters = inside.replace(/[^\p{L}]/gu, '');
  if (NOT_INITIALS.has(letters.toLowerCase()) || JOB_LETTERS.has(letters.toLowerCase())) return false;
  if (inside.includes('.')) return true;
  return !/[aeiouy]/iu.test(letters);
}

/** The words written before the brackets: the match's first word and the rest up to the bracket. */
const wordsBefore = (first: string, rest: string): string[] => [
  first,
  ...rest
    .trim()
    .split(/[ \t]+/)
    .filter(Boolean),
];

export function afterAPerson(first: string, rest: string): boolean {
  const words = wordsBefore(first, rest).map((w) => w.toLowerCase());
  return words.some((w) => PERSON_WORDS.has(w) || ROLE_CUES.has(w));
}

/*
 * A role's own abbreviation is bracketed after it as often, then used alone ("the District Brand Leader (DBL) …
 * the new DBL role", "your supervisor (CSS) … your CSS"): letters that are the initials of the words before them, or
 * that stand alone elsewhere in the text, are an abbreviation.
 */
export function isAbbreviation(text: string, first: string, rest: string, inside: string): boolean {
  const letters = inside.replace(/[^\p{L}]/gu, '');
  const words = wordsBefore(first, rest);
  const initials = words
    .slice(-letters.length)
    .map((w) => w[0])
    .join('');
  if (initials.toLowerCase() === letters.toLowerCase()) return true;
  return recentPattern(String.raw`(?<![\p{L}(])${letters}(?![\p{L})])`, 'u').test(text);
}

/** Hides initials in brackets after a word for a person (see above). */
export const maskBracketedInitials: Rule = (text) => {
  if (!text.includes('(')) return text;
  return text.replace(BRACKETED.get(), (whole: string, first: string, rest: string, inside: string) => {
    if (!readsAsInitials(inside) || !afterAPerson(first, rest) || isAbbreviation(text, first, rest, inside))
      return whole;
    const at = whole.lastIndexOf(`(${inside})`) + 1;
    return whole.slice(0, at) + mask('NAME', inside.length) + whole.slice(at + inside.length);
  });
};
