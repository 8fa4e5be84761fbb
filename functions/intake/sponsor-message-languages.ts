import type { ThreadMessage } from '../../shared/ports/case-thread';

/** A message of a case's conversation, with the language it was written in when the sponsor wrote it and it can be told. */
export type MessageWithLanguage = Pick<ThreadMessage, 'from' | 'text' | 'day' | 'waiting'> & { language?: string };

/**
 * The conversation's messages with the language each sponsor's message was
 * written in, as the offline detector tells it (nothing when it cannot be
 * told with confidence): the status page names it beside a message written
 * in another language than the page's. The detector is loaded only for a
 * conversation that has a sponsor's message, so a status page without one
 * (most of them) costs no more at a cold start.
 */
export async function withSponsorLanguages(
  messages: readonly Pick<ThreadMessage, 'from' | 'text' | 'day' | 'waiting'>[],
): Promise<MessageWithLanguage[]> {
  if (!messages.some((m) => m.from === 'sponsor')) return [...messages];
  const { detectLanguage } = await import('../../shared/analysis/language');
  return messages.map((m) => {
    if (m.from !== 'sponsor') return m;
    const language = detectLanguage(m.text);
    return language === 'und' ? m : { ...m, language };
  });
}
