import { describe, expect, it } from 'vitest';
import { fileDueHeldReports } from '../../../shared/use-cases/report-singles-out';
import { appWithFakes, fixedClock } from '../../support/fixtures';
import { inspectableRateState, repliesOf, signedTwilioRequest, smsChannel, twilioFields } from '../../support/sms';

/*
 * sms51, then sms56 (after newcomer nb51's finding 2 and a read-only review of sms51, 2026-12-07/08): "I'm the only
 * … on nights" typed in the web form or at the kiosk is named by the preview and the employee chooses; texted by SMS
 * it got "Thank you. Your case code is …" and went on as written. sms51 held such a report, but a report the detector
 * read calm could wait with no emergency line and be forgotten unfiled after the hour, SEND could file an older
 * version, and "URGENT SEND" was filed as a report holding "SEND". What the texter now notices: the report is held,
 * the reply names the words, says how to send or change it, gives the time it is sent as it is if they do nothing,
 * and carries the emergency line; at that time it is filed as written; SEND files the latest held report only; SEND
 * with nothing held files nothing; a new report says it replaces the held one. What reads urgent is filed at once.
 */

/** The intake with its SMS channel: `text(body)` is one phone, `reports()` the reports filed (their words). */
function phone(from = '+15557340982', at = '2026-11-18T15:30:00Z') {
  const clock = fixedClock(at);
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
  const filed = () =>
    (env.queue.messages as { threadAnswer?: boolean; text?: string; escalate?: boolean }[]).filter(
      (m) => !m.threadAnswer && typeof m.text === 'string',
    );
  const reports = () => filed().map((m) => m.text);
  /** The sweep's step (every minute locally, every ten minutes on AWS), then the hours' keys forgotten. */
  const sweep = async () => {
    const result = await fileDueHeldReports(env.deps);
    await rateState.forgetEndedWindows();
    return result;
  };
  return { ...env, clock, rateState, text, filed, reports, sweep };
}

/** Without accents: a reply too long for two texts with them is sent without ("la unica cajera"). */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const EMERGENCY = /911/;

// Tuned: the newcomer's class, in the words the preview already names (en es fr, answered in their language).
const tuned: [string, string, RegExp][] = [
  [
    "I'm the only cashier on the night shift and the canteen always closes before my break",
    'the only cashier on the night shift',
    /If you do nothing, it will be sent as it is by 10:20/,
  ],
  [
    'soy la única cajera del turno de noche y la máquina de café nunca funciona',
    'la única cajera del turno de noche',
    /Si no hace nada, se enviar[aá] tal cual a m[aá]s tardar a las 10:20/,
  ],
  [
    'je suis le seul cariste de nuit et la cantine ferme trop tôt',
    'le seul cariste de nuit',
    /il sera envoy[eé] tel quel au plus tard [aà] 10:20/,
  ],
];
// Held back (written before the change, never tuned on): other jobs and words, pt de pl it.
const heldBack: [string, string][] = [
  ['As the only night nurse on ward 3 I never get a proper lunch break', 'the only night nurse on ward'],
  ['sou a única soldadora do turno da noite e a cantina fecha cedo', 'a única soldadora do turno da noite'],
  ['Als einzige Staplerfahrerin in der Nachtschicht bekomme ich nie eine richtige Pause', 'einzige Staplerfahrerin'],
  ['jestem jedyną spawaczką na nocnej zmianie i stołówka zawsze jest zamknięta', 'jedyną spawaczką'],
  ["sono l'unica carrellista del turno di notte e la mensa chiude sempre prima", "l'unica carrellista"],
];
// Calm look-alikes, and urgent reports that single out their writer: filed at once, as before.
const filedAtOnce = [
  'The canteen fridge is broken again',
  'the parking lot lights are out again',
  "I'm the only pregnant welder on nights and they still put me in the fume booth",
  'URGENT the only forklift driver on nights says the fire exit is chained shut',
  "HELP!!! I'm the only cashier on the night shift and a man is following me to my car",
];

describe('a new report by SMS that may show who wrote it', () => {
  it.each(tuned)(
    'Should hold %j, name the words, the time it goes anyway, and the emergency line',
    async (body, words, by) => {
      const { text, reports } = phone();
      const reply = await text(body);
      expect(plain(reply)).toContain(plain(words));
      expect(plain(reply)).toMatch(by);
      expect(reply).toMatch(EMERGENCY);
      expect(reply).not.toMatch(/case code|código de caso|code de cas/i);
      expect(reports()).toEqual([]);
    },
  );

  it.each(heldBack)('Should hold %j too, with the emergency line', async (body, words) => {
    const { text, reports } = phone();
    const reply = await text(body);
    expect(plain(reply)).toContain(plain(words));
    expect(reply).toMatch(EMERGENCY);
    expect(reports()).toEqual([]);
  });

  it.each(filedAtOnce)('Should file %j at once, as before', async (body) => {
    const { text, reports } = phone();
    expect(await text(body)).toMatch(/case code|is marked urgent|urgent/i);
    expect(reports()).toHaveLength(1);
  });

  it('Should never hold details texted after an urgent report', async () => {
    const { text, reports } = phone();
    await text('URGENT the fire exit at the north gate is chained shut');
    await text("I'm the only cashier on the night shift and I saw it at 10pm");
    expect(reports()).toHaveLength(1);
    expect(await text('SEND')).toContain('No report is waiting to be sent');
  });
});

