import { randomBytes } from 'node:crypto';
import { gravityOf } from './report-gravity';

/**
 * The texts of many reports as a few lines a person can read: near-identical ones collapsed into one line
 * with a count, the most distinct first, so the one real report in a flood of copies is at the top of the
 * list, not one line among hundreds. Used by the email that tells a holder of reports urgent in their words
 * past the hour's emails one by one (`urgent-words-email.ts`).
 *
 * Near-identical: the same once case, digits, punctuation and spacing are folded ("floor 3" and "Floor 12!"
 * read alike), or, failing that, sharing most of their words (`SAME_WORDS`), so a flood that varies a word or
 * two still collapses; a different matter shares few words and stays a line of its own.
 *
 * Among lines as rare as each other, a report of a kind of danger few others in the list report comes first
 * (a collapse among fires), then the order is drawn at random for each list. Never by their words: a flood
 * of differently worded alarms starting with "A" put itself above the real report (an attacker's finding);
 * and never by when they came, which the list must not tell.
 *
 * Which lines are listed, when there are more than `MAX_LINES`, goes by gravity first (`gravityOf`: a life at
 * stake, then a fire or gas, then the rest), so a flood of calm, differently worded alarms never pushes "he is
 * not breathing" off the list by the draw (attack round 29, F3); and a list only a few lines over the cap
 * (`SLACK`) lists them all: the cap is for floods, and 23 lines are still one short email.
 */

/** One line of the list: a text as shown (shortened) and how many reports read like it. */
export interface SimilarReports {
  text: string;
  count: number;
}

/** The list, bounded whatever the texts, and how many reports it leaves out (they are on the desk). */
export interface SimilarReportsList {
  lines: SimilarReports[];
  unlisted: number;
}

/** At most this many lines: the email stays short however many kinds of text came. */
export const MAX_LINES = 20;
/** Up to this many lines over `MAX_LINES`, every line is listed: none is left off for a handful. */
export const SLACK = 5;
/** A line's text is cut to this many characters (with "…"): enough to tell a fire from a knife. */
export const MAX_LINE_CHARS = 160;
/** Two texts with at least this share of their words in common (Jaccard) read as the same report. */
const SAME_WORDS = 0.7;
/**
 * Compared by words with at most this many kinds of text found so far: past it, only texts equal once folded
 * collapse, so a flood of wholly different texts costs a sweep linear time, never quadratic.
 */
const MAX_COMPARED = 400;

/** A report to list: its text as shown to the reader, and the kinds of danger read in it (the detector's categories). */
export interface ReportToList {
  text: string;
  categories?: readonly string[];
}

/** `reports` (in any order) as the list the email shows. A plain string is a report of no category. */
export function similarReports(reports: readonly (string | ReportToList)[]): SimilarReportsList {
  const kinds: { shown: string; key: string; words: Set<string>; count: number; categories: Set<string> }[] = [];
  const byKey = new Map<string, (typeof kinds)[number]>();
  const reportsOf = new Map<string, number>();
  for (const report of reports) {
    const { text, categories = [] } = typeof report === 'string' ? { text: report } : report;
    const key = folded(text);
    let kind = byKey.get(key);
    if (!kind) {
      const words = new Set(key.split(' ').filter(Boolean));
      kind = kinds.length <= MAX_COMPARED ? kinds.find((k) => jaccard(k.words, words) >= SAME_WORDS) : undefined;
      if (!kind) {
        kind = { shown: text, key, words, count: 0, categories: new Set() };
        kinds.push(kind);
      }
      byKey.set(key, kind);
    }
    kind.count += 1;
    for (const category of new Set(categories)) {
      kind.categories.add(category);
      reportsOf.set(category, (reportsOf.get(category) ?? 0) + 1);
    }
  }
  // How few reports of the list share a line's rarest kind of danger (none named: as many as the list has).
  const rarity = (kind: (typeof kinds)[number]) =>
    Math.min(reports.length, ...[...kind.categories].map((c) => reportsOf.get(c) ?? reports.length));
  const draw = new Map(kinds.map((k) => [k, randomBytes(4).readUInt32BE(0)]));
  const order = (a: (typeof kinds)[number], b: (typeof kinds)[number]) =>
    a.count - b.count || rarity(a) - rarity(b) || draw.get(a)! - draw.get(b)!;
  kinds.sort(order);
  const room = kinds.length <= MAX_LINES + SLACK ? kinds.length : MAX_LINES;
  // Chosen by gravity, then shown in the list's order: the gravest are all listed, the rarest still first.
  const gravity = new Map(kinds.map((k) => [k, gravityOf(k.shown)]));
  const chosen = new Set([...kinds].sort((a, b) => gravity.get(b)! - gravity.get(a)! || order(a, b)).slice(0, room));
  const listed = kinds.filter((k) => chosen.has(k));
  return {
    lines: listed.map((k) => ({ text: shortened(k.shown), count: k.count })),
    unlisted: kinds.filter((k) => !chosen.has(k)).reduce((sum, k) => sum + k.count, 0),
  };
}

/** Case, digits, punctuation and spacing folded: what is left are the words, lower case, one space apart. */
export const folded = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}\p{M}0]+/gu, ' ')
    .trim();

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
};

/** On one line, at most `MAX_LINE_CHARS` characters, cut at a word where one is near. */
export function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= MAX_LINE_CHARS) return line;
  const cut = chars.slice(0, MAX_LINE_CHARS - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_LINE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}
