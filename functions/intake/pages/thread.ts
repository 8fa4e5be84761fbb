import { html } from 'hono/html';
import { dayInWords as dayInWordsWithWeekday } from '../../../shared/email/conversation-email';
import type { Language } from '../../../shared/i18n/languages';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { strong, wordsFor } from './words';

/** "2 December 2026": the finest time a conversation keeps. */
export const dayInWords = (day: string): string => dayInWordsWithWeekday(day, { weekday: false });

/** A `YYYY-MM-DD` day as `language` writes it ("2 December 2026", "2 de diciembre de 2026", "2 décembre 2026"). */
export function dayIn(language: Language, day: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  // British order for English: day, month, year, as the emails write it.
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * A case's conversation, oldest first, for the page of `reader`: each
 * message with who wrote it (as the reader would say it) and its day. An
 * ordered list, so a screen reader announces how many there are.
 */
export function threadList(
  messages: readonly Pick<ThreadMessage, 'from' | 'text' | 'day'>[],
  reader: 'sponsor' | 'employee',
  language: Language = 'en',
) {
  const { t, h } = wordsFor(language);
  if (!messages.length) return html`<p class="hint">${t('web.thread.none')}</p>`;
  return html`<ol class="thread">
${messages.map((m) => {
  const who = t('web.thread.who', { from: m.from, reader });
  return html`<li class="message from-${m.from}"><p class="meta">${m.day ? h('web.thread.meta', { who: strong(who), day: dayIn(language, m.day) }) : html`<strong>${who}</strong>`}</p><p class="text">${m.text}</p></li>`;
})}
</ol>`;
}
