// Blind round 23: a message signed with one initial at its very end ("please fix the lights in bay 4 J.", "thanks, A").
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A writer who signs with an initial names themself to anyone who knows the team. Such an initial stands alone at
 * the very end of the text: after a comma or a dash ("…broken again. thanks, A", "— K"), or with its dot after a
 * sentence's end or a number ("…keep sticking. R.", "…in bay 4 J."; read as "bay 4J", the letter hidden costs a
 * door's letter, not a person). A letter the word before it names is a thing's: "plan B.", "vitamin C.", "block C",
 * "grade A." stay, as does a letter after any other word ("I got an A."), and "K." after a sentence (chat's "OK").
 */
const THINGS_WITH_A_LETTER = new Set(
  `plan vitamin block grade type class category section zone level option part step phase team shift aisle gate door
  wing row lot unit building floor room hall terminal platform model size group band tier stage appendix annex point
  item line bay dock bed ward seat lane route bus car form hepatitis`.split(/\s+/),
);
/** Exported for the property test of its pre-check (endsWithLoneCapital). */
export const AT_END = /(?:(,|[-–—])|(\S+))[ \t]+(\p{Lu})(\.?)[ \t]*$/u;

/** Masks a lone initial signing the end of a text (see above). */
export const maskLoneInitialAtEnd: Rule = (text) => {
  // AT_END is tried from every position of the text, and a word at each; its find can only end the text, which is
  // read first (it was 2% of redaction's time on texts none of which it changed).
  if (!endsWithLoneCapital(text)) return text;
  const m = AT_END.exec(text);
  if (!m) return text;
  const [whole, comma, before, letter, dot] = m;
  // "I" is the writer, not their initial; "A, B, C" and "plan A, B" list letters.
  if (letter === 'I' || /(?:^|[^\p{L}])\p{Lu},?$/u.test(before ?? text.slice(0, m.index).trimEnd())) return text;
  // "thanks, A", "broken, B": the comma ends the word before.
  const signed = comma !== undefined || (before !== undefined && /[,]$/u.test(before));
  // "rated it a 5 - A": after a number, a dash and a letter give a grade.
  if (comma !== undefined && comma !== ',' && /\p{N}[ \t]*$/u.test(text.slice(0, m.index))) return text;
  if (!signed) {
    if (before === undefined) return text;
    const word = before.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (!dot || THINGS_WITH_A_LETTER.has(word)) return text;
    if (!/[.!?]$/u.test(before) && !/^\p{N}+$/u.test(word)) return text;
    // Chat writes "K." for "OK": after a sentence, "K" alone is an answer, not a signature.
    if (letter === 'K') return text;
  }
  const at = m.index + whole.search(/\p{Lu}[.]?[ \t]*$/u);
  return text.slice(0, at) + mask('NAME', 1) + text.slice(at + 1);
};

/**
 * Whether the text ends as every find of AT_END does: a space or tab, one capital letter, its dot or not, then
 * nothing but spaces and tabs. False only where AT_END finds nothing.
 */
export function endsWithLoneCapital(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (text[end - 1] === '.') end--;
  // A capital outside the first plane is two code units ("𝐀" left unnormalised).
  const last = text.charCodeAt(end - 1);
  const size = last >= 0xdc00 && last <= 0xdfff && end >= 2 ? 2 : 1;
  const before = text[end - size - 1];
  return (before === ' ' || before === '\t') && CAPITAL.get().test(text.slice(end - size, end));
}

const CAPITAL = lazyPattern(String.raw`^\p{Lu}$`, 'u');
