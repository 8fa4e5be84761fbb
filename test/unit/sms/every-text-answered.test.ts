import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

/** The emergency line that follows every refusal of a report, in English, French or Spanish. */
const DANGER = expect.stringMatching(/danger|peligro/);

// Texts that were answered with nothing useful: "BAJA" or "ARRÊT" (a Spanish or French speaker trying to
// stop; carriers act on STOP alone) was kept as feedback and answered with a case code, and a text holding
// only a site tag or MGMT was told it was empty. Each is now told, in its language, what happened and what
// to do; nothing of them is kept.

describe('every text is answered, in the texter’s words', () => {
  it.each([
    ['BAJA', 'No se guardó nada. Para dejar de recibir mensajes de este número, responda STOP.'],
    ['Parar.', 'No se guardó nada. Para dejar de recibir mensajes de este número, responda STOP.'],
    ['arrêt', 'Rien n’a été enregistré. Pour ne plus recevoir de messages de ce numéro, répondez STOP.'],
    ['ARRET', 'Rien n’a été enregistré. Pour ne plus recevoir de messages de ce numéro, répondez STOP.'],
  ])('Should tell someone texting %s that STOP is the word, and keep nothing', async (body, reply) => {
    const { text, store, queue } = smsTestApp();
    expect(await text(body)).toEqual([reply.replace(/’/g, "'")]);
    expect(store.cases.size).toBe(0);
    expect(queue.messages).toHaveLength(0);
  });

  it('Should keep carriers’ STOP unanswered, and a sentence that merely starts with a stop word as feedback', async () => {
    const { text, store } = smsTestApp();
    expect(await text('STOP')).toEqual([]);
    expect((await text('Baja la calefacción del almacén, por favor'))[0]).toMatch(/^Gracias\. Su código de caso es/);
    expect(store.cases.size).toBe(1);
  });

  it.each([
    ['#plant2', 'Nothing was saved: write your feedback after #plant2, in the same message.'],
    ['MGMT', 'Nothing was saved: write your feedback after MGMT, in the same message.'],
    ['#plant2 MGMT', 'Nothing was saved: write your feedback after #plant2 MGMT, in the same message.'],
  ])('Should tell a text holding only %s that nothing followed it', async (body, reply) => {
    const { text, store } = smsTestApp();
    expect(await text(body)).toEqual([reply, DANGER]);
    expect(store.cases.size).toBe(0);
  });

  it('Should still call an empty text empty, and a tag with URGENT alone a request to say what is happening', async () => {
    const { text } = smsTestApp();
    expect(await text('   ')).toEqual([
      'Your message was empty. Text your feedback in words; it is anonymous. Reply HELP for help.',
      DANGER,
    ]);
    expect(await text('#plant2 URGENT')).toEqual([
      'To mark feedback urgent, text URGENT followed by what is happening, in one message.',
      DANGER,
    ]);
  });

  it('Should keep a text of emoji or other scripts, and answer it with its code', async () => {
    const { text, queue } = smsTestApp();
    for (const body of ['👍👍', '残業が多すぎます', '😤 demasiadas horas extra sin pago']) {
      const replies = await text(body);
      expect(replies[0]).toMatch(/[A-Z0-9]{5}-[A-Z0-9]{5}/);
    }
    expect(queue.messages.map((m) => m.text)).toEqual([
      '👍👍',
      '残業が多すぎます',
      '😤 demasiadas horas extra sin pago',
    ]);
  });
});
