import { en } from '../../shared/i18n/catalogues';
import { formatMessage } from '../../shared/i18n/message-format';

/**
 * What a person sees of a page, and English left in it: for tests that
 * render a page in another language and must find none.
 */

/** The text a reader meets: the title, the body's text, and the labels and messages kept in attributes. */
export function visibleText(page: string): string {
  const attributes = [
    ...page.matchAll(/\s(?:aria-label|title|placeholder|alt|data-copied|data-copy-failed)="([^"]*)"/g),
  ].map((m) => m[1]);
  const text = page
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decode(`${text} ${attributes.join(' ')}`)
    .replace(/[ \t\r\n]+/g, ' ') // no-break spaces kept: languages write numbers with them
    .trim();
}

const decode = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Words common in English sentences that no Spanish or French sentence uses. */
const ENGLISH_WORDS = new Set(
  'the and your you with please this what will have has been from which there here when would could should send sent our not was were it its of to for is are by be we can do does'.split(
    ' ',
  ),
);

/** Each web message in English, its parameters left out, split at them: the runs of words a translation must not keep. */
const ENGLISH_SENTENCES = Object.entries(en.messages)
  .filter(([key]) => key.startsWith('web.'))
  .flatMap(([, template]) => formatMessage('en', template, {}).split(/\{\w+\}|[.:;!?()]/))
  .map((piece) => piece.trim())
  .filter((piece) => piece.split(/\s+/).length >= 3);

/**
 * English found on a page that should have none: whole English phrases of
 * the catalogue, and English words, once the words the page rightly shows
 * as given (the employee's own text, the installation's names, codes) are
 * taken out.
 */
export function englishIn(page: string, asGiven: readonly string[]): string[] {
  let text = visibleText(page);
  for (const given of [...asGiven].sort((a, b) => b.length - a.length)) text = text.split(given).join(' ');
  const phrases = ENGLISH_SENTENCES.filter((sentence) => text.includes(sentence));
  const words = (text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word));
  return [...phrases, ...new Set(words)];
}
