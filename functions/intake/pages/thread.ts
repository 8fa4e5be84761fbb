import { html } from 'hono/html';
import type { Language } from '../../../shared/i18n/languages';
import { dayIn } from '../../../shared/i18n/moments';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { strong, wordsFor } from './words';

/**
 * A case's conversation, oldest first, for the page of `reader`: each
 * message with who wrote it (as the reader would say it) and its day, in
 * the one style per language every page and email writes days in
 * (`shared/i18n/moments.ts`). An
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
