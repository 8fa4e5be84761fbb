import { html } from 'hono/html';
import { dayInWords as dayInWordsWithWeekday } from '../../../shared/email/conversation-email';
import type { ThreadMessage } from '../../../shared/ports/case-thread';

/** "2 December 2026": the finest time a conversation keeps. */
export const dayInWords = (day: string): string => dayInWordsWithWeekday(day, { weekday: false });

const WHO: Record<'sponsor' | 'employee', Record<ThreadMessage['from'], string>> = {
  sponsor: { sponsor: 'You', employee: 'The employee' },
  employee: { sponsor: 'The senior leader', employee: 'You' },
};

/**
 * A case's conversation, oldest first, for the page of `reader`: each
 * message with who wrote it (as the reader would say it) and its day. An
 * ordered list, so a screen reader announces how many there are.
 */
export function threadList(
  messages: readonly Pick<ThreadMessage, 'from' | 'text' | 'day'>[],
  reader: 'sponsor' | 'employee',
) {
  if (!messages.length) return html`<p class="hint">No messages yet.</p>`;
  return html`<ol class="thread">
${messages.map(
  (m) =>
    html`<li class="message from-${m.from}"><p class="meta"><strong>${WHO[reader][m.from]}</strong>${m.day ? html`, ${dayInWords(m.day)}` : ''}</p><p class="text">${m.text}</p></li>`,
)}
</ol>`;
}