describe('a held report is never lost', () => {
  it('Should be filed as written when its time is up and the texter did nothing, once', async () => {
    const { text, reports, sweep, clock } = phone();
    await text(tuned[0]![0]);
    // The organisation's clock (America/Chicago here): 15:30 UTC is 9:30, sent by 10:20.
    // Ten minutes on, the sweep leaves it: the texter may still send or change it.
    clock.set('2026-11-18T15:40:00Z');
    expect(await sweep()).toEqual({ filed: 0, failed: 0 });
    expect(reports()).toEqual([]);
    clock.set('2026-11-18T16:10:00Z');
    expect(await sweep()).toEqual({ filed: 1, failed: 0 });
    expect(reports()).toEqual([tuned[0]![0]]);
    // Nothing is waiting any more, and no later sweep files it again.
    expect(await text('SEND')).toContain('No report is waiting to be sent');
    clock.set('2026-11-18T18:30:00Z');
    await sweep();
    expect(reports()).toEqual([tuned[0]![0]]);
  });

  it('Should be filed before its hour’s key is forgotten, held in the last second of an hour', async () => {
    const { text, reports, sweep, clock } = phone('+15557340982', '2026-11-18T15:59:59Z');
    await text(tuned[1]![0]);
    clock.set('2026-11-18T16:40:00Z');
    await sweep();
    expect(reports()).toEqual([tuned[1]![0]]);
  });

  it('Should be filed by a sweep that runs late, while its hour’s key is still kept', async () => {
    const { text, reports, sweep, clock } = phone('+15557340982', '2026-11-18T15:59:00Z');
    await text(tuned[2]![0]);
    clock.set('2026-11-18T16:55:00Z');
    expect((await sweep()).filed).toBe(1);
    expect(reports()).toEqual([tuned[2]![0]]);
  });
});

describe('SEND', () => {
  it('Should file the held report as written, once, and say nothing is waiting after', async () => {
    const { text, reports, sweep, clock } = phone();
    await text(tuned[0]![0]);
    const sid = `SM${'7'.repeat(32)}`;
    const sent = await text('SEND', sid);
    expect(sent).toContain('Your case code is');
    expect(reports()).toEqual([tuned[0]![0]]);
    // Twilio's retry of the same SEND files nothing, and is answered with the same case.
    expect(await text('SEND', sid)).toBe(sent);
    expect(reports()).toEqual([tuned[0]![0]]);
    expect(await text(' send ')).toContain('No report is waiting to be sent');
    clock.set('2026-11-18T17:00:00Z');
    await sweep();
    expect(reports()).toEqual([tuned[0]![0]]);
  });

  it('Should file the latest report held across the hour’s turn, and never the older one after', async () => {
    const { text, reports, sweep, clock } = phone('+15557340982', '2026-11-18T15:50:00Z');
    await text(tuned[0]![0]);
    clock.set('2026-11-18T16:05:00Z');
    const changed = 'As the only cashier on nights I never get my break before the canteen closes';
    expect(await text(changed)).toContain('It takes the place of the report that was waiting');
    expect(await text('SEND')).toContain('Your case code is');
    expect(reports()).toEqual([changed]);
    expect(await text('SEND')).toContain('No report is waiting to be sent');
    expect(reports()).toEqual([changed]);
    clock.set('2026-11-18T17:30:00Z');
    await sweep();
    expect(reports()).toEqual([changed]);
  });

  it('Should never file SEND itself: URGENT SEND with nothing held says so, with the emergency line', async () => {
    const { text, reports } = phone();
    const reply = await text('URGENT SEND');
    expect(reply).toContain('No report is waiting to be sent');
    expect(reply).toMatch(EMERGENCY);
    expect(await text('SEND')).toContain('No report is waiting to be sent');
    expect(await text('Send.')).toContain('No report is waiting to be sent');
    expect(reports()).toEqual([]);
  });

  it('Should send the held report as urgent on URGENT SEND', async () => {
    const { text, filed } = phone();
    await text(tuned[0]![0]);
    expect(await text('URGENT SEND')).toMatch(/urgent/i);
    expect(filed().map((m) => [m.text, m.escalate])).toEqual([[tuned[0]![0], true]]);
  });

  it('Should take ENVIAR in Spanish, and ENVOYER with nothing held files nothing', async () => {
    const es = phone();
    await es.text(tuned[1]![0]);
    expect(await es.text('ENVIAR')).toContain('Su código de caso es');
    expect(es.reports()).toEqual([tuned[1]![0]]);
    expect(await es.text('ENVIAR')).toContain('Ningún reporte espera a ser enviado');
    const fr = phone('+15557340999');
    expect(await fr.text('ENVOYER')).toContain("Aucun signalement n'attend");
    expect(fr.reports()).toEqual([]);
  });
});

describe('a new report while one is held', () => {
  it('Should be filed in its place, the texter told the held one will not be sent', async () => {
    const { text, reports, sweep, clock } = phone();
    await text(tuned[0]![0]);
    const reply = await text('The break room microwave has been broken for weeks');
    expect(reply).toContain('Your case code is');
    expect(reply).toContain('It takes the place of the report that was waiting, which will not be sent');
    expect(await text('SEND')).toContain('No report is waiting to be sent');
    clock.set('2026-11-18T17:00:00Z');
    await sweep();
    expect(reports()).toEqual(['The break room microwave has been broken for weeks']);
  });

  it('Should keep two numbers’ held reports apart', async () => {
    const a = phone('+15557340982');
    await a.text(tuned[0]![0]);
    const b = phone('+15557340983');
    expect(await b.text('SEND')).toContain('No report is waiting to be sent');
  });
});
