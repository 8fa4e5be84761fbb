import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { appWithFakes, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';

/** The status page of an escalated case whose conversation is `messages`, read in `language`. */
async function statusPageWith(messages: ThreadMessage[], language: string, reportLanguage?: string) {
  const { app, store } = appWithFakes({ threads: fixedThread(messages) });
  const { caseCode } = await (await app.request('/feedback', json({ text: 'La prensa 4 pierde aceite' }))).json();
  const [record] = [...store.cases.values()];
  record!.status = 'escalated';
  // As analysis stores it: the language the report was read in.
  if (reportLanguage) record!.analysis = { language: reportLanguage } as NonNullable<typeof record>['analysis'];
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
    expect(page).toContain('La persona de la dirección lo escribió en inglés.');
    expect(page).toContain('<p class="text" lang="en" dir="auto">Thank you for telling us.');
    // The employee's own answer, in the page's language, is not labelled.
    expect(page.match(/lo escribió en/g)).toHaveLength(1);
    // Not the sponsors' sentence about the employee's text.
    expect(page).not.toContain('Escrito en');
  });

  it("Should say nothing of a sponsor message in the page's own language", async () => {
    const page = await statusPageWith(
      [message(1, 'sponsor', 'Gracias por avisarnos. ¿Qué prensa pierde aceite y desde cuándo?')],
      'es',
    );
    expect(page).not.toContain('lo escribió en');
    expect(page).not.toContain('class="text" lang=');
  });

  it('Should name it in French on a French page', async () => {
    const page = await statusPageWith(
      [message(1, 'sponsor', 'Gracias por avisarnos. ¿Qué prensa pierde aceite y desde cuándo?')],
      'fr',
    );
    expect(page).toContain('La direction l’a écrit en espagnol.');
    expect(page).not.toContain('Écrit en espagnol.');
  });

  // Newcomer walk-through (round 15): on a French page, the employee writing in Spanish read "Écrit en espagnol."
  // under the sponsor's Spanish answer to them: they know, they wrote in it.
  it('Should say nothing of a sponsor message in a language the employee writes in, though not the page’s', async () => {
    const page = await statusPageWith(
      [
        message(1, 'sponsor', 'Gracias. ¿Desde cuándo está bloqueada la salida? Voy a mandar a alguien hoy mismo.'),
        message(2, 'employee', 'Desde el lunes. Nadie hace nada y hay cajas en la otra salida.'),
      ],
      'fr',
    );
    expect(page).not.toMatch(/écrit en|Écrit en/);
    // Still marked for a screen reader, which reads it in Spanish.
    expect(page).toContain('<p class="text" lang="es" dir="auto">Gracias.');
  });

  it('Should say nothing of a sponsor message in the language the report was written in, before any answer', async () => {
    const spanishAnswer = [message(1, 'sponsor', 'Gracias por avisarnos. ¿Qué prensa pierde aceite y desde cuándo?')];
    expect(await statusPageWith(spanishAnswer, 'fr', 'es')).not.toMatch(/écrit en/i);
    // Another language than the report's and the page's: named.
    expect(await statusPageWith(spanishAnswer, 'fr', 'en')).toContain('La direction l’a écrit en espagnol.');
  });
});
