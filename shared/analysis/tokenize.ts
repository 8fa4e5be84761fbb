import { recentAnswers } from './recent-answers';

/**
 * What a token is. `boundary` tokens end a clause (`,` `;` `:` `(` `-`),
 * `sentence-end` tokens end a sentence (`.` `!` `?` and line breaks); the
 * sentiment scorer uses both to limit negation and contrast.
 */
export type TokenKind = 'word' | 'emoji' | 'emoticon' | 'placeholder' | 'boundary' | 'sentence-end';

/** Read-only: the tokens of a text are shared by the steps that read it (see `tokenize`). */
export interface Token {
  readonly kind: TokenKind;
  /** The text as written. */
  readonly raw: string;
  /** Lower case, curly apostrophes straightened; emoji without variation selectors or skin tones. */
  readonly lower: string;
  /** Written in capitals in a text that is not all capitals: the writer is shouting this word. */
  readonly shouting: boolean;
  /** A letter repeated three or more times, as in "sooo" or "goood". */
  readonly elongated: boolean;
  /** The word came from a hashtag. */
  readonly hashtag: boolean;
  /** ...of several words (`#HappyFriday` gives "happy" and "friday"), which is often a name or a title. */
  readonly compound: boolean;
  /** Starts with a capital letter followed by lower case: a name or title when not first in its sentence. */
  readonly capitalised: boolean;
}

// Emoticons are matched before punctuation is split off, or ":(" would be a
// colon and a bracket. Eyes, optional nose, mouth; plus hearts and a few
// kaomoji-like faces. "x)" is left out: it is more often a list item than a face.
const EMOTICON = String.raw`(?<![\p{L}\p{N}:])(?:[:;=][-o^']?(?:\)+|\(+|D+|[pPoO*|\/\\\]\[]|3)|[xX]D+|<\/?3+|\^_*\^|-_+-|[tT]_+[tT]|[oO]_[oO]|:'\()(?![\p{L}\p{N}])`;
const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"]+`;
const MENTION = String.raw`@[\p{L}\p{N}_]+`;
const PLACEHOLDER = String.raw`\[(?:NAME|PHONE|EMAIL|ADDRESS|ID|URL)\]`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*`;
const HASHTAG = String.raw`#[\p{L}][\p{L}\p{N}_]*`;
// Words keep inner apostrophes ("don't") and digits; hyphens split them, so
// "work-life" and "work life" read the same.
// Vowel signs and viramas are marks, not letters: a Devanagari word ("शर्मा") is one word, not "शर" and "म". Not the
// marks emoji are made of: a keycap's enclosing mark ("1⃣") and variation selectors end a word as before.
const MARK = String.raw`(?![\uFE00-\uFE0F])[\p{Mn}\p{Mc}]`;
const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}]|${MARK})*(?:['’](?:\p{L}|${MARK})+)*`;
// "f**k", "s**t", "sh*t": swearing with letters starred out.
const STARRED = String.raw`\b(?:f[*@#]{1,3}(?:k|ck|king|cking|ked|cked)|s[*@#]{1,3}t|sh[*@#]t|b[*@#]{1,4}(?:h|ch)|a[*@#]{1,2}(?:hole|s)|d[*@#]mn)\b`;
const SENTENCE_END = String.raw`[.!?…]+|\n+`;
const BOUNDARY = String.raw`[,;:()\[\]"“”]|\s[-–—]+\s|[–—]`;

const TOKEN = new RegExp(
  `(${URL})|(${MENTION})|(${PLACEHOLDER})|(${EMOTICON})|(${EMOJI})|(${HASHTAG})|(${STARRED})|(${WORD})|(${SENTENCE_END})|(${BOUNDARY})`,
  'gu',
);

const ELONGATED = /(\p{L})\1\1/u;

/**
 * Splits text into the tokens the analysis needs: words, emoji, emoticons,
 * placeholders left by redaction, and the punctuation that bounds clauses
 * and sentences. URLs and @mentions are dropped: they carry no sentiment and
 * no theme.
 *
 * @example
 * tokenize("Not bad :) #GreatTeam").map((t) => t.lower) // ['not', 'bad', ':)', 'great', 'team']
 */
export function tokenize(text: string): readonly Token[] {
  // Sentiment reads the text and key phrases its redacted copy, most often the same words, a step of the batch
  // apart: read them once, and hand the same list to each (read-only, so none of them is copied).
  return recentReadings.answer(text, readTokens);
}

const RECENT_TEXTS = 256;
const recentReadings = recentAnswers<readonly Token[]>(RECENT_TEXTS);

function readTokens(text: string): Token[] {
  const shoutingAllowed = !mostlyCapitals(text);
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (m[1] !== undefined || m[2] !== undefined) continue;
    if (m[3] !== undefined) tokens.push(make('placeholder', raw, raw, false));
    else if (m[4] !== undefined) tokens.push(make('emoticon', raw, raw.toLowerCase(), false));
    else if (m[5] !== undefined)
      tokens.push(make('emoji', raw, raw.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, ''), false));
    else if (m[6] !== undefined) {
      const parts = splitHashtag(raw.slice(1));
      for (const part of parts) tokens.push({ ...word(part, false), hashtag: true, compound: parts.length > 1 });
    } else if (m[7] !== undefined) tokens.push({ ...word(raw, shoutingAllowed), lower: unstar(raw.toLowerCase()) });
    else if (m[8] !== undefined) tokens.push(word(raw, shoutingAllowed));
    else if (m[9] !== undefined) tokens.push(make('sentence-end', raw.trim() || '\n', raw.trim() || '\n', false));
    else tokens.push(make('boundary', raw.trim(), raw.trim(), false));
  }
  return tokens;
}

