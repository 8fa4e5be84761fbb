import { describe, expect, it } from 'vitest';
import { appWithFakes, fixedClock } from '../../support/fixtures';
import { inspectableRateState, repliesOf, signedTwilioRequest, smsChannel, twilioFields } from '../../support/sms';

/*
 * sms51 (after newcomer nb51, 2026-12-07, finding 2): "I'm the only … on nights" typed in the web form or at the kiosk
 * is named by the preview and the employee chooses; texted by SMS it got "Thank you. Your case code is …" and went on
 * as written. What the texter now notices: a new report whose words may show who they are is not filed; the reply
 * names the words, how to send it as it is (SEND, ENVIAR, ENVOYER) and how to change it; SEND files it as written,
 * a new report takes its place. What reads urgent is filed at once, as before. On the tree before, every report here
 * was filed at once.
 */

/** The intake with its SMS channel: `text(body)` is one phone, `reports()` the reports filed (their words). */
function phone(from = '+15557340982') {
  const clock = fixedClock();
  const { rateState } = inspectableRateState(clock);
  const env = appWithFakes({ clock, sms: smsChannel(clock), rateState });
  const text = async (body: string, sid?: string) =>
    (
      await repliesOf(
        await env.app.request(
          '/sms/twilio',
          signedTwilioRequest(twilioFields({ Body: body, From: from, ...(sid ? { MessageSid: sid } : {}) })),
        ),
      )
    ).join(' ');
  const reports = () =>
    (env.queue.messages as { threadAnswer?: boolean; text?: string }[])
      .filter((m) => !m.threadAnswer && typeof m.text === 'string')
      .map((m) => m.text);
  return { ...env, text, reports };
}

/** Without accents: a reply too long for two texts with them is sent without ("la unica cajera"). */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

// Tuned: the newcomer's class, in the words the preview already names.
const tuned: [string, string, RegExp][] = [
  [
    "I'm the only cashier on the night shift and the canteen always closes before my break",
    'the only cashier on the night shift',
    /To send it as it is, text SEND/,
  ],
  [
    'soy la única cajera del turno de noche y la máquina de café nunca funciona',
    'la única cajera del turno de noche',
    /ENVIAR/,
  ],
  ['je suis le seul cariste de nuit et la cantine ferme trop tôt', 'le seul cariste de nuit', /ENVOYER/],
];
// Held back: other words, other jobs, Portuguese (answered in the site's language).
const heldBack: [string, string][] = [
  ['As the only night nurse on ward 3 I never get a proper lunch break', 'the only night nurse on ward'],
  ['I have worked here 23 years and my hourly rate is still 17.85', 'my hourly rate is still 17.85'],
  ['sou a única soldadora do turno da noite e a cantina fecha cedo', 'a única soldadora do turno da noite'],
];
// Calm look-alikes, and urgent reports that single out their writer: filed at once, as before.
const filedAtOnce = [
  'The canteen fridge is broken again',
  'the parking lot lights are out again',
  "I'm the only pregnant welder on nights and they still put me in the fume booth",
  'URGENT the only forklift driver on nights says the fire exit is chained shut',
];

describe('a new report by SMS that may show who wrote it', () => {
  it.each(tuned)('Should hold %j, name the words and say how to send or change it', async (body, words, send) => {
    const { text, reports } = phone();
    const reply = await text(body);
    expect(plain(reply)).toContain(plain(words));
    expect(reply).toMatch(send);
    expect(reply).not.toMatch(/case code|código de caso|code de cas/i);
    expect(reports()).toEqual([]);
  });

  it.each(heldBack)('Should hold %j too', async (body, words) => {
    const { text, reports } = phone();
    expect(plain(await text(body))).toContain(plain(words));
    expect(reports()).toEqual([]);
  });

  it.each(filedAtOnce)('Should file %j at once, as before', async (body) => {
    const { text, reports } = phone();
    expect(await text(body)).toMatch(/case code|is marked urgent|urgent/i);
    expect(reports()).toHaveLength(1);
  });

  it('Should file the held report as written on SEND, once, and say nothing is waiting after', async () => {
    const { text, reports } = phone();
    await text(tuned[0]![0]);
    const sid = `SM${'7'.repeat(32)}`;
    expect(await text('SEND', sid)).toContain('Your case code is');
    expect(reports()).toEqual([tuned[0]![0]]);
    // Twilio's retry of the same SEND files nothing more.
    await text('SEND', sid);
    expect(reports()).toEqual([tuned[0]![0]]);
    expect(await text('send')).toContain('No report is waiting to be sent');
    expect(reports()).toEqual([tuned[0]![0]]);
  });

  it('Should take ENVIAR in Spanish, and let a changed report take the held one’s place', async () => {
    const es = phone();
    await es.text(tuned[1]![0]);
    expect(await es.text('ENVIAR')).toContain('Su código de caso es');
    expect(es.reports()).toEqual([tuned[1]![0]]);
    expect(await es.text('ENVIAR')).toContain('Ningún reporte espera a ser enviado');
    expect(es.reports()).toEqual([tuned[1]![0]]);

    const { text, reports } = phone('+15557340999');
    await text(tuned[0]![0]);
    expect(await text('The break room microwave has been broken for weeks')).toContain('Your case code is');
    expect(await text('SEND')).toContain('No report is waiting to be sent');
    expect(reports()).toEqual(['The break room microwave has been broken for weeks']);
  });

  it('Should keep two numbers’ held reports apart', async () => {
    const a = phone('+15557340982');
    await a.text(tuned[0]![0]);
    const b = phone('+15557340983');
    expect(await b.text('SEND')).toContain('No report is waiting to be sent');
  });
});
