import type { ThreadMessage } from '../../shared/ports/case-thread';

/** A message of a case's conversation, with the language it was written in when it can be told. */
export type MessageWithLanguage = Pick<ThreadMessage, 'from' | 'text' | 'day' | 'waiting'> & { language?: string };

/**
 * The conversation's messages, and the sponsor's published response, with
 * the language each was written in, as the offline detector tells it
 * (nothing when it cannot be told with confidence): the status page marks
 * each with its own `lang`, so a screen reader reads an Arabic answer on an
 * English page in Arabic, and names the language of a sponsor's message
 * written in another language than the page's. The detector is loaded only
 * for a page with such a text, so a status page without one (most of them)
 * costs no more at a cold start.
 */
export async function withTextLanguages<
  V extends { messages?: readonly Pick<ThreadMessage, 'from' | 'text' | 'day' | 'waiting'>[]; response?: string },
>(view: V): Promise<V & { messages?: readonly MessageWithLanguage[]; responseLanguage?: string }> {
  const messages = view.messages ?? [];
  if (!messages.length && !view.response) return view;
  const { detectLanguage } = await import('../../shared/analysis/language');
  const told = (text: string) => {
    const language = oneLanguageOf(text, detectLanguage);
    return language === 'und' ? undefined : language;
  };
  const responseLanguage = view.response ? told(view.response) : undefined;
  return {
    ...view,
    ...(view.messages ? { messages: messages.map((m) => ({ ...m, ...optional(told(m.text)) })) } : {}),
    ...(responseLanguage ? { responseLanguage } : {}),
  };
}

const optional = (language: string | undefined) => (language && language !== 'und' ? { language } : {});

/** A sentence long enough for the detector to tell its language on its own (a word or two it cannot). */
const TELLING_LETTERS = 20;

/**
 * The language a whole text is written in, or 'und' when it is not clearly one: a Spanish message with
 * an English sentence in it is no more "written in English" than in Spanish, so it is named in neither
 * (and marked with no `lang`). Each sentence long enough to tell is read alone, and all must agree.
 */
export function oneLanguageOf(text: string, detectLanguage: (text: string) => string): string {
  const whole = detectLanguage(text);
  if (whole === 'und') return whole;
  const sentences = text
    .split(/[.!?;:\n\u3002\uff01\uff1f\u061f]+/u)
    .filter((s) => (s.match(/\p{L}/gu)?.length ?? 0) >= TELLING_LETTERS);
  if (sentences.length < 2) return whole;
  for (const sentence of sentences) {
    const language = detectLanguage(sentence);
    if (language !== 'und' && language !== whole) return 'und';
  }
  return whole;
}

/** A sponsor's view of a conversation, each message with the language it was written in when it can be told. */
export async function withMessageLanguages<M extends { text: string }>(
  messages: readonly M[],
): Promise<(M & { language?: string })[]>;
export async function withMessageLanguages<M extends { text: string }>(
  messages: readonly M[] | undefined,
): Promise<(M & { language?: string })[] | undefined>;
export async function withMessageLanguages<M extends { text: string }>(
  messages: readonly M[] | undefined,
): Promise<(M & { language?: string })[] | undefined> {
  if (!messages?.length) return messages && [];
  const { detectLanguage } = await import('../../shared/analysis/language');
  return messages.map((m) => ({ ...m, ...optional(oneLanguageOf(m.text, detectLanguage)) }));
}
