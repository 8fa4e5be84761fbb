import { describe, expect, it } from 'vitest';
import { codeIn } from '../support/sms';
import { useConversationStack } from '../support/conversation-stack';

/**
 * sms51 (after newcomer nb51, 2026-12-07): a new report texted with words the web form's preview names ("I'm the only
 * cashier on the night shift …") got "Thank you. Your case code is …" and went on as written; the web form and the
 * kiosk had named the words first. Now it is kept for the hour, not filed, and the reply names the words, how to send
 * it as it is (SEND) and how to change it; SEND files it as written; a new report takes its place. sms56: the reply
 * carries the time it is sent as it is and the emergency line, and the stack files it then by itself. On the running
 * stack (Twilio's signed webhook, the queues).
 */
describe('a new report by SMS that may show who wrote it', () => {
  const { text, employeeView, clock } = useConversationStack();
  const held = "I'm the only cashier on the night shift and the canteen always closes before my break";

  it('Should keep it, name the words, and file it as written on SEND', async () => {
    const reply = (await text(held)).join('\n');
    expect(reply).toContain('Not sent yet: your report says "the only cashier on the night shift"');
    expect(reply).toContain('To send it as it is, text SEND');
    // sms56: the time it goes as it is if nothing is done, and the emergency line (it may be urgent after all).
    expect(reply).toMatch(/If you do nothing, it will be sent as it is by \d\d:\d\d/);
    expect(reply).toContain('call 911');
    expect(reply).not.toContain('case code');

    const sent = (await text('SEND')).join('\n');
    expect(sent).toContain('Your case code is');
    const code = codeIn(sent);
    expect((await employeeView(code)).status).toBeTruthy();

    // Nothing is kept any more: SEND again says so, and files nothing.
    expect((await text('SEND')).join('\n')).toContain('No report is waiting to be sent');
  }, 240_000);

  it('Should file a changed report as any other, and let the kept one go', async () => {
    expect(
      (await text('soy la única cajera del turno de noche y la máquina de café nunca funciona')).join('\n'),
    ).toMatch(/ENVIAR/);
    const changed = (await text('La máquina de café del turno de noche nunca funciona')).join('\n');
    expect(changed).toContain('Su código de caso es');
    expect((await text('ENVIAR')).join('\n')).toContain('Ningún reporte espera a ser enviado');
  }, 240_000);

  it('Should file a held report by itself once its time is up, the texter doing nothing (sms56)', async () => {
    await text("I'm the only cashier on the night shift and the vending machine ate my coins again");
    // Forty-five minutes on the stack's clock; the stack files what is due once a minute.
    clock.set('2026-11-18T15:45:00Z');
    await new Promise((resolve) => setTimeout(resolve, 65_000));
    // Filed already, by the stack: SEND finds nothing waiting (it would have filed it, and said its case code).
    expect((await text('SEND')).join('\n')).toContain('No report is waiting to be sent');
  }, 240_000);
});
