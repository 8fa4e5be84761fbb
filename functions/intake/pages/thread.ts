import { html } from 'hono/html';
import type { Language } from '../../../shared/i18n/languages';
import { dayIn } from '../../../shared/i18n/moments';
import type { MessageWithLanguage } from '../sponsor-message-languages';
import { localPlaceholders } from './placeholders';
import { strong, wordsFor } from './words';

/**
 * A case's conversation, oldest first, for the page of `reader`: each
 * message with who wrote it (as the reader would say it) and its day, in
 * the one style per language every page and email writes days in
 * (`shared/i18n/moments.ts`). An
 * ordered list, so a screen reader announces how many there are.
 */
export function threadList(
  messages: readonly MessageWithLanguage[],
  reader: 'sponsor' | 'employee',
  language: Language = 'en',
  /** The languages the employee wrote their report in, besides their messages here (the employee's page). */
  options: { employeeLanguages?: readonly string[] } = {},
) {
  const { t, h } = wordsFor(language);
  if (!messages.length) return html`<p class="hint">${t('web.thread.none')}</p>`;
  // The languages the employee writes in: a sponsor who answers in one of them is read without a word about it.
  const employeeWrites = new Set(
    [
      ...messages.filter((m) => m.from === 'employee').map((m) => m.language),
      ...(options.employeeLanguages ?? []),
    ].filter(Boolean),
  );
  return html`<ol class="thread">
${messages.map((m) => {
  const who = t('web.thread.who', { from: m.from, reader });
  // Written in another language than the page's: marked for screen readers (whoever wrote it).
  const other = m.language && m.language !== language ? m.language : undefined;
  // Placeholders in the page's words ("[NOM]"), as the preview showed them before sending.
  const shown = localPlaceholders(language, m.text);
  const text = other
    ? html`<p class="text" lang="${other}" dir="auto">${shown}</p>`
    : html`<p class="text" dir="auto">${shown}</p>`;
  // A sponsor's message is named on the employee's page only where that tells them something: written in a
  // language that is neither the page's nor one they write in themselves (a Spanish answer to their Spanish
  // message, on a French page, needs no note), in the employee's words, saying who wrote it that way ("The
  // senior leader wrote this in English."), not the sponsors' "Written in Spanish." about the employee's text.
  const writtenIn =
    other && m.from === 'sponsor' && reader === 'employee' && !employeeWrites.has(other)
      ? html`<p class="hint written-in">${t('web.thread.sponsorWroteIn', { language: languageNameIn(language, other) })}</p>`
      : '';
  // The employee's answer not yet with the sponsor: it reaches them when its hour is over (`ThreadMessage.waiting`).
  const waiting = m.waiting ? html`<p class="hint waiting">${t('web.thread.waiting')}</p>` : '';
  return html`<li class="message from-${m.from}"><p class="meta">${m.day ? h('web.thread.meta', { who: strong(who), day: dayIn(language, m.day) }) : html`<strong>${who}</strong>`}</p>${text}${writtenIn}${waiting}</li>`;
})}
</ol>`;
}

/** A language's name in the reader's language ("inglés", "anglais"); its code when Intl has no name for it. */
function languageNameIn(reader: Language, code: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