function unstar(word: string): string {
  if (word.startsWith('f')) return `fu${word.replace(/^f[*@#]+/, '')}`.replace(/^fuk/, 'fuck');
  if (word.startsWith('sh') || word.startsWith('s')) return 'shit';
  if (word.startsWith('b')) return 'bitch';
  if (word.startsWith('a')) return word.endsWith('hole') ? 'asshole' : 'ass';
  return 'damn';
}

function make(kind: TokenKind, raw: string, lower: string, shouting: boolean): Token {
  return { kind, raw, lower, shouting, elongated: false, hashtag: false, compound: false, capitalised: false };
}

function word(raw: string, shoutingAllowed: boolean): Token {
  const folded = raw.toLowerCase();
  const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  // "I" and "OK" are not shouting; a capitalised word of 3+ letters is. A word with no capital never is.
  const shouting = shoutingAllowed && folded !== raw && isShouted(raw.replace(/[^\p{L}]/gu, ''));
  return {
    kind: 'word',
    raw,
    lower,
    shouting,
    elongated: isElongated(lower),
    hashtag: false,
    compound: false,
    capitalised: isCapitalised(raw),
  };
}

// The checks below read ASCII words code by code (most words of most texts) and leave the rest to the patterns.

const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** A capital letter followed by a lower-case one. */
function isCapitalised(raw: string): boolean {
  const first = raw.charCodeAt(0);
  const second = raw.charCodeAt(1);
  if (first < 128 && second < 128) return isAsciiUpper(first) && isAsciiLower(second);
  return /^\p{Lu}\p{Ll}/u.test(raw);
}

/** A letter three times in a row. */
function isElongated(lower: string): boolean {
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 128) {
      ascii = false;
      break;
    }
    if (i >= 2 && code === lower.charCodeAt(i - 1) && code === lower.charCodeAt(i - 2)) {
      if (isAsciiLower(code) || isAsciiUpper(code)) return true;
    }
  }
  return ascii ? false : ELONGATED.test(lower);
}

function isShouted(letters: string): boolean {
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

// A text typed with caps lock on shouts nothing in particular.
function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return mostlyCapitalsOfAnyScript(text);
    if (isAsciiUpper(code)) upper++;
    else if (isAsciiLower(code)) lower++;
  }
  return upper > 0 && upper >= lower * 2;
}

function mostlyCapitalsOfAnyScript(text: string): boolean {
  const upper = text.replace(/[^\p{Lu}]/gu, '').length;
  const lower = text.replace(/[^\p{Ll}]/gu, '').length;
  return upper > 0 && upper >= lower * 2;
}

// "#HappyFriday" → happy friday; "#worstboss" stays one word (no case to
// split on), which the lexicon may still know.
function splitHashtag(tag: string): string[] {
  return tag
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .split(' ')
    .filter(Boolean);
}
