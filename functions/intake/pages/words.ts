import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import { formatMessage } from '../../../shared/i18n/message-format';
import { catalogueOf, type Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';

/** A piece of HTML made here (a link, a word in bold), to go whole into a translated sentence. */
export interface Markup {
  readonly markup: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** `<a href>` with escaped text and address. */
export const link = (href: string, text: string): Markup => ({
  markup: `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`,
});

/** A hint inside a label, such as "(optional)". */
export const hint = (text: string): Markup => ({ markup: `<span class="hint">${escapeHtml(text)}</span>` });

/** Text in `<strong>`. */
export const strong = (text: string): Markup => ({ markup: `<strong>${escapeHtml(text)}</strong>` });
/**
 * A case code, or a text to send holding one ("STATUS 7KQ4M-XW9TR"), in `<strong>` on one line: broken at the
 * code's dash, a narrow phone shows it as two pieces, and it is read and copied down as two.
 */
export const strongOneLine = (text: string): Markup => ({
  markup: `<strong class="one-line">${escapeHtml(text)}</strong>`,
});

/**
 * A case code in running text (the example "7KQ4M-XW9TR" in a hint or a problem, a case's own in its heading), kept
 * on one line: a narrow phone breaks it at its dash otherwise, and the example reads as two pieces.
 */
export const oneLine = (text: string): Markup => ({ markup: `<span class="one-line">${escapeHtml(text)}</span>` });

/** Characters that never occur in a catalogue or in anything a page passes in, to mark where markup goes. */
const MARK = '\u{F0000}';

/**
 * A page's words in one language: `t` gives plain text (hono escapes it
 * where it is used), `h` a whole translated sentence with links or bold
 * words inside it, escaped here. Either way the sentence is the
 * translator's, in their word order: nothing is glued together.
 */
export function wordsFor(language: Language) {
  return {
    language,
    t: (key: MessageKey, params?: Record<string, string | number>): string => translate(language, key, params),
    h(key: MessageKey, params: Record<string, string | number | Markup>): HtmlEscapedString {
      const markups: string[] = [];
      const plain: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(params)) {
        if (typeof value === 'object') {
          plain[name] = `${MARK}${markups.length}${MARK}`;
          markups.push(value.markup);
        } else plain[name] = value;
      }
      const text = formatMessage(language, catalogueOf(language).messages[key], plain);
      const pieces = text.split(new RegExp(`${MARK}(\\d+)${MARK}`, 'u'));
      return raw(pieces.map((piece, i) => (i % 2 ? markups[Number(piece)] : escapeHtml(piece))).join(''));
    },
  };
}

export type Words = ReturnType<typeof wordsFor>;
