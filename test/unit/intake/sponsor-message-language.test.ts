import { describe, expect, it } from 'vitest';
import type { CaseThread, ThreadMessage } from '../../../shared/ports/case-thread';
import { appWithFakes, json } from '../../support/fixtures';

/** A conversation that holds these messages: all the status page reads of it. */
function threadOf(messages: ThreadMessage[]): CaseThread {
  return {
    append: async () => undefined,
    list: async () => messages,
    summary: async () => ({ messages: messages.length, newForSponsor: false, newForEmployee: false }),
    markRead: async () => {},
    setDeadline: async () => {},
    markUrgent: async () => {},
    close: async () => {},
    reopen: async () => {},
    deadlinePassed: async () => {},
    clearDeadline: async () => {},
    waiting: async () => [],
    placeWaiting: async () => ({ placed: 0, failed: 0 }),
  };
}

/** The status page of an escalated case whose conversation is `messages`, read in `language`. */
async function statusPageWith(messages: ThreadMessage[], language: string) {
  const { app, store } = appWithFakes({ threads: threadOf(messages) });
  const { caseCode } = await (await app.request('/feedback', json({ text: 'La prensa 4 pierde aceite' }))).json();
  const [record] = [...store.cases.values()];
  record!.status = 'escalated';
  return (
    await app.request(`/status/${caseCode}`, { headers: { accept: 'text/html', 'accept-language': language } })
  ).text();
}

const message = (seq: number, from: ThreadMessage['from'], text: string): ThreadMessage => ({
  seq,
  from,
  text,
  day: '2026-11-19',
});

describe("the sponsor's messages on the status page, in another language than the page's", () => {
  it('Should name the language of a sponsor message written in another, in the words of the page', async () => {
    const page = await statusPageWith(
      [
        message(1, 'sponsor', 'Thank you for telling us. Which press is leaking, and since when has it been leaking?'),
        message(2, 'employee', 'La prensa 4, desde el lunes.'),
      ],
      'es',
    );
    expect(page).toContain('Escrito en inglés.');
    expect(page).toContain('<p class="text" lang="en" dir="auto">Thank you for telling us.');
    // The employee's own answer, in the page's language, is not labelled.
    expect(page.match(/Escrito en/g)).toHaveLength(1);
  });

  it("Should say nothing of a sponsor message in the page's own language", async () => {
    const page = await statusPageWith(
      [message(1, 'sponsor', 'Gracias por avisarnos. ¿Qué prensa pierde aceite y desde cuándo?')],
      'es',
    );
    expect(page).not.toContain('Escrito en');
    expect(page).not.toContain('class="text" lang=');
  });

  it('Should name it in French on a French page', async () => {
    const page = await statusPageWith(
      [message(1, 'sponsor', 'Gracias por avisarnos. ¿Qué prensa pierde aceite y desde cuándo?')],
      'fr',
    );
    expect(page).toContain('Écrit en espagnol.');
  });
});
